package dev.autonet.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.autonet.Activation;
import dev.autonet.LossFunction;
import dev.autonet.processor.model.LayerModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The loss of one row, its metric, and its gradient with respect to the output layer's pre-activations,
 * each written once per loss. BCE and cross-entropy are computed from the logits in their stable fused
 * forms (log1p, log-sum-exp) with gradient p − y; the other losses chain through the output activation's
 * derivative. Kinks follow PyTorch: MAE'(0) = 0, hinge's gradient is 0 at margin exactly 1.
 */
final class TrainerLossWriter {
    private final TrainerContext context;
    private final LayerModel output;
    private final String logits;
    private final String deltas;

    TrainerLossWriter(TrainerContext context) {
        this.context = context;
        this.output = context.outputLayer();
        this.logits = "logitRow";
        this.deltas = "outputDeltaRow";
    }

    List<MethodSpec> all() {
        List<MethodSpec> methods = new ArrayList<>(List.of(rowLoss(), rowMetric(), outputDeltas()));
        if (context.crossEntropy()) {
            methods.add(argmax());
        }
        return methods;
    }

    private MethodSpec.Builder rowMethod(String name) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE)
                .addParameter(context.numeric().array(), "targets")
                .addParameter(int.class, "offset");
    }

    /*
     * BCE:    double sum = 0;
     *         for (int j = 0; j < OUTPUTS; j++) {
     *             double z = logitRow[j];
     *             sum += Math.max(z, 0) - z * targets[offset + j] + Math.log1p(expRow[j]);   (e^−|z|, from rowPrediction)
     *         }
     *         return sum;
     * sparse: return Activations.logSumExp(logitRow, 0, OUTPUTS) - logitRow[(int) targets[offset]];
     */
    private MethodSpec rowLoss() {
        MethodSpec.Builder method = rowMethod("rowLoss")
                .addJavadoc("The $L of the current row$L, before the mean, against\n{@code targets[offset ..]}.\n",
                        context.loss(), context.meanOverOutputs() ? " summed over its outputs" : "")
                .returns(double.class);
        LossFunction loss = context.loss();
        if (loss == LossFunction.SPARSE_CATEGORICAL_CROSS_ENTROPY) {
            return method.addStatement("return $T.logSumExp($N, 0, OUTPUTS) - $N[(int) targets[offset]]",
                    ModelContext.ACTIVATIONS, logits, logits).build();
        }
        if (loss == LossFunction.CATEGORICAL_CROSS_ENTROPY) {
            method.addComment("-sum_k y_k log softmax(z)_k, which is logSumExp(z) - sum_k y_k z_k for rows summing to 1")
                    .addStatement("double logSumExp = $T.logSumExp($N, 0, OUTPUTS)", ModelContext.ACTIVATIONS, logits);
        }
        method.addStatement("double sum = 0").beginControlFlow("for (int j = 0; j < OUTPUTS; j++)");
        switch (loss) {
            case BCE:
                method.addStatement("double z = $N[j]", logits)
                        .addStatement(context.sharesExp()
                                ? "sum += $1T.max(z, 0) - z * targets[offset + j] + $1T.log1p(expRow[j])"
                                : "sum += $1T.max(z, 0) - z * targets[offset + j] + $1T.log1p($1T.exp(-$1T.abs(z)))",
                                Math.class);
                break;
            case CATEGORICAL_CROSS_ENTROPY:
                method.addStatement("sum += targets[offset + j] * (logSumExp - $N[j])", logits);
                break;
            case HINGE:
                method.addStatement("sum += $T.max(1 - targets[offset + j] * prediction[j], 0)", Math.class);
                break;
            default:
                method.addStatement("double error = prediction[j] - targets[offset + j]")
                        .addStatement("sum += $L", regressionLoss());
                break;
        }
        return method.endControlFlow().addStatement("return sum").build();
    }

    // error * error  |  Math.abs(error)  |  Math.abs(error) <= HUBER_DELTA ? 0.5 * error * error : ...
    private CodeBlock regressionLoss() {
        switch (context.loss()) {
            case MSE:
                return CodeBlock.of("error * error");
            case MAE:
                return CodeBlock.of("$T.abs(error)", Math.class);
            case HUBER:
                return CodeBlock.of("$1T.abs(error) <= HUBER_DELTA ? 0.5 * error * error"
                        + "$W: HUBER_DELTA * ($1T.abs(error) - 0.5 * HUBER_DELTA)", Math.class);
            default:
                throw new IllegalStateException(context.loss() + " is not a regression loss");
        }
    }

    /*
     * sigmoid: int correct = 0;
     *          for (int j = 0; j < OUTPUTS; j++) { if ((prediction[j] > 0.5) == (targets[offset + j] > 0.5)) { correct++; } }
     *          return correct;
     * softmax: return argmax(logitRow, 0) == argmax(targets, offset) ? 1 : 0;
     * mae:     double sum = 0; for (...) { sum += Math.abs(prediction[j] - targets[offset + j]); } return sum;
     */
    private MethodSpec rowMetric() {
        MethodSpec.Builder method = rowMethod("rowMetric").returns(double.class);
        switch (context.loss()) {
            case BCE:
                return counting(method.addJavadoc("How many of the current row's outputs are on the right side of 0.5.\n"),
                        CodeBlock.of("(prediction[j] > 0.5) == (targets[offset + j] > 0.5)"));
            case HINGE:
                return counting(method.addJavadoc("How many of the current row's scores have the sign of their ±1 label.\n"),
                        CodeBlock.of("(prediction[j] > 0 ? 1 : -1) == targets[offset + j]"));
            case CATEGORICAL_CROSS_ENTROPY:
                return method.addJavadoc("1 if the current row's most probable class is the target's, else 0.\n")
                        .addStatement("return argmax($N, 0) == argmax(targets, offset) ? 1 : 0", logits)
                        .build();
            case SPARSE_CATEGORICAL_CROSS_ENTROPY:
                return method.addJavadoc("1 if the current row's most probable class is the target index, else 0.\n")
                        .addStatement("return argmax($N, 0) == (int) targets[offset] ? 1 : 0", logits)
                        .build();
            default:
                return method.addJavadoc("The current row's absolute errors, summed over its outputs.\n")
                        .addStatement("double sum = 0")
                        .beginControlFlow("for (int j = 0; j < OUTPUTS; j++)")
                        .addStatement("sum += $T.abs(prediction[j] - targets[offset + j])", Math.class)
                        .endControlFlow()
                        .addStatement("return sum")
                        .build();
        }
    }

    // int correct = 0; for (int j = 0; j < OUTPUTS; j++) { if (<correct>) { correct++; } } return correct;
    private static MethodSpec counting(MethodSpec.Builder method, CodeBlock correct) {
        return method.addStatement("int correct = 0")
                .beginControlFlow("for (int j = 0; j < OUTPUTS; j++)")
                .beginControlFlow("if ($L)", correct)
                .addStatement("correct++")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return correct")
                .build();
    }

    /*
     * private static int argmax(float[] values, int offset) {
     *     int best = 0;
     *     for (int j = 1; j < OUTPUTS; j++) { if (values[offset + j] > values[offset + best]) { best = j; } }
     *     return best;
     * }
     */
    private MethodSpec argmax() {
        return MethodSpec.methodBuilder("argmax")
                .addJavadoc("The index of the largest of {@code values[offset .. offset + OUTPUTS)}, the first on ties.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(int.class)
                .addParameter(context.numeric().array(), "values")
                .addParameter(int.class, "offset")
                .addStatement("int best = 0")
                .beginControlFlow("for (int j = 1; j < OUTPUTS; j++)")
                .beginControlFlow("if (values[offset + j] > values[offset + best])")
                .addStatement("best = j")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return best")
                .build();
    }

    /*
     * BCE:  for (int j = 0; j < OUTPUTS; j++) { outputDeltaRow[j] = (float) ((prediction[j] - targets[offset + j]) * scale); }
     * MSE on TANH:
     *       for (int j = 0; j < OUTPUTS; j++) {
     *           double error = prediction[j] - targets[offset + j];
     *           double upstream = 2 * error;
     *           outputDeltaRow[j] = (float) (upstream * Activations.tanhDerivative(logitRow[j]) * scale);
     *       }
     */
    private MethodSpec outputDeltas() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("outputDeltas")
                .addJavadoc("Writes the gradient of the mean loss with respect to the current row's output\n"
                        + "pre-activations into {@code $N}; {@code scale} is 1 / (the number of terms in the mean)$L.\n",
                        deltas, output.hasLearnedAlpha() ? ". Adds the output slope's gradient to {@code g}" : "")
                .addModifiers(Modifier.PRIVATE);
        if (output.hasLearnedAlpha()) {
            method.addParameter(context.numeric().array(), Names.PARAMETERS_LOCAL)
                    .addParameter(context.numeric().array(), "g");
        }
        method.addParameter(context.numeric().array(), "targets")
                .addParameter(int.class, "offset")
                .addParameter(double.class, "scale");
        if (context.fused()) {
            return method.addCode(fusedDeltas()).build();
        }
        if (output.activation() == Activation.SOFTMAX) {
            return method.addCode(softmaxChainDeltas()).build();
        }
        return method.addCode(chainDeltas()).build();
    }

    // The fused forms: d/dz of BCE-with-logits is sigmoid(z) - y; of cross-entropy, softmax(z) * sum(y) - y.
    private CodeBlock fusedDeltas() {
        CodeBlock.Builder code = CodeBlock.builder();
        CodeBlock difference;
        switch (context.loss()) {
            case BCE:
                difference = CodeBlock.of("prediction[j] - targets[offset + j]");
                break;
            case CATEGORICAL_CROSS_ENTROPY:
                code.addStatement("double targetSum = 0")
                        .beginControlFlow("for (int j = 0; j < OUTPUTS; j++)")
                        .addStatement("targetSum += targets[offset + j]")
                        .endControlFlow();
                difference = CodeBlock.of("prediction[j] * targetSum - targets[offset + j]");
                break;
            default:
                code.addStatement("int label = (int) targets[offset]");
                difference = CodeBlock.of("prediction[j] - (j == label ? 1 : 0)");
                break;
        }
        return code.beginControlFlow("for (int j = 0; j < OUTPUTS; j++)")
                .addStatement("$N[j] = $L", deltas, context.narrow(CodeBlock.of("($L) * scale", difference)))
                .endControlFlow()
                .build();
    }

    // upstream = dLoss/dPrediction, times the element-wise output activation's derivative (and PReLU's slope).
    private CodeBlock chainDeltas() {
        CodeBlock.Builder code = CodeBlock.builder();
        boolean slope = output.hasLearnedAlpha();
        if (slope) {
            code.addStatement("$T slope = $N[$N]", context.numeric().scalar(), Names.PARAMETERS_LOCAL,
                            context.model().alphaConstant(output))
                    .addStatement("double slopeGradient = 0");
        }
        code.beginControlFlow("for (int j = 0; j < OUTPUTS; j++)").add(upstream());
        CodeBlock z = CodeBlock.of("$N[j]", logits);
        if (slope) {
            code.addStatement("slopeGradient += upstream * $T.preluAlphaDerivative($L)", ModelContext.ACTIVATIONS, z);
        }
        CodeBlock chained = output.activation() == Activation.LINEAR
                ? CodeBlock.of("upstream * scale")
                : CodeBlock.of("upstream * $L * scale",
                        ActivationDerivativeCall.apply(context, output, z, slope ? CodeBlock.of("slope") : null));
        code.addStatement("$N[j] = $L", deltas, context.narrow(chained)).endControlFlow();
        if (slope) {
            code.addStatement("g[$N] += $L", context.model().alphaConstant(output),
                    context.narrow(CodeBlock.of("slopeGradient * scale")));
        }
        return code.build();
    }

    // Softmax couples its outputs: dL/dz_j = p_j (u_j - sum_k u_k p_k), with u = dLoss/dPrediction.
    private CodeBlock softmaxChainDeltas() {
        return CodeBlock.builder()
                .addStatement("double dot = 0")
                .beginControlFlow("for (int j = 0; j < OUTPUTS; j++)")
                .add(upstream())
                .addStatement("dot += upstream * prediction[j]")
                .endControlFlow()
                .beginControlFlow("for (int j = 0; j < OUTPUTS; j++)")
                .add(upstream())
                .addStatement("$N[j] = $L", deltas, context.narrow(CodeBlock.of("prediction[j] * (upstream - dot) * scale")))
                .endControlFlow()
                .build();
    }

    /*
     * MSE:   double error = prediction[j] - targets[offset + j]; double upstream = 2 * error;
     * MAE:   ... double upstream = Math.signum(error);                      (0 at error 0)
     * HUBER: ... double upstream = Math.abs(error) <= HUBER_DELTA ? error : HUBER_DELTA * Math.signum(error);
     * HINGE: double upstream = 1 - targets[offset + j] * prediction[j] > 0 ? -targets[offset + j] : 0;
     */
    private CodeBlock upstream() {
        CodeBlock.Builder code = CodeBlock.builder();
        if (context.loss() == LossFunction.HINGE) {
            return code.add("// 0 at margin exactly 1, as relu'(0) = 0\n")
                    .addStatement("double upstream = 1 - targets[offset + j] * prediction[j] > 0 ? -targets[offset + j] : 0")
                    .build();
        }
        code.addStatement("double error = prediction[j] - targets[offset + j]");
        switch (context.loss()) {
            case MSE:
                return code.addStatement("double upstream = 2 * error").build();
            case MAE:
                return code.addStatement("double upstream = $T.signum(error)", Math.class).build();
            case HUBER:
                return code.addStatement(
                        "double upstream = $1T.abs(error) <= HUBER_DELTA ? error : HUBER_DELTA * $1T.signum(error)",
                        Math.class).build();
            default:
                throw new IllegalStateException(context.loss() + " is not a regression loss");
        }
    }
}
