package dev.autonet.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.autonet.Activation;
import dev.autonet.processor.model.LayerModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The trainer's batch core: {@code accumulate} (behind {@code lossAndGradient} and {@code computeBatch}) and
 * {@code evaluate}, both over tiles of {@value #TILE_ROWS} rows. A tile is transposed into
 * {@code inputTile}, pushed forward through {@link TrainerTileWriter}'s kernels, scored row by row by the
 * loss ({@link TrainerLossWriter}, on a copy of each row's logits), and pushed backward. Rows are visited
 * in order and every sum runs in the row-at-a-time order, so the loss and gradient are those of a
 * row-by-row loop.
 */
final class TrainerBatchWriter {
    /**
     * Rows per tile: the fit loop's usual batch, so a training step is one tile. Measured with the moons
     * trainer (JDK 17, FLOAT, batch 64): see benchmarks/RESULTS.md, "Batched training".
     */
    static final int TILE_ROWS = 64;

    private final TrainerContext context;
    private final Numeric numeric;
    private final LayerModel output;

    TrainerBatchWriter(TrainerContext context) {
        this.context = context;
        this.numeric = context.numeric();
        this.output = context.outputLayer();
    }

    List<MethodSpec> all() {
        List<MethodSpec> methods = new ArrayList<>(List.of(evaluate(), accumulate()));
        methods.addAll(forward());
        methods.addAll(backward());
        methods.addAll(List.of(rowPrediction(), tileIn(), tileOut()));
        if (!context.stagedLayers().isEmpty()) {
            methods.add(toRows());
        }
        if (!context.reluLayers().isEmpty()) {
            methods.addAll(recordActiveUnits());
        }
        return methods;
    }

    /*
     * @Override public Evaluation evaluate(Dataset data) {
     *     checkData(data, "evaluation data");
     *     float[] p = parameters;
     *     ...
     *     for (int start = 0, count; start < rows; start += count) {
     *         count = Math.min(TILE, rows - start);
     *         for (int r = 0; r < count; r++) {
     *             data.copyFeatures(start + r, inputRow, 0);
     *             for (int i = 0; i < INPUTS; i++) { inputTile[i][r] = inputRow[i]; }
     *         }
     *         forward(p, count);
     *         for (int r = 0; r < count; r++) {
     *             rowPrediction(p, r);
     *             data.copyTargets(start + r, targetRow, 0);
     *             lossSum += rowLoss(targetRow, 0);
     *             metricSum += rowMetric(targetRow, 0);
     *         }
     *     }
     *     return new Evaluation(lossSum / ((double) rows * OUTPUTS), metricSum / ((double) rows), METRIC, rows);
     * }
     */
    private MethodSpec evaluate() {
        String perRow = context.meanOverOutputs() ? "(double) rows * OUTPUTS" : "(double) rows";
        String metricPerRow = context.metricWidth() == 1 ? "(double) rows" : "(double) rows * OUTPUTS";
        String p = Names.PARAMETERS_LOCAL;
        return MethodSpec.methodBuilder("evaluate")
                .addAnnotation(Override.class)
                .addJavadoc("The mean loss and $L over every row of {@code data} at the current weights (NaN for no\n"
                        + "rows), computed a tile of rows at a time. Checks {@code data} as {@link #checkData} does.\n"
                        + "Changes no weight.\n", context.classifier() ? "accuracy" : "mean absolute error")
                .addModifiers(Modifier.PUBLIC)
                .returns(TrainerContext.EVALUATION)
                .addParameter(TrainerContext.DATASET, "data")
                .addStatement("checkData(data, $S)", "evaluation data")
                .addStatement("$T $N = parameters", numeric.array(), p)
                .addStatement("int rows = data.rows()")
                .addStatement("double lossSum = 0")
                .addStatement("double metricSum = 0")
                .beginControlFlow("for (int start = 0, count; start < rows; start += count)")
                .addStatement("count = $T.min(TILE, rows - start)", Math.class)
                .beginControlFlow("for (int r = 0; r < count; r++)")
                .addStatement("data.copyFeatures(start + r, inputRow, 0)")
                .beginControlFlow("for (int i = 0; i < INPUTS; i++)")
                .addStatement("inputTile[i][r] = inputRow[i]")
                .endControlFlow()
                .endControlFlow()
                .addStatement("forward($N, count)", p)
                .beginControlFlow("for (int r = 0; r < count; r++)")
                .addStatement("rowPrediction($N, r)", p)
                .addStatement("data.copyTargets(start + r, targetRow, 0)")
                .addStatement("lossSum += rowLoss(targetRow, 0)")
                .addStatement("metricSum += rowMetric(targetRow, 0)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return new $T(lossSum / ($L), metricSum / ($L), METRIC, rows)", TrainerContext.EVALUATION,
                        perRow, metricPerRow)
                .build();
    }

    /*
     * private double accumulate(float[] inputs, float[] targets, int rows, float[] parameterGradient,
     *         float[] inputGradient) {
     *     float[] p = parameters;
     *     Arrays.fill(parameterGradient, 0);
     *     double scale = 1.0 / ((double) rows * OUTPUTS);
     *     ...
     *     for (int start = 0, count; start < rows; start += count) {
     *         count = Math.min(TILE, rows - start);
     *         tileIn(inputs, start, count, inputTile);
     *         forward(p, count);
     *         recordActiveUnits(count);
     *         for (int r = 0; r < count; r++) {
     *             rowPrediction(p, r);
     *             int offset = (start + r) * TARGET_WIDTH;
     *             lossSum += rowLoss(targets, offset);
     *             metricSum += rowMetric(targets, offset);
     *             outputDeltas(targets, offset, scale);
     *             for (int j = 0; j < OUTPUTS; j++) { dense4Deltas[j][r] = outputDeltaRow[j]; dense4DeltaRows[r][j] = outputDeltaRow[j]; }
     *         }
     *         backward(p, parameterGradient, count, inputGradientWanted);
     *         if (inputGradientWanted) { tileOut(inputGradientTile, start, count, inputGradient); }
     *     }
     *     batchMetricSum = metricSum;
     *     return lossSum * scale;
     * }
     */
    private MethodSpec accumulate() {
        String p = Names.PARAMETERS_LOCAL;
        MethodSpec.Builder method = MethodSpec.methodBuilder("accumulate")
                .addJavadoc("The core of {@link #lossAndGradient} and {@link #computeBatch}, over checked arguments: a tile\n"
                        + "of rows at a time, forward, the loss row by row, then backward, summing every row's gradient\n"
                        + "of the mean loss. Leaves the metric's sum in {@code batchMetricSum}. Allocates nothing.\n")
                .addModifiers(Modifier.PRIVATE)
                .returns(double.class)
                .addParameter(numeric.array(), "inputs")
                .addParameter(numeric.array(), "targets")
                .addParameter(int.class, "rows")
                .addParameter(numeric.array(), "parameterGradient")
                .addParameter(numeric.array(), "inputGradient")
                .addStatement("$T $N = parameters", numeric.array(), p)
                .addStatement("$T.fill(parameterGradient, 0)", Arrays.class)
                .addCode(scale())
                .addStatement("double lossSum = 0")
                .addStatement("double metricSum = 0")
                .addStatement("boolean inputGradientWanted = inputGradient != null");
        for (LayerModel layer : context.stagedLayers()) {
            method.beginControlFlow("for ($T row : $N)", numeric.array(), context.stagedGradient(layer))
                    .addStatement("$T.fill(row, 0)", Arrays.class)
                    .endControlFlow();
        }
        method
                .addComment("start + count never passes rows, so start cannot overflow")
                .beginControlFlow("for (int start = 0, count; start < rows; start += count)")
                .addStatement("count = $T.min(TILE, rows - start)", Math.class)
                .addStatement("tileIn(inputs, start, count, inputTile)")
                .addStatement("forward($N, count)", p);
        if (!context.reluLayers().isEmpty()) {
            method.addStatement("recordActiveUnits(count)");
        }
        method.beginControlFlow("for (int r = 0; r < count; r++)")
                .addStatement("rowPrediction($N, r)", p)
                .addStatement("int offset = (start + r) * TARGET_WIDTH")
                .addStatement("lossSum += rowLoss(targets, offset)")
                .addStatement("metricSum += rowMetric(targets, offset)")
                .addStatement(output.hasLearnedAlpha()
                        ? CodeBlock.of("outputDeltas($N, parameterGradient, targets, offset, scale)", p)
                        : CodeBlock.of("outputDeltas(targets, offset, scale)"))
                .beginControlFlow("for (int j = 0; j < OUTPUTS; j++)")
                .addStatement("$N[j][r] = outputDeltaRow[j]", context.deltas(output))
                .endControlFlow();
        if (TrainerGradientWriter.staged(output)) {
            method.addStatement("$T.arraycopy(outputDeltaRow, 0, $N[r], 0, OUTPUTS)", System.class, context.deltaRows(output));
        }
        method.endControlFlow();
        method.addStatement("backward($N, parameterGradient, count, inputGradientWanted)", p)
                .beginControlFlow("if (inputGradientWanted)")
                .addStatement("tileOut(inputGradientTile, start, count, inputGradient)")
                .endControlFlow()
                .endControlFlow();
        for (LayerModel layer : context.stagedLayers()) {
            method.beginControlFlow("for (int i = 0; i < $L; i++)", layer.fanIn())
                    .addStatement("$T.arraycopy($N[i], 0, parameterGradient, $N + i * $L, $L)", System.class,
                            context.stagedGradient(layer), context.model().weightsConstant(layer), layer.units(),
                            layer.units())
                    .endControlFlow();
        }
        return method.addStatement("batchMetricSum = metricSum")
                .addStatement("return lossSum * scale")
                .build();
    }

    // The loss is a mean over rows and outputs.  double scale = 1.0 / ((double) rows * OUTPUTS);
    private CodeBlock scale() {
        return context.meanOverOutputs()
                ? CodeBlock.builder()
                        .add("// The loss is a mean over rows and outputs.\n")
                        .addStatement("double scale = 1.0 / ((double) rows * OUTPUTS)")
                        .build()
                : CodeBlock.builder()
                        .add("// The loss is a mean over rows.\n")
                        .addStatement("double scale = 1.0 / rows")
                        .build();
    }

    /*
     * private void forward(float[] p, int count) {
     *     dense1Forward(p, inputTile, count, dense1PreActivations, dense1Activations);
     *     ...
     *     dense4Forward(p, dense3Activations, count, dense4PreActivations);
     * }
     * in pieces of MethodPieces.LAYERS_PER_PIECE layers for a deep network.
     */
    private List<MethodSpec> forward() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("forward")
                .addJavadoc("Runs the first {@code count} rows of {@code inputTile} through every layer, keeping each\n"
                        + "layer's pre-activations and activations, feature-major, for {@link #backward}.\n")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(numeric.array(), Names.PARAMETERS_LOCAL)
                .addParameter(int.class, "count");
        List<CodeBlock> calls = new ArrayList<>();
        for (LayerModel layer : context.network().layers()) {
            CodeBlock.Builder arguments = CodeBlock.builder().add("$N, $N, count, $N", Names.PARAMETERS_LOCAL,
                    context.inputOf(layer), context.preActivations(layer));
            if (!context.isOutput(layer)) {
                arguments.add(", $N", context.activations(layer));
            }
            calls.add(CodeBlock.builder()
                    .addStatement("$N($L)", context.kernel(layer, "Forward", 1, 1), arguments.build())
                    .build());
        }
        return MethodPieces.split(method, calls);
    }

    /*
     * private void backward(float[] p, float[] g, int count, boolean inputGradientWanted) {
     *     // dense2 (4 -> 1, LINEAR): its weights' gradient, then back into dense1
     *     dense2WeightGradient(g, dense1Activations, dense2Deltas, dense2DeltaRows, count);
     *     dense2InputGradient(p, dense2Deltas, count, dense1Deltas);
     *     dense1ActivationGradient(dense1PreActivations, count, dense1Deltas);
     *     toRows(dense1Deltas, count, dense1DeltaRows);
     *     // dense1 (3 -> 4, RELU): its weights' gradient, then the input gradient if wanted
     *     dense1WeightGradient(g, inputTile, dense1Deltas, dense1DeltaRows, count);
     *     if (inputGradientWanted) { dense1InputGradient(p, dense1Deltas, count, inputGradientTile); }
     * }
     * in pieces of MethodPieces.LAYERS_PER_PIECE layers for a deep network.
     */
    private List<MethodSpec> backward() {
        String p = Names.PARAMETERS_LOCAL;
        MethodSpec.Builder method = MethodSpec.methodBuilder("backward")
                .addJavadoc("Adds the gradient of the tile's first {@code count} rows to {@code g}, from the output\n"
                        + "layer's deltas down to the first layer; with {@code inputGradientWanted}, also writes the\n"
                        + "gradient with respect to {@code inputTile} into {@code inputGradientTile}.\n")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(numeric.array(), p)
                .addParameter(numeric.array(), "g")
                .addParameter(int.class, "count")
                .addParameter(boolean.class, "inputGradientWanted");
        List<LayerModel> layers = context.network().layers();
        List<CodeBlock> steps = new ArrayList<>();
        for (int l = layers.size() - 1; l >= 0; l--) {
            steps.add(backwardStep(layers.get(l)));
        }
        return MethodPieces.split(method, steps);
    }

    // One layer of backward: its weights' gradient, then the gradient into the layer before (or the input).
    private CodeBlock backwardStep(LayerModel layer) {
        String p = Names.PARAMETERS_LOCAL;
        boolean first = layer.index() == 0;
        CodeBlock.Builder step = CodeBlock.builder()
                .add("// $L\n", CodeBlock.of(first ? "$L: its weights' gradient, then the input gradient if wanted"
                        : "$L: its weights' gradient, then back into " + context.previous(layer).name(),
                        ModelContext.describe(layer)));
        if (TrainerGradientWriter.staged(layer)) {
            step.addStatement("$N(g, $N, $N, $N, count, $N)", context.kernel(layer, "WeightGradient", 1, 1),
                    context.inputOf(layer), context.deltas(layer), context.deltaRows(layer), context.stagedGradient(layer));
        } else {
            step.addStatement("$N(g, $N, $N, count)", context.kernel(layer, "WeightGradient", 1, 1),
                    context.inputOf(layer), context.deltas(layer));
        }
        if (first) {
            return step.beginControlFlow("if (inputGradientWanted)")
                    .addStatement("$N($N, $N, count, inputGradientTile)", context.kernel(layer, "InputGradient", 1, 1),
                            p, context.deltas(layer))
                    .endControlFlow()
                    .build();
        }
        LayerModel previous = context.previous(layer);
        step.addStatement("$N($N, $N, count, $N)", context.kernel(layer, "InputGradient", 1, 1), p,
                context.deltas(layer), context.deltas(previous));
        if (previous.activation() != Activation.LINEAR) {
            step.addStatement("$N($L$N, count, $N)", context.kernel(previous, "ActivationGradient", 1, 1),
                    previous.hasLearnedAlpha() ? CodeBlock.of("$N, g, ", p) : CodeBlock.of(""),
                    context.preActivations(previous), context.deltas(previous));
        }
        if (TrainerGradientWriter.staged(previous)) {
            step.addStatement("toRows($N, count, $N)", context.deltas(previous), context.deltaRows(previous));
        }
        return step.build();
    }

    /*
     * private void rowPrediction(float[] p, int r) {
     *     for (int j = 0; j < OUTPUTS; j++) { logitRow[j] = dense4PreActivations[j][r]; }
     *     softmax:   System.arraycopy(logitRow, 0, prediction, 0, OUTPUTS); Activations.softmax(prediction, 0, OUTPUTS);
     *     BCE:       for (int j = 0; j < OUTPUTS; j++) {
     *                    double e = Math.exp(-Math.abs(logitRow[j]));
     *                    expRow[j] = e;     // rowLoss's log1p(e)
     *                    prediction[j] = (float) Activations.sigmoidFromExp(logitRow[j], e);
     *                }
     *     otherwise: for (int j = 0; j < OUTPUTS; j++) { prediction[j] = Activations.sigmoid(logitRow[j]); }
     * }
     */
    private MethodSpec rowPrediction() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("rowPrediction")
                .addJavadoc("Copies row {@code r}'s logits out of the output layer's tile into {@code logitRow} and writes\n"
                        + "its output activation into {@code prediction}, for the loss and the metric.\n")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(numeric.array(), Names.PARAMETERS_LOCAL)
                .addParameter(int.class, "r")
                .beginControlFlow("for (int j = 0; j < OUTPUTS; j++)")
                .addStatement("logitRow[j] = $N[j][r]", context.preActivations(output))
                .endControlFlow();
        Activation activation = output.activation();
        if (activation == Activation.SOFTMAX || activation == Activation.LINEAR) {
            method.addStatement("$T.arraycopy(logitRow, 0, prediction, 0, OUTPUTS)", System.class);
            if (activation == Activation.SOFTMAX) {
                method.addStatement("$T.softmax(prediction, 0, OUTPUTS)", ModelContext.ACTIVATIONS);
            }
            return method.build();
        }
        if (context.sharesExp()) {
            return method.beginControlFlow("for (int j = 0; j < OUTPUTS; j++)")
                    .addStatement("double e = $1T.exp(-$1T.abs(logitRow[j]))", Math.class)
                    .addStatement("expRow[j] = e")
                    .addStatement("prediction[j] = $L$T.sigmoidFromExp(logitRow[j], e)",
                            numeric == Numeric.FLOAT ? "(float) " : "", ModelContext.ACTIVATIONS)
                    .endControlFlow()
                    .build();
        }
        CodeBlock slope = output.hasLearnedAlpha()
                ? CodeBlock.of("$N[$N]", Names.PARAMETERS_LOCAL, context.model().alphaConstant(output))
                : null;
        return method.beginControlFlow("for (int j = 0; j < OUTPUTS; j++)")
                .addStatement("prediction[j] = $L", ActivationCall.apply(context.model(), output, CodeBlock.of("logitRow[j]"), slope))
                .endControlFlow()
                .build();
    }

    /*
     * private static void tileIn(float[] inputs, int start, int count, float[][] tile) {
     *     for (int r = 0; r < count; r++) {
     *         int row = (start + r) * INPUTS;
     *         for (int i = 0; i < INPUTS; i++) { tile[i][r] = inputs[row + i]; }
     *     }
     * }
     */
    private MethodSpec tileIn() {
        return transpose("tileIn", "Copies rows start..start+count of {@code inputs} into {@code tile}, feature-major.\n", true)
                .addStatement("tile[i][r] = inputs[row + i]")
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    // The reverse of tileIn, for the input gradient: inputGradient[row + i] = tile[i][r]
    private MethodSpec tileOut() {
        return transpose("tileOut", "Copies {@code tile}, feature-major, into rows start..start+count of\n"
                + "{@code inputGradient}.\n", false)
                .addStatement("inputGradient[row + i] = tile[i][r]")
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    private MethodSpec.Builder transpose(String name, String doc, boolean in) {
        ArrayTypeName tile = ArrayTypeName.of(numeric.array());
        return MethodSpec.methodBuilder(name)
                .addJavadoc(doc)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(in ? numeric.array() : tile, in ? "inputs" : "tile")
                .addParameter(int.class, "start")
                .addParameter(int.class, "count")
                .addParameter(in ? tile : numeric.array(), in ? "tile" : "inputGradient")
                .beginControlFlow("for (int r = 0; r < count; r++)")
                .addStatement("int row = (start + r) * INPUTS")
                .beginControlFlow("for (int i = 0; i < INPUTS; i++)");
    }

    /*
     * private static void toRows(float[][] tile, int count, float[][] rows) {
     *     for (int r = 0; r < count; r++) {
     *         float[] row = rows[r];
     *         for (int j = 0; j < tile.length; j++) { row[j] = tile[j][r]; }
     *     }
     * }
     */
    private MethodSpec toRows() {
        ArrayTypeName tile = ArrayTypeName.of(numeric.array());
        return MethodSpec.methodBuilder("toRows")
                .addJavadoc("Copies the first {@code count} rows of a feature-major {@code tile} into row-major {@code rows}.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(tile, "tile")
                .addParameter(int.class, "count")
                .addParameter(tile, "rows")
                .beginControlFlow("for (int r = 0; r < count; r++)")
                .addStatement("$T row = rows[r]", numeric.array())
                .beginControlFlow("for (int j = 0; j < tile.length; j++)")
                .addStatement("row[j] = tile[j][r]")
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    /*
     * private void recordActiveUnits(int count) {
     *     for (int j = 0; j < 32; j++) {
     *         if (!dense1EverActive[j]) {
     *             float[] z = dense1PreActivations[j];
     *             for (int r = 0; r < count; r++) { if (z[r] > 0) { dense1EverActive[j] = true; break; } }
     *         }
     *     }
     *     ...
     * }
     * in pieces of MethodPieces.LAYERS_PER_PIECE layers for a deep network.
     */
    private List<MethodSpec> recordActiveUnits() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("recordActiveUnits")
                .addJavadoc("Marks the RELU units whose pre-activation is positive in any of the tile's first\n"
                        + "{@code count} rows, for {@link #deadFraction}.\n")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(int.class, "count");
        List<CodeBlock> loops = new ArrayList<>();
        for (LayerModel layer : context.reluLayers()) {
            String everActive = context.everActive(layer);
            loops.add(CodeBlock.builder().beginControlFlow("for (int j = 0; j < $L; j++)", layer.units())
                    .beginControlFlow("if (!$N[j])", everActive)
                    .addStatement("$T z = $N[j]", numeric.array(), context.preActivations(layer))
                    .beginControlFlow("for (int r = 0; r < count; r++)")
                    .beginControlFlow("if (z[r] > 0)")
                    .addStatement("$N[j] = true", everActive)
                    .addStatement("break")
                    .endControlFlow()
                    .endControlFlow()
                    .endControlFlow()
                    .endControlFlow()
                    .build());
        }
        return MethodPieces.split(method, loops);
    }
}
