package dev.autonet.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.autonet.Activation;
import dev.autonet.processor.codegen.ForwardPlan.Looped;
import dev.autonet.processor.model.LayerModel;

/**
 * Writes a layer too large to unroll as plain loops with constant bounds over contiguous arrays: the
 * bias copied in, then one row of W per input added to the whole output segment, which is the order
 * HotSpot's superword pass vectorizes, then the activation.
 */
final class LoopedLayerWriter {
    private final ModelContext context;

    LoopedLayerWriter(ModelContext context) {
        this.context = context;
    }

    /**
     * <pre>
     * private static void dense1(float[] p, float[] input, float[] dense1) {
     *     System.arraycopy(p, DENSE1_BIAS, dense1, 0, 256);
     *     for (int i = 0; i < 784; i++) {
     *         float x = input[i];
     *         int row = DENSE1_WEIGHTS + i * 256;
     *         for (int j = 0; j < 256; j++) {
     *             dense1[j] += x * p[row + j];
     *         }
     *     }
     *     for (int j = 0; j < 256; j++) {
     *         dense1[j] = Activations.relu(dense1[j]);
     *     }
     * }
     * </pre>
     */
    MethodSpec write(Looped block) {
        LayerModel layer = block.layer();
        MethodSpec.Builder method = LayerMethods.signature(context, block)
                .addJavadoc("$L as loops.$L\n", ModelContext.describe(layer), LayerMethods.writes(context, layer));
        addWeightedSum(method, layer);
        if (!context.isOutput(layer) && layer.activation() != Activation.LINEAR) {
            addActivation(method, layer);
        }
        return method.build();
    }

    // out = b; out += x_i * W[i] for every input i
    private void addWeightedSum(MethodSpec.Builder method, LayerModel layer) {
        String in = context.inputArray(layer);
        String out = context.outputArray(layer);
        String p = Names.PARAMETERS_LOCAL;
        method.addStatement("$T.arraycopy($N, $N, $N, 0, $L)",
                System.class, p, context.biasConstant(layer), out, layer.units());
        method.beginControlFlow("for (int i = 0; i < $L; i++)", layer.fanIn());
        method.addStatement("$T x = $N[i]", context.numeric().scalar(), in);
        method.addStatement("int row = $N + i * $L", context.weightsConstant(layer), layer.units());
        method.beginControlFlow("for (int j = 0; j < $L; j++)", layer.units());
        method.addStatement("$N[j] += x * $N[row + j]", out, p);
        method.endControlFlow();
        method.endControlFlow();
    }

    // float slope = p[DENSE1_ALPHA];  (PReLU only)  then  out[j] = Activations.f(out[j]) for every unit
    private void addActivation(MethodSpec.Builder method, LayerModel layer) {
        String out = context.outputArray(layer);
        CodeBlock slope = null;
        if (layer.hasLearnedAlpha()) {
            method.addStatement("$T slope = $N[$N]",
                    context.numeric().scalar(), Names.PARAMETERS_LOCAL, context.alphaConstant(layer));
            slope = CodeBlock.of("slope");
        }
        method.beginControlFlow("for (int j = 0; j < $L; j++)", layer.units());
        method.addStatement("$N[j] = $L", out,
                ActivationCall.apply(context, layer, CodeBlock.of("$N[j]", out), slope));
        method.endControlFlow();
    }
}
