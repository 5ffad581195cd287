package dev.autonet.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.autonet.LossFunction;
import dev.autonet.processor.model.LayerModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The trainer's side of the runtime's {@code Trainable} seam, which {@code FitLoop} drives: data checks,
 * one mini-batch's gradient, the optimizer step with rollback, and the per-epoch statistics.
 */
final class TrainableWriter {
    private final TrainerContext context;
    private final Numeric numeric;

    TrainableWriter(TrainerContext context) {
        this.context = context;
        this.numeric = context.numeric();
    }

    List<MethodSpec> all() {
        List<MethodSpec> methods = new ArrayList<>(List.of(layerCount(), metricName(), checkData()));
        if (numeric == Numeric.FLOAT) {
            methods.add(checkFloatRange());
        }
        methods.addAll(List.of(startEpoch(), computeBatch(), batchLoss(), batchMetricSum(), batchMetricCount(),
                layerGradientNorm(), applyStep(), undoStep(), deadFraction()));
        if (!context.reluLayers().isEmpty()) {
            methods.add(neverActive());
        }
        methods.addAll(List.of(saveBest(), restoreBest()));
        return methods;
    }

    private static MethodSpec.Builder override(String name) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
    }

    // @Override public int layerCount() { return LAYER_STARTS.length - 1; }
    private MethodSpec layerCount() {
        return override("layerCount").returns(int.class).addStatement("return LAYER_STARTS.length - 1").build();
    }

    // @Override public String metricName() { return METRIC; }
    private MethodSpec metricName() {
        return override("metricName").returns(String.class).addStatement("return METRIC").build();
    }

    /*
     * @Override public void checkData(Dataset data, String role) {
     *     if (data == null) { throw new NullPointerException(role); }
     *     if (data.featureCount() != INPUTS) { throw new IllegalArgumentException(...); }
     *     if (data.targetWidth() != TARGET_WIDTH) { throw new IllegalArgumentException(...); }
     *     TargetChecks.checkBinary(data, role);   (the loss's check; none for regression: a Dataset is finite)
     *     checkFloatRange(data, role);   (FLOAT only)
     * }
     */
    private MethodSpec checkData() {
        MethodSpec.Builder method = override("checkData")
                .addJavadoc("Throws IllegalArgumentException naming {@code role}, the row and the problem unless every row\n"
                        + "of {@code data} fits this network: INPUTS features, TARGET_WIDTH targets$L.\n", targetDomain())
                .addParameter(TrainerContext.DATASET, "data")
                .addParameter(String.class, "role")
                .addCode(InferenceFree.nullCheck("data", CodeBlock.of("role")))
                .beginControlFlow("if (data.featureCount() != INPUTS)")
                .addStatement("throw new $T(role + $S +$Wdata.featureCount() + $S + INPUTS)", IllegalArgumentException.class,
                        " has ", " features per row, but " + declarationName() + " takes ")
                .endControlFlow()
                .beginControlFlow("if (data.targetWidth() != TARGET_WIDTH)")
                .addStatement("throw new $T(role + $S +$Wdata.targetWidth() + $S +$WTARGET_WIDTH + $S)",
                        IllegalArgumentException.class, " has ", " target values per row, but " + context.loss()
                                + " needs ", " (" + targetShape() + ")")
                .endControlFlow();
        if (context.classifier()) {
            method.addStatement(datasetTargetCheck());
        }
        if (numeric == Numeric.FLOAT) {
            method.addStatement("checkFloatRange(data, role)");
        }
        return method.build();
    }

    /**
     * The loss's target check over a whole data set, which names the role and the row (and the row's file
     * line when the data was read from one): {@code TargetChecks.checkBinary(data, role)}.
     */
    private CodeBlock datasetTargetCheck() {
        switch (context.loss()) {
            case BCE:
                return CodeBlock.of("$T.checkBinary(data, role)", TrainerContext.TARGET_CHECKS);
            case CATEGORICAL_CROSS_ENTROPY:
                return CodeBlock.of("$T.checkOneHot(data, role)", TrainerContext.TARGET_CHECKS);
            case SPARSE_CATEGORICAL_CROSS_ENTROPY:
                return CodeBlock.of("$T.checkClassIndex(data, role, OUTPUTS)", TrainerContext.TARGET_CHECKS);
            case HINGE:
                return CodeBlock.of("$T.checkSigned(data, role)", TrainerContext.TARGET_CHECKS);
            default:
                throw new IllegalStateException("no target domain to check for " + context.loss());
        }
    }

    private String declarationName() {
        return context.network().declaration().getSimpleName().toString();
    }

    private String targetDomain() {
        switch (context.loss()) {
            case BCE:
                return ", each in [0, 1]";
            case CATEGORICAL_CROSS_ENTROPY:
                return ", each in [0, 1] and summing to 1 per row";
            case SPARSE_CATEGORICAL_CROSS_ENTROPY:
                return ", a class index in [0, OUTPUTS)";
            case HINGE:
                return ", each -1 or +1";
            default:
                return numeric == Numeric.FLOAT ? ", and every value within float's range" : "";
        }
    }

    private String targetShape() {
        if (context.loss() == LossFunction.SPARSE_CATEGORICAL_CROSS_ENTROPY) {
            return "one class index per row";
        }
        return context.loss() == LossFunction.CATEGORICAL_CROSS_ENTROPY ? "one-hot rows, one value per class" : "one per output";
    }

    /*
     * private void checkFloatRange(Dataset data, String role) {
     *     for (int row = 0; row < data.rows(); row++) {
     *         data.copyFeatures(row, inputRow, 0);
     *         for (int i = 0; i < INPUTS; i++) {
     *             if (!Float.isFinite(inputRow[i])) { throw new IllegalArgumentException(...); }
     *         }
     *         (regression: the same for targets into targetRow)
     *     }
     * }
     */
    private MethodSpec checkFloatRange() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("checkFloatRange")
                .addJavadoc("Throws IllegalArgumentException if a value of {@code data} is beyond float's range, so would\n"
                        + "reach the network as infinity.\n")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(TrainerContext.DATASET, "data")
                .addParameter(String.class, "role")
                .beginControlFlow("for (int row = 0; row < data.rows(); row++)")
                .addCode(rangeCheck("copyFeatures", "inputRow", "INPUTS", "feature"));
        if (!context.classifier()) {
            method.addCode(rangeCheck("copyTargets", "targetRow", "TARGET_WIDTH", "target"));
        }
        return method.endControlFlow().build();
    }

    // data.copyFeatures(row, inputRow, 0); for (...) { if (!Float.isFinite(inputRow[i])) { throw ... } }
    private CodeBlock rangeCheck(String copy, String buffer, String width, String what) {
        return CodeBlock.builder()
                .addStatement("data.$N(row, $N, 0)", copy, buffer)
                .beginControlFlow("for (int i = 0; i < $N; i++)", width)
                .beginControlFlow("if (!$T.isFinite($N[i]))", Float.class, buffer)
                .addStatement("throw new $T(role + $S + data.describeRow(row) + $S + i + $S +$Wdata.$N(row, i) + $S)",
                        IllegalArgumentException.class, ", ", ", " + what + " ", " is ", what,
                        ", beyond the range of float")
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    // @Override public void startEpoch() { Arrays.fill(dense1EverActive, false); ... }
    private MethodSpec startEpoch() {
        MethodSpec.Builder method = override("startEpoch");
        for (LayerModel layer : context.reluLayers()) {
            method.addStatement("$T.fill($N, false)", Arrays.class, context.everActive(layer));
        }
        return method.build();
    }

    /*
     * @Override public int computeBatch(Batches batches) {
     *     Dataset data = batches.data();
     *     if (data.featureCount() != INPUTS || data.targetWidth() != TARGET_WIDTH) { throw ... }
     *     int capacity = batches.batchSize();
     *     if (batchInputs.length < Math.multiplyExact(capacity, INPUTS)) {
     *         batchInputs = new float[capacity * INPUTS];
     *         batchTargets = new float[capacity * TARGET_WIDTH];
     *     }
     *     batchRows = batches.next(batchInputs, batchTargets);
     *     if (batchRows > 0) { batchLoss = accumulate(batchInputs, batchTargets, batchRows, gradient, null); }
     *     return batchRows;
     * }
     */
    private MethodSpec computeBatch() {
        ClassName dataset = TrainerContext.DATASET;
        return override("computeBatch")
                .addJavadoc("Reads the next mini-batch and computes its mean loss and gradient at the current weights,\n"
                        + "changing no weight. The rows were checked by {@link #checkData} before the first epoch.\n"
                        + "Allocates nothing once the batch buffers have the batch size.\n")
                .returns(int.class)
                .addParameter(TrainerContext.BATCHES, "batches")
                .addStatement("$T data = batches.data()", dataset)
                .beginControlFlow("if (data.featureCount() != INPUTS || data.targetWidth() != TARGET_WIDTH)")
                .addStatement("throw new $T($S + data + $S +$WINPUTS + $S + TARGET_WIDTH + $S)",
                        IllegalArgumentException.class, "the batches read ", ", but this trainer needs ",
                        " features and ", " targets per row")
                .endControlFlow()
                .addStatement("int capacity = batches.batchSize()")
                .beginControlFlow("if (batchInputs.length < $T.multiplyExact(capacity, INPUTS))", Math.class)
                .addStatement("batchInputs = new $T[capacity * INPUTS]", numeric.scalar())
                .addStatement("batchTargets = new $T[$T.multiplyExact(capacity, TARGET_WIDTH)]", numeric.scalar(), Math.class)
                .endControlFlow()
                .addStatement("batchRows = batches.next(batchInputs, batchTargets)")
                .beginControlFlow("if (batchRows > 0)")
                .addStatement("batchLoss = accumulate(batchInputs, batchTargets, batchRows, gradient, null)")
                .endControlFlow()
                .addStatement("return batchRows")
                .build();
    }

    // @Override public double batchLoss() { return batchLoss; }
    private MethodSpec batchLoss() {
        return override("batchLoss").returns(double.class).addStatement("return batchLoss").build();
    }

    // @Override public double batchMetricSum() { return batchMetricSum; }
    private MethodSpec batchMetricSum() {
        return override("batchMetricSum").returns(double.class).addStatement("return batchMetricSum").build();
    }

    // @Override public int batchMetricCount() { return batchRows * OUTPUTS; }  (batchRows for cross-entropy)
    private MethodSpec batchMetricCount() {
        return override("batchMetricCount").returns(int.class)
                .addStatement(context.metricWidth() == 1 ? "return batchRows" : "return batchRows * OUTPUTS")
                .build();
    }

    /*
     * @Override public double layerGradientNorm(int layer) {
     *     Objects.checkIndex(layer, LAYER_STARTS.length - 1);
     *     double sumOfSquares = 0;
     *     for (int k = LAYER_STARTS[layer]; k < LAYER_STARTS[layer + 1]; k++) { sumOfSquares += (double) gradient[k] * gradient[k]; }
     *     return Math.sqrt(sumOfSquares);
     * }
     * The cast widens a float gradient before squaring; a double gradient needs none (-Xlint:cast warns).
     */
    private MethodSpec layerGradientNorm() {
        return override("layerGradientNorm")
                .returns(double.class)
                .addParameter(int.class, "layer")
                .addStatement("$T.checkIndex(layer, LAYER_STARTS.length - 1)", Objects.class)
                .addStatement("double sumOfSquares = 0")
                .beginControlFlow("for (int k = LAYER_STARTS[layer]; k < LAYER_STARTS[layer + 1]; k++)")
                .addStatement("sumOfSquares += $Lgradient[k] * gradient[k]", numeric == Numeric.FLOAT ? "(double) " : "")
                .endControlFlow()
                .addStatement("return $T.sqrt(sumOfSquares)", Math.class)
                .build();
    }

    /*
     * @Override public boolean applyStep(Optimizer optimizer) {
     *     System.arraycopy(parameters, 0, backup, 0, PARAMETER_COUNT);
     *     optimizer.step(parameters, gradient);
     *     for (int k = 0; k < PARAMETER_COUNT; k++) {
     *         if (!Float.isFinite(parameters[k])) {
     *             System.arraycopy(backup, 0, parameters, 0, PARAMETER_COUNT);
     *             return false;
     *         }
     *     }
     *     return true;
     * }
     */
    private MethodSpec applyStep() {
        return override("applyStep")
                .addJavadoc("Steps the weights along the last batch's gradient; if any weight would become NaN or\n"
                        + "infinite, puts every weight back and returns false.\n")
                .returns(boolean.class)
                .addParameter(TrainerContext.OPTIMIZER, "optimizer")
                .addStatement("$T.arraycopy(parameters, 0, backup, 0, PARAMETER_COUNT)", System.class)
                .addStatement("optimizer.step(parameters, gradient)")
                .beginControlFlow("for (int k = 0; k < PARAMETER_COUNT; k++)")
                .beginControlFlow("if (!$T.isFinite(parameters[k]))", context.boxed())
                .addStatement("$T.arraycopy(backup, 0, parameters, 0, PARAMETER_COUNT)", System.class)
                .addStatement("return false")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return true")
                .build();
    }

    // @Override public void undoStep() { System.arraycopy(backup, 0, parameters, 0, PARAMETER_COUNT); }
    private MethodSpec undoStep() {
        return override("undoStep")
                .addJavadoc("Puts back the weights from before the last step {@link #applyStep} took.\n")
                .addStatement("$T.arraycopy(backup, 0, parameters, 0, PARAMETER_COUNT)", System.class)
                .build();
    }

    /*
     * @Override public double deadFraction(int layer) {
     *     Objects.checkIndex(layer, LAYER_STARTS.length - 1);
     *     if (layer == 0) { return neverActive(dense1EverActive); }
     *     return Double.NaN;
     * }
     */
    private MethodSpec deadFraction() {
        MethodSpec.Builder method = override("deadFraction")
                .addJavadoc("The fraction of a RELU layer's units whose pre-activation was never positive since\n"
                        + "{@link #startEpoch}; NaN for other layers.\n")
                .returns(double.class)
                .addParameter(int.class, "layer")
                .addStatement("$T.checkIndex(layer, LAYER_STARTS.length - 1)", Objects.class);
        for (LayerModel layer : context.reluLayers()) {
            method.beginControlFlow("if (layer == $L)", layer.index())
                    .addStatement("return neverActive($N)", context.everActive(layer))
                    .endControlFlow();
        }
        return method.addStatement("return $T.NaN", Double.class).build();
    }

    /*
     * private static double neverActive(boolean[] everActive) {
     *     int dead = 0;
     *     for (boolean active : everActive) { if (!active) { dead++; } }
     *     return (double) dead / everActive.length;
     * }
     */
    private MethodSpec neverActive() {
        return MethodSpec.methodBuilder("neverActive")
                .addJavadoc("The fraction of {@code everActive} that is false.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(double.class)
                .addParameter(boolean[].class, "everActive")
                .addStatement("int dead = 0")
                .beginControlFlow("for (boolean active : everActive)")
                .beginControlFlow("if (!active)")
                .addStatement("dead++")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return (double) dead / everActive.length")
                .build();
    }

    // @Override public void saveBest() { System.arraycopy(parameters, 0, best, 0, PARAMETER_COUNT); hasBest = true; }
    private MethodSpec saveBest() {
        return override("saveBest")
                .addStatement("$T.arraycopy(parameters, 0, best, 0, PARAMETER_COUNT)", System.class)
                .addStatement("hasBest = true")
                .build();
    }

    // @Override public void restoreBest() { if (hasBest) { System.arraycopy(best, 0, parameters, 0, PARAMETER_COUNT); } }
    private MethodSpec restoreBest() {
        return override("restoreBest")
                .addJavadoc("Goes back to the weights {@link #saveBest} remembered; does nothing if it was never called.\n")
                .beginControlFlow("if (hasBest)")
                .addStatement("$T.arraycopy(best, 0, parameters, 0, PARAMETER_COUNT)", System.class)
                .endControlFlow()
                .build();
    }
}
