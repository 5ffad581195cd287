package dev.autonet.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.autonet.Activation;
import dev.autonet.processor.codegen.TrainerPlan.LayerPlan;
import dev.autonet.processor.codegen.TrainerPlan.UnitRange;
import dev.autonet.processor.model.LayerModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The trainer's forward pass for one row: each layer's pre-activations and activations kept in the
 * trainer's buffers for the backward pass, then the output activation into {@code prediction}. Small
 * layers are straight-line code with constant indices, large ones loops with constant bounds, summing
 * in the same order so both give the same bits.
 */
final class TrainerForwardWriter {
    private final TrainerContext context;
    private final List<LayerPlan> plans;

    TrainerForwardWriter(TrainerContext context, List<LayerPlan> plans) {
        this.context = context;
        this.plans = plans;
    }

    /** {@link #forward()} and every layer's kernels. */
    List<MethodSpec> all() {
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(forward());
        for (LayerPlan plan : plans) {
            LayerModel layer = plan.layer();
            if (!layer.unrolled()) {
                methods.add(looped(layer));
                continue;
            }
            for (int part = 0; part < plan.forward().size(); part++) {
                methods.add(unrolled(layer, plan.forward().get(part), part + 1, plan.forward().size()));
            }
        }
        return methods;
    }

    /*
     * private void forward(float[] p) {
     *     dense1Forward(p, inputRow, dense1PreActivations, dense1Activations);
     *     dense2Forward(p, dense1Activations, dense2PreActivations);
     *     prediction[0] = Activations.sigmoid(dense2PreActivations[0]);
     * }
     */
    private MethodSpec forward() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("forward")
                .addJavadoc("Runs {@code inputRow} through every layer, keeping each layer's pre-activations and\n"
                        + "activations for {@link #backward}, and writes the output activation into {@code prediction}.\n")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(context.numeric().array(), Names.PARAMETERS_LOCAL);
        for (LayerPlan plan : plans) {
            LayerModel layer = plan.layer();
            int parts = layer.unrolled() ? plan.forward().size() : 1;
            for (int part = 1; part <= parts; part++) {
                method.addStatement("$N($L)", context.kernel(layer, "Forward", part, parts), arguments(layer));
            }
        }
        return method.addCode(prediction()).build();
    }

    // p, dense1Activations, dense2PreActivations[, dense2Activations]
    private CodeBlock arguments(LayerModel layer) {
        CodeBlock.Builder arguments = CodeBlock.builder()
                .add("$N, $N, $N", Names.PARAMETERS_LOCAL, context.inputOf(layer), context.preActivations(layer));
        if (!context.isOutput(layer)) {
            arguments.add(", $N", context.activations(layer));
        }
        return arguments.build();
    }

    /*
     * softmax:   System.arraycopy(dense2PreActivations, 0, prediction, 0, OUTPUTS);
     *            Activations.softmax(prediction, 0, OUTPUTS);
     * linear:    System.arraycopy(dense2PreActivations, 0, prediction, 0, OUTPUTS);
     * otherwise: for (int j = 0; j < OUTPUTS; j++) { prediction[j] = Activations.tanh(dense2PreActivations[j]); }
     */
    private CodeBlock prediction() {
        LayerModel output = context.outputLayer();
        String logits = context.preActivations(output);
        CodeBlock.Builder code = CodeBlock.builder();
        Activation activation = output.activation();
        if (activation == Activation.SOFTMAX || activation == Activation.LINEAR) {
            code.addStatement("$T.arraycopy($N, 0, prediction, 0, OUTPUTS)", System.class, logits);
            if (activation == Activation.SOFTMAX) {
                code.addStatement("$T.softmax(prediction, 0, OUTPUTS)", ModelContext.ACTIVATIONS);
            }
            return code.build();
        }
        CodeBlock slope = output.hasLearnedAlpha()
                ? CodeBlock.of("$N[$N]", Names.PARAMETERS_LOCAL, context.model().alphaConstant(output))
                : null;
        return code.beginControlFlow("for (int j = 0; j < OUTPUTS; j++)")
                .addStatement("prediction[j] = $L",
                        ActivationCall.apply(context.model(), output, CodeBlock.of("$N[j]", logits), slope))
                .endControlFlow()
                .build();
    }

    /*
     * private static void dense1Forward(float[] p, float[] in, float[] z, float[] a) {
     *     z[0] = p[DENSE1_BIAS] + in[0] * p[DENSE1_WEIGHTS] + in[1] * p[DENSE1_WEIGHTS + 32];
     *     a[0] = Activations.relu(z[0]);
     *     ...
     * }
     */
    private MethodSpec unrolled(LayerModel layer, UnitRange range, int part, int parts) {
        MethodSpec.Builder method = signature(layer, part, parts)
                .addJavadoc("$L, units $L to $L, for one row in straight-line code:\npre-activations into {@code z}$L.\n",
                        ModelContext.describe(layer), range.from(), range.to() - 1,
                        context.isOutput(layer) ? "" : ", activations into {@code a}");
        CodeBlock slope = layer.hasLearnedAlpha()
                ? CodeBlock.of("$N[$N]", Names.PARAMETERS_LOCAL, context.model().alphaConstant(layer))
                : null;
        for (int j = range.from(); j < range.to(); j++) {
            method.addStatement("z[$L] = $L", j, weightedSum(layer, j));
            if (!context.isOutput(layer)) {
                method.addStatement("a[$L] = $L", j,
                        ActivationCall.apply(context.model(), layer, CodeBlock.of("z[$L]", j), slope));
            }
        }
        return method.build();
    }

    // p[DENSE1_BIAS + j] + in[0] * p[DENSE1_WEIGHTS + j] + in[1] * p[DENSE1_WEIGHTS + units + j] + ...
    private CodeBlock weightedSum(LayerModel layer, int unit) {
        CodeBlock.Builder sum = CodeBlock.builder()
                .add("$N[$L]", Names.PARAMETERS_LOCAL, ModelContext.offset(context.model().biasConstant(layer), unit));
        for (int i = 0; i < layer.fanIn(); i++) {
            sum.add(" +$Win[$L] * $N[$L]", i, Names.PARAMETERS_LOCAL,
                    ModelContext.offset(context.model().weightsConstant(layer), i * layer.units() + unit));
        }
        return sum.build();
    }

    /*
     * private static void dense1Forward(float[] p, float[] in, float[] z, float[] a) {
     *     System.arraycopy(p, DENSE1_BIAS, z, 0, 256);
     *     for (int i = 0; i < 784; i++) {
     *         float x = in[i];
     *         int row = DENSE1_WEIGHTS + i * 256;
     *         for (int j = 0; j < 256; j++) { z[j] += x * p[row + j]; }
     *     }
     *     for (int j = 0; j < 256; j++) { a[j] = Activations.relu(z[j]); }
     * }
     */
    private MethodSpec looped(LayerModel layer) {
        MethodSpec.Builder method = signature(layer, 1, 1)
                .addJavadoc("$L for one row as loops:\npre-activations into {@code z}$L.\n", ModelContext.describe(layer),
                        context.isOutput(layer) ? "" : ", activations into {@code a}")
                .addStatement("$T.arraycopy($N, $N, z, 0, $L)", System.class, Names.PARAMETERS_LOCAL,
                        context.model().biasConstant(layer), layer.units())
                .beginControlFlow("for (int i = 0; i < $L; i++)", layer.fanIn())
                .addStatement("$T x = in[i]", context.numeric().scalar())
                .addStatement("int row = $N + i * $L", context.model().weightsConstant(layer), layer.units())
                .beginControlFlow("for (int j = 0; j < $L; j++)", layer.units())
                .addStatement("z[j] += x * $N[row + j]", Names.PARAMETERS_LOCAL)
                .endControlFlow()
                .endControlFlow();
        if (!context.isOutput(layer)) {
            CodeBlock slope = null;
            if (layer.hasLearnedAlpha()) {
                method.addStatement("$T slope = $N[$N]", context.numeric().scalar(), Names.PARAMETERS_LOCAL,
                        context.model().alphaConstant(layer));
                slope = CodeBlock.of("slope");
            }
            method.beginControlFlow("for (int j = 0; j < $L; j++)", layer.units())
                    .addStatement("a[j] = $L", ActivationCall.apply(context.model(), layer, CodeBlock.of("z[j]"), slope))
                    .endControlFlow();
        }
        return method.build();
    }

    // private static void dense1Forward(float[] p, float[] in, float[] z[, float[] a])
    private MethodSpec.Builder signature(LayerModel layer, int part, int parts) {
        Numeric numeric = context.numeric();
        MethodSpec.Builder method = MethodSpec.methodBuilder(context.kernel(layer, "Forward", part, parts))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(numeric.array(), Names.PARAMETERS_LOCAL)
                .addParameter(numeric.array(), "in")
                .addParameter(numeric.array(), "z");
        if (!context.isOutput(layer)) {
            method.addParameter(numeric.array(), "a");
        }
        return method;
    }
}
