package dev.autonet.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import dev.autonet.processor.model.Init;
import dev.autonet.processor.model.LayerModel;
import dev.autonet.processor.model.NetworkModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The model's shape constants, the parameter layout's offsets, and the ways to make a model. */
final class ModelFactories {
    private static final ClassName SEEDED_RANDOM = ClassName.get("dev.autonet.runtime", "SeededRandom");
    private static final ClassName INITIALIZERS = ClassName.get("dev.autonet.runtime", "Initializers");

    private final ModelContext context;
    private final NetworkModel network;

    ModelFactories(ModelContext context) {
        this.context = context;
        this.network = context.network();
    }

    /*
     * public static final int INPUTS = 2;  OUTPUTS, PARAMETER_COUNT likewise;
     * private static final int DENSE1_WEIGHTS = 0;  DENSE1_BIAS = 64;  DENSE2_ALPHA = ...;
     */
    List<FieldSpec> constants() {
        List<FieldSpec> fields = new ArrayList<>();
        fields.add(publicConstant("INPUTS", network.inputs(), CodeBlock.of("Number of input features.")));
        fields.add(publicConstant("OUTPUTS", network.outputs(), CodeBlock.of("Number of outputs.")));
        fields.add(publicConstant("PARAMETER_COUNT", network.parameterCount(),
                CodeBlock.of("Length of the flat parameter array.")));
        for (LayerModel layer : network.layers()) {
            fields.add(offset(context.weightsConstant(layer), layer.weightOffset(), CodeBlock.of(
                    "Where $L's W [$L][$L] starts, row-major.", layer.name(), layer.fanIn(), layer.units())));
            fields.add(offset(context.biasConstant(layer), layer.biasOffset(), CodeBlock.of(
                    "Where $L's b [$L] starts.", layer.name(), layer.units())));
            if (layer.hasLearnedAlpha()) {
                fields.add(offset(context.alphaConstant(layer), layer.alphaOffset(), CodeBlock.of(
                        "Where $L's learned PReLU slope is.", layer.name())));
            }
        }
        return fields;
    }

    List<MethodSpec> methods() {
        return List.of(constructor(), initialize(), fromParameters());
    }

    private static FieldSpec publicConstant(String name, int value, CodeBlock doc) {
        return FieldSpec.builder(int.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .initializer("$L", value)
                .build();
    }

    private static FieldSpec offset(String name, int value, CodeBlock doc) {
        return FieldSpec.builder(int.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .initializer("$L", value)
                .build();
    }

    // private MoonsModel(float[] parameters) { this.parameters = parameters; }
    private MethodSpec constructor() {
        return MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(context.numeric().array(), "parameters")
                .addStatement("this.parameters = parameters")
                .build();
    }

    /*
     * public static MoonsModel initialize(long seed) {
     *     float[] parameters = new float[PARAMETER_COUNT];
     *     SeededRandom random = new SeededRandom(seed);
     *     Initializers.heUniform(parameters, DENSE1_WEIGHTS, 2, 32, random);
     *     parameters[DENSE2_ALPHA] = 0.25f;
     *     return new MoonsModel(parameters);
     * }
     */
    private MethodSpec initialize() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("initialize")
                .addJavadoc("A model with fresh weights drawn from {@code seed}, layer by layer: He uniform for the ReLU\n"
                        + "family, Xavier/Glorot uniform for the rest; biases 0; PReLU slopes at their declared\n"
                        + "initial value. The same seed always gives the same parameters.\n\n"
                        + "@param seed any value; each gives its own deterministic draw\n"
                        + "@return a new model\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(context.modelClass())
                .addParameter(long.class, "seed")
                .addStatement("$T parameters = new $T[PARAMETER_COUNT]", context.numeric().array(), context.numeric().scalar())
                .addStatement("$T random = new $T(seed)", SEEDED_RANDOM, SEEDED_RANDOM);
        for (LayerModel layer : network.layers()) {
            method.addStatement("$T.$N(parameters, $N, $L, $L, random)", INITIALIZERS,
                    layer.init() == Init.HE_UNIFORM ? "heUniform" : "xavierUniform",
                    context.weightsConstant(layer), layer.fanIn(), layer.units());
        }
        for (LayerModel layer : network.layers()) {
            if (layer.hasLearnedAlpha()) {
                method.addStatement("parameters[$N] = $L", context.alphaConstant(layer), context.numeric().literal(layer.alpha()));
            }
        }
        return method.addStatement("return new $T(parameters)", context.modelClass()).build();
    }

    // public static MoonsModel fromParameters(float[] parameters) { return new MoonsModel(Checks.finiteCopy(parameters, PARAMETER_COUNT)); }
    private MethodSpec fromParameters() {
        return MethodSpec.methodBuilder("fromParameters")
                .addJavadoc("A model over a copy of {@code parameters}, in the layout of {@link #parameters()}. Throws\n"
                        + "IllegalArgumentException unless there are exactly PARAMETER_COUNT of them, all finite.\n\n"
                        + "@param parameters per layer W [fanIn][units] row-major, b, then PReLU's slope\n"
                        + "@return a new model\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(context.modelClass())
                .addParameter(context.numeric().array(), "parameters")
                .addStatement("return new $T($T.finiteCopy(parameters, PARAMETER_COUNT))", context.modelClass(), ModelContext.CHECKS)
                .build();
    }
}
