package dev.autonet.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.autonet.processor.codegen.ForwardPlan.UnitRange;
import dev.autonet.processor.codegen.ForwardPlan.Unrolled;
import dev.autonet.processor.model.LayerModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes unrolled layers as straight-line code with constant indices: no loops, no bounds beyond the
 * arrays' own, activations passed in locals. {@link BytecodeEstimate} mirrors what this emits.
 */
final class UnrolledBlockWriter {
    private final ModelContext context;

    UnrolledBlockWriter(ModelContext context) {
        this.context = context;
    }

    /**
     * Whole layers in one method:
     * <pre>
     * private static void dense1ToDense2(float[] p, float[] input, float[] output) {
     *     float input_0 = input[0];
     *     // dense1 (1 -> 2, RELU)
     *     float dense1_0 = Activations.relu(p[DENSE1_BIAS] + input_0 * p[DENSE1_WEIGHTS]);
     *     float dense1_1 = Activations.relu(p[DENSE1_BIAS + 1] + input_0 * p[DENSE1_WEIGHTS + 1]);
     *     // dense2 (2 -> 1, SIGMOID): pre-activation
     *     output[0] = p[DENSE2_BIAS] + dense1_0 * p[DENSE2_WEIGHTS] + dense1_1 * p[DENSE2_WEIGHTS + 1];
     * }
     * </pre>
     */
    MethodSpec write(Unrolled block) {
        LayerModel first = block.layers().get(0);
        LayerModel last = block.last();
        MethodSpec.Builder method = LayerMethods.signature(context, block)
                .addJavadoc("$L in straight-line code.$L\n", range(block.layers()), LayerMethods.writes(context, last));
        String inputArray = context.inputArray(first);
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < first.fanIn(); i++) {
            String local = Names.unitLocal(inputArray, i);
            method.addStatement("$T $N = $N[$L]", context.numeric().scalar(), local, inputArray, i);
            inputs.add(local);
        }
        for (LayerModel layer : block.layers()) {
            method.addComment("$L", LayerMethods.comment(context, layer));
            if (layer == last) {
                writeToArray(method, layer, inputs);
            } else {
                inputs = writeToLocals(method, layer, inputs);
            }
        }
        return method.build();
    }

    /**
     * Units of a layer too wide for one method, reading the input array directly:
     * {@code dense1[7] = Activations.tanh(p[DENSE1_BIAS + 7] + input[0] * p[DENSE1_WEIGHTS + 7]);}
     */
    MethodSpec write(UnitRange block) {
        LayerModel layer = block.layer();
        MethodSpec.Builder method = LayerMethods.signature(context, block);
        if (block.wholeLayer()) {
            method.addJavadoc("$L in straight-line code over its input array: locals for its inputs\n"
                    + "would not fit one method.$L\n", ModelContext.describe(layer), LayerMethods.writes(context, layer));
        } else {
            method.addJavadoc("Units $L to $L of $L in straight-line code: the layer is too wide\n"
                    + "for one method.$L\n", block.from(), block.to() - 1, ModelContext.describe(layer),
                    LayerMethods.writes(context, layer));
        }
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

    // float dense1_3 = Activations.relu(...);
    private List<String> writeToLocals(MethodSpec.Builder method, LayerModel layer, List<String> inputs) {
        List<CodeBlock> terms = inputs.stream().map(local -> CodeBlock.of("$N", local)).toList();
        List<String> locals = new ArrayList<>();
        for (int j = 0; j < layer.units(); j++) {
            String local = Names.unitLocal(context.variable(layer), j);
            method.addStatement("$T $N = $L", context.numeric().scalar(), local, activated(layer, j, terms));
            locals.add(local);
        }
        return locals;
    }

    // output[3] = p[...] + ...;  (the output layer: its pre-activation)  or  dense2[3] = Activations.relu(...);
    private void writeToArray(MethodSpec.Builder method, LayerModel layer, List<String> inputs) {
        List<CodeBlock> terms = inputs.stream().map(local -> CodeBlock.of("$N", local)).toList();
        for (int j = 0; j < layer.units(); j++) {
            method.addStatement("$N[$L] = $L", context.outputArray(layer), j, activated(layer, j, terms));
        }
    }

    // The output layer's pre-activation stays raw: predict(...) applies the output activation.
    private CodeBlock activated(LayerModel layer, int unit, List<CodeBlock> inputs) {
        CodeBlock z = preActivation(layer, unit, inputs);
        if (context.isOutput(layer)) {
            return z;
        }
        CodeBlock slope = layer.hasLearnedAlpha()
                ? CodeBlock.of("$N[$N]", Names.PARAMETERS_LOCAL, context.alphaConstant(layer))
                : null;
        return ActivationCall.apply(context, layer, z, slope);
    }

    // p[DENSE1_BIAS + j] + x0 * p[DENSE1_WEIGHTS + j] + x1 * p[DENSE1_WEIGHTS + units + j] + ...
    private CodeBlock preActivation(LayerModel layer, int unit, List<CodeBlock> inputs) {
        CodeBlock.Builder z = CodeBlock.builder()
                .add("$N[$L]", Names.PARAMETERS_LOCAL, ModelContext.offset(context.biasConstant(layer), unit));
        for (int i = 0; i < inputs.size(); i++) {
            z.add(" +$W$L * $N[$L]", inputs.get(i), Names.PARAMETERS_LOCAL,
                    ModelContext.offset(context.weightsConstant(layer), i * layer.units() + unit));
        }
        return z.build();
    }

    private static String range(List<LayerModel> layers) {
        LayerModel first = layers.get(0);
        LayerModel last = layers.get(layers.size() - 1);
        return first == last
                ? ModelContext.describe(first)
                : ModelContext.describe(first) + " to " + ModelContext.describe(last);
    }
}
