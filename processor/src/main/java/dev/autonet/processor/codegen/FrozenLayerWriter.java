package dev.autonet.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.autonet.Activation;
import dev.autonet.processor.codegen.ForwardPlan.Block;
import dev.autonet.processor.codegen.ForwardPlan.Looped;
import dev.autonet.processor.codegen.ForwardPlan.UnitRange;
import dev.autonet.processor.codegen.ForwardPlan.Unrolled;
import dev.autonet.processor.model.FrozenParameters;
import dev.autonet.processor.model.LayerModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes a frozen class's layer methods: the model's {@link UnrolledBlockWriter} and
 * {@link LoopedLayerWriter} with every {@code p[OFFSET]} replaced by the parameter itself, a literal in
 * straight-line code or an element of a static array in loops. Sums are accumulated in the model's order
 * (bias, then input 0, 1, …), so results are bit for bit the model's. A literal never takes more bytecode
 * than the array load it replaces, so the model's {@link ForwardPlan} keeps every method in budget here too.
 */
final class FrozenLayerWriter {
    private final ModelContext context;
    private final FrozenParameters parameters;
    private final FrozenActivations activations;

    FrozenLayerWriter(ModelContext context, FrozenParameters parameters, FrozenActivations activations) {
        this.context = context;
        this.parameters = parameters;
        this.activations = activations;
    }

    /** The method that computes {@code block}. */
    MethodSpec write(Block block) {
        if (block instanceof Unrolled unrolled) {
            return write(unrolled);
        }
        if (block instanceof UnitRange range) {
            return write(range);
        }
        return write((Looped) block);
    }

    /** "dense1", "dense1ToDense4" or "dense1Units0To255", with '_' appended if the public API uses the name. */
    String name(Block block) {
        return Names.frozenLayerMethod(LayerMethods.name(context, block));
    }

    /*
     * private static void dense1ToDense2(float[] input, float[] output) {
     *     float input_0 = input[0];
     *     // dense1 (1 -> 2, RELU)
     *     float dense1_0 = relu(0.0f + input_0 * 0.8125f);
     *     float dense1_1 = relu(-0.25f + input_0 * 1.5f);
     *     // dense2 (2 -> 1, SIGMOID): pre-activation
     *     output[0] = 0.125f + dense1_0 * -0.5f + dense1_1 * 0.375f;
     * }
     */
    private MethodSpec write(Unrolled block) {
        LayerModel first = block.first();
        MethodSpec.Builder method = signature(block);
        String inputArray = context.inputArray(first);
        List<CodeBlock> inputs = new ArrayList<>();
        for (int i = 0; i < first.fanIn(); i++) {
            String local = Names.unitLocal(inputArray, i);
            method.addStatement("$T $N = $N[$L]", context.numeric().scalar(), local, inputArray, i);
            inputs.add(CodeBlock.of("$N", local));
        }
        for (LayerModel layer : block.layers()) {
            method.addComment("$L", LayerMethods.comment(context, layer));
            List<CodeBlock> locals = new ArrayList<>();
            for (int j = 0; j < layer.units(); j++) {
                if (layer == block.last()) {
                    method.addStatement("$N[$L] = $L", context.outputArray(layer), j, activated(layer, j, inputs));
                } else {
                    String local = Names.unitLocal(context.variable(layer), j);
                    method.addStatement("$T $N = $L", context.numeric().scalar(), local, activated(layer, j, inputs));
                    locals.add(CodeBlock.of("$N", local));
                }
            }
            inputs = locals;
        }
        return method.build();
    }

    // dense1[7] = tanh(0.5f + input[0] * 0.25f + ...);  a range of units of a layer too wide for one method
    private MethodSpec write(UnitRange block) {
        LayerModel layer = block.layer();
        MethodSpec.Builder method = signature(block);
        String inputArray = context.inputArray(layer);
        List<CodeBlock> inputs = new ArrayList<>();
        for (int i = 0; i < layer.fanIn(); i++) {
            inputs.add(CodeBlock.of("$N[$L]", inputArray, i));
        }
        for (int j = block.from(); j < block.to(); j++) {
            method.addStatement("$N[$L] = $L", context.outputArray(layer), j, activated(layer, j, inputs));
        }
        return method.build();
    }

    /*
     * private static void dense1(float[] input, float[] dense1) {
     *     float[] w = DENSE1_WEIGHTS;
     *     System.arraycopy(DENSE1_BIAS, 0, dense1, 0, 256);
     *     for (int i = 0; i < 784; i++) {
     *         float x = input[i];
     *         int row = i * 256;
     *         for (int j = 0; j < 256; j++) {
     *             dense1[j] += x * w[row + j];
     *         }
     *     }
     *     for (int j = 0; j < 256; j++) {
     *         dense1[j] = relu(dense1[j]);
     *     }
     * }
     */
    private MethodSpec write(Looped block) {
        LayerModel layer = block.layer();
        String in = context.inputArray(layer);
        String out = context.outputArray(layer);
        MethodSpec.Builder method = signature(block)
                .addStatement("$T w = $N", context.numeric().array(), context.weightsConstant(layer))
                .addStatement("$T.arraycopy($N, 0, $N, 0, $L)", System.class, context.biasConstant(layer), out,
                        layer.units())
                .beginControlFlow("for (int i = 0; i < $L; i++)", layer.fanIn())
                .addStatement("$T x = $N[i]", context.numeric().scalar(), in)
                .addStatement("int row = i * $L", layer.units())
                .beginControlFlow("for (int j = 0; j < $L; j++)", layer.units())
                .addStatement("$N[j] += x * w[row + j]", out)
                .endControlFlow()
                .endControlFlow();
        if (!context.isOutput(layer) && layer.activation() != Activation.LINEAR) {
            method.beginControlFlow("for (int j = 0; j < $L; j++)", layer.units())
                    .addStatement("$N[j] = $L", out, activations.call(layer, CodeBlock.of("$N[j]", out), slope(layer)))
                    .endControlFlow();
        }
        return method.build();
    }

    /** The frozen PReLU slope of {@code layer}; NaN (unused) for other activations. */
    double slope(LayerModel layer) {
        return layer.hasLearnedAlpha() ? parameters.get(layer.alphaOffset()) : Double.NaN;
    }

    private MethodSpec.Builder signature(Block block) {
        return MethodSpec.methodBuilder(name(block))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(context.numeric().array(), context.inputArray(block.first()))
                .addParameter(context.numeric().array(), context.outputArray(block.last()));
    }

    // The output layer's pre-activation stays raw: predict(...) applies the output activation.
    private CodeBlock activated(LayerModel layer, int unit, List<CodeBlock> inputs) {
        CodeBlock z = preActivation(layer, unit, inputs);
        return context.isOutput(layer) ? z : activations.call(layer, z, slope(layer));
    }

    // b_j + x0 * W[0][j] + x1 * W[1][j] + ..., every parameter an exact literal
    private CodeBlock preActivation(LayerModel layer, int unit, List<CodeBlock> inputs) {
        Numeric numeric = context.numeric();
        CodeBlock.Builder z = CodeBlock.builder()
                .add("$L", ExactLiteral.of(numeric, parameters.get(layer.biasOffset() + unit)));
        for (int i = 0; i < inputs.size(); i++) {
            double weight = parameters.get(layer.weightOffset() + i * layer.units() + unit);
            z.add(" +$W$L * $L", inputs.get(i), ExactLiteral.of(numeric, weight));
        }
        return z.build();
    }
}
