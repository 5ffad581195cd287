package dev.autonet.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.autonet.Activation;
import dev.autonet.processor.codegen.ForwardPlan.Block;
import dev.autonet.processor.model.FrozenParameters;
import dev.autonet.processor.model.LayerModel;
import dev.autonet.processor.model.NetworkModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Name>Frozen}: the network with the parameters of its {@code @Network(weights)} file
 * compiled in, static methods only, and no reference to anything outside {@code java.base} (not even
 * AutoNet's class-retained marker), so an application can ship that one class without the runtime.
 *
 * <p>Small layers (the model's unrolled ones, up to {@link #LITERAL_MAX_PARAMETERS} parameters in all) have
 * their parameters as literals in straight-line code; the rest become loops over static arrays decoded once
 * from String constants ({@link FrozenArrays}). The forward pass is cut into methods by the model's own
 * {@link ForwardPlan} and sums in the model's order, so every prediction equals the model's bit for bit.
 */
public final class FrozenGenerator {
    /**
     * The most parameters written as literals. Each distinct literal takes a constant-pool entry (two for
     * a double), and a class has at most 65535; above this budget, further layers use arrays.
     */
    static final int LITERAL_MAX_PARAMETERS = 16_384;

    /** The frozen class for {@code network} with {@code parameters}. */
    public JavaFile generate(NetworkModel network, FrozenParameters parameters) {
        ModelContext context = new ModelContext(withLiteralLayers(network));
        ForwardPlan plan = ForwardPlan.of(context);
        FrozenActivations activations = new FrozenActivations(context.numeric(), network.layers());
        FrozenLayerWriter layers = new FrozenLayerWriter(context, parameters, activations);
        FrozenApi api = new FrozenApi(context, plan, layers, activations);
        FrozenArrays arrays = arrays(context, parameters);
        ClassName frozen = ClassName.get(network.packageName(), Names.frozenName(network.baseName()));
        TypeSpec.Builder type = TypeSpec.classBuilder(frozen)
                .addJavadoc(FrozenApi.doc(context, parameters, network.backend()))
                .addAnnotation(GeneratedFiles.generated())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addOriginatingElement(network.declaration())
                .addFields(api.constants(parameters))
                .addFields(arrays.fields());
        if (activations.usesGelu()) {
            type.addFields(FrozenErf.fields());
        }
        api.workspace().ifPresent(type::addField);
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethods(api.methods())
                .addMethod(api.forward());
        for (Block block : plan.blocks()) {
            type.addMethod(layers.write(block));
        }
        type.addMethods(activations.helpers());
        if (network.outputLayer().activation() == Activation.SOFTMAX) {
            type.addMethod(activations.softmax());
        }
        if (activations.usesGelu()) {
            type.addMethods(FrozenErf.methods());
        }
        type.addMethod(api.checkLength());
        api.newWorkspace().ifPresent(type::addMethod);
        type.addMethods(arrays.methods());
        return GeneratedFiles.of(network, type);
    }

    /** The network with {@code unrolled} true exactly for the layers whose parameters become literals. */
    static NetworkModel withLiteralLayers(NetworkModel network) {
        List<LayerModel> layers = new ArrayList<>();
        int literals = 0;
        for (LayerModel layer : network.layers()) {
            boolean literal = layer.unrolled() && literals + layer.parameterCount() <= LITERAL_MAX_PARAMETERS;
            if (literal) {
                literals += layer.parameterCount();
            }
            layers.add(new LayerModel(layer.index(), layer.name(), layer.fanIn(), layer.units(), layer.activation(),
                    layer.alpha(), layer.init(), layer.weightOffset(), layer.biasOffset(), layer.alphaOffset(), literal));
        }
        return new NetworkModel(network.declaration(), network.packageName(), network.baseName(), network.precision(),
                network.inputs(), layers, network.loss(), network.huberDelta(), network.task(),
                network.parameterCount(), network.weights());
    }

    // W and b of every looped layer, as arrays decoded once.
    private static FrozenArrays arrays(ModelContext context, FrozenParameters parameters) {
        FrozenArrays arrays = new FrozenArrays(context.numeric());
        for (LayerModel layer : context.network().layers()) {
            if (layer.unrolled()) {
                continue;
            }
            String variable = context.variable(layer);
            arrays.add(context.weightsConstant(layer), variable + "Weights",
                    layer.name() + "'s W [" + layer.fanIn() + "][" + layer.units() + "], row-major.",
                    Arrays.copyOfRange(parameters.values(), layer.weightOffset(), layer.biasOffset()));
            arrays.add(context.biasConstant(layer), variable + "Bias", layer.name() + "'s b [" + layer.units() + "].",
                    Arrays.copyOfRange(parameters.values(), layer.biasOffset(), layer.biasOffset() + layer.units()));
        }
        return arrays;
    }
}
