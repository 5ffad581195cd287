package dev.autonet.processor.codegen;

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
 * The trainer's own API: the constructor, the optimizer, {@code lossAndGradient}, {@code fit},
 * {@code evaluate}, {@code model} and {@code parameters}, and the batch core they share.
 */
final class TrainerApiWriter {
    private final TrainerContext context;
    private final Numeric numeric;

    TrainerApiWriter(TrainerContext context) {
        this.context = context;
        this.numeric = context.numeric();
    }

    List<MethodSpec> all() {
        List<MethodSpec> methods = new ArrayList<>(List.of(constructor(), optimizerSetter(), optimizerGetter(),
                lossAndGradient(), fit(), fitWithoutValidation(), evaluate(), model(), parameters(), accumulate()));
        if (!context.reluLayers().isEmpty()) {
            methods.add(recordActiveUnits());
        }
        return methods;
    }

    // public MoonsTrainer(MoonsModel start) { this.parameters = Objects.requireNonNull(start, "start").parameters(); }
    private MethodSpec constructor() {
        return MethodSpec.constructorBuilder()
                .addJavadoc("A trainer starting from a copy of {@code start}'s weights, with the default optimizer.\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(context.model().modelClass(), "start")
                .addStatement("this.parameters = $T.requireNonNull(start, $S).parameters()", Objects.class, "start")
                .build();
    }

    /*
     * public MoonsTrainer optimizer(Optimizer optimizer) {
     *     this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
     *     return this;
     * }
     */
    private MethodSpec optimizerSetter() {
        return MethodSpec.methodBuilder("optimizer")
                .addJavadoc("Sets the optimizer {@link #fit} uses, e.g. {@code Sgd.learningRate(0.05)}, and returns this\n"
                        + "trainer. Its state (momentum, moments) carries over between fits until it is reset.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(context.trainerClass())
                .addParameter(TrainerContext.OPTIMIZER, "optimizer")
                .addStatement("this.optimizer = $T.requireNonNull(optimizer, $S)", Objects.class, "optimizer")
                .addStatement("return this")
                .build();
    }

    // public Optimizer optimizer() { return optimizer; }
    private MethodSpec optimizerGetter() {
        return MethodSpec.methodBuilder("optimizer")
                .addJavadoc("The optimizer {@link #fit} uses: {@code Adam.defaults()} (learning rate 1e-3) unless set.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(TrainerContext.OPTIMIZER)
                .addStatement("return optimizer")
                .build();
    }

    /*
     * public double lossAndGradient(float[] inputs, float[] targets, int rows, float[] parameterGradient,
     *         float[] inputGradient) {
     *     <checks>
     *     return accumulate(inputs, targets, rows, parameterGradient, inputGradient);
     * }
     */
    private MethodSpec lossAndGradient() {
        return MethodSpec.methodBuilder("lossAndGradient")
                .addJavadoc("Returns the mean $L loss of {@code rows} rows at the current weights and writes its gradient with\n"
                        + "respect to every parameter into {@code parameterGradient} (PARAMETER_COUNT values, in the model's\n"
                        + "layout) and, unless {@code inputGradient} is null, with respect to every input into\n"
                        + "{@code inputGradient} (rows × INPUTS values). {@code inputs} holds rows × INPUTS values and\n"
                        + "{@code targets} rows × TARGET_WIDTH, both row-major$L. Changes no weight.\n\n"
                        + "<p>Throws IllegalArgumentException naming the row and the problem if a length is wrong, an\n"
                        + "input is NaN or infinite, or a target is outside the loss's domain, before any arithmetic.\n",
                        context.loss(), context.loss() == LossFunction.SPARSE_CATEGORICAL_CROSS_ENTROPY
                                ? "; a target is a class index" : "")
                .addModifiers(Modifier.PUBLIC)
                .returns(double.class)
                .addParameter(numeric.array(), "inputs")
                .addParameter(numeric.array(), "targets")
                .addParameter(int.class, "rows")
                .addParameter(numeric.array(), "parameterGradient")
                .addParameter(numeric.array(), "inputGradient")
                .addStatement("$T.requireNonNull(inputs, $S)", Objects.class, "inputs")
                .addStatement("$T.requireNonNull(targets, $S)", Objects.class, "targets")
                .beginControlFlow("if (rows < 1)")
                .addStatement("throw new $T($S + rows + $S)", IllegalArgumentException.class, "rows is ",
                        ", but a batch needs at least 1 row")
                .endControlFlow()
                .addStatement("$T.checkShape($S, inputs.length, rows, INPUTS)", TrainerContext.DATA_CHECKS, "inputs")
                .addStatement("$T.checkShape($S, targets.length, rows, TARGET_WIDTH)", TrainerContext.DATA_CHECKS,
                        "targets")
                .addStatement("$T.checkLength($S, parameterGradient, PARAMETER_COUNT)", ModelContext.CHECKS,
                        "parameterGradient")
                .beginControlFlow("if (inputGradient != null)")
                .addStatement("$T.checkShape($S, inputGradient.length, rows, INPUTS)", TrainerContext.DATA_CHECKS,
                        "inputGradient")
                .endControlFlow()
                .addStatement("$T.checkFinite(inputs, rows, INPUTS, $S)", TrainerContext.DATA_CHECKS, "input")
                .addStatement(targetCheck(CodeBlock.of("targets"), CodeBlock.of("rows")))
                .addStatement("return accumulate(inputs, targets, rows, parameterGradient, inputGradient)")
                .build();
    }

    /**
     * The check that {@code targets}' first {@code rows} rows suit the loss, e.g.
     * {@code TargetChecks.checkBinary(targets, rows, TARGET_WIDTH)}; regression targets need only be finite.
     */
    static CodeBlock targetCheck(TrainerContext context, CodeBlock targets, CodeBlock rows) {
        switch (context.loss()) {
            case BCE:
                return CodeBlock.of("$T.checkBinary($L, $L, TARGET_WIDTH)", TrainerContext.TARGET_CHECKS, targets, rows);
            case CATEGORICAL_CROSS_ENTROPY:
                return CodeBlock.of("$T.checkOneHot($L, $L, OUTPUTS)", TrainerContext.TARGET_CHECKS, targets, rows);
            case SPARSE_CATEGORICAL_CROSS_ENTROPY:
                return CodeBlock.of("$T.checkClassIndex($L, $L, OUTPUTS)", TrainerContext.TARGET_CHECKS, targets, rows);
            case HINGE:
                return CodeBlock.of("$T.checkSigned($L, $L, TARGET_WIDTH)", TrainerContext.TARGET_CHECKS, targets, rows);
            default:
                return CodeBlock.of("$T.checkFinite($L, $L, TARGET_WIDTH, $S)", TrainerContext.DATA_CHECKS, targets, rows,
                        "target");
        }
    }

    // TargetChecks.checkBinary(targets, rows, TARGET_WIDTH), or the loss's own check
    private CodeBlock targetCheck(CodeBlock targets, CodeBlock rows) {
        return targetCheck(context, targets, rows);
    }

    /*
     * public History fit(Dataset train, Dataset validation, FitOptions options) {
     *     return FitLoop.fit(this, optimizer, train, validation, options);
     * }
     */
    private MethodSpec fit() {
        return MethodSpec.methodBuilder("fit")
                .addJavadoc("Trains on {@code train} with the optimizer, checking {@code validation} (may be null) after\n"
                        + "each epoch; see {@link $T}. Every row of both is checked before any weight changes. Throws\n"
                        + "TrainingDivergedException, keeping the last finite weights, if the loss, a gradient or a\n"
                        + "weight stops being finite.\n", TrainerContext.FIT_LOOP)
                .addModifiers(Modifier.PUBLIC)
                .returns(TrainerContext.HISTORY)
                .addParameter(TrainerContext.DATASET, "train")
                .addParameter(TrainerContext.DATASET, "validation")
                .addParameter(TrainerContext.FIT_OPTIONS, "options")
                .addStatement("return $T.fit(this, optimizer, train, validation, options)", TrainerContext.FIT_LOOP)
                .build();
    }

    // public History fit(Dataset train, FitOptions options) { return fit(train, null, options); }
    private MethodSpec fitWithoutValidation() {
        return MethodSpec.methodBuilder("fit")
                .addJavadoc("{@link #fit(Dataset, Dataset, FitOptions)} without validation data.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(TrainerContext.HISTORY)
                .addParameter(TrainerContext.DATASET, "train")
                .addParameter(TrainerContext.FIT_OPTIONS, "options")
                .addStatement("return fit(train, null, options)")
                .build();
    }

    /*
     * @Override public Evaluation evaluate(Dataset data) {
     *     checkData(data, "evaluation data");
     *     float[] p = parameters;
     *     ... for each row: copy it in, forward(p), add rowLoss and rowMetric ...
     *     return new Evaluation(lossSum / ((double) rows * OUTPUTS), metricSum / ((double) rows), METRIC, rows);
     * }
     */
    private MethodSpec evaluate() {
        String perRow = context.meanOverOutputs() ? "(double) rows * OUTPUTS" : "(double) rows";
        String metricPerRow = context.metricWidth() == 1 ? "(double) rows" : "(double) rows * OUTPUTS";
        return MethodSpec.methodBuilder("evaluate")
                .addAnnotation(Override.class)
                .addJavadoc("The mean loss and $L over every row of {@code data} at the current weights (NaN for no\n"
                        + "rows). Checks {@code data} as {@link #checkData} does. Changes no weight.\n",
                        context.classifier() ? "accuracy" : "mean absolute error")
                .addModifiers(Modifier.PUBLIC)
                .returns(TrainerContext.EVALUATION)
                .addParameter(TrainerContext.DATASET, "data")
                .addStatement("checkData(data, $S)", "evaluation data")
                .addStatement("$T $N = parameters", numeric.array(), Names.PARAMETERS_LOCAL)
                .addStatement("int rows = data.rows()")
                .addStatement("double lossSum = 0")
                .addStatement("double metricSum = 0")
                .beginControlFlow("for (int row = 0; row < rows; row++)")
                .addStatement("data.copyFeatures(row, inputRow, 0)")
                .addStatement("data.copyTargets(row, targetRow, 0)")
                .addStatement("forward($N)", Names.PARAMETERS_LOCAL)
                .addStatement("lossSum += rowLoss(targetRow, 0)")
                .addStatement("metricSum += rowMetric(targetRow, 0)")
                .endControlFlow()
                .addStatement("return new $T(lossSum / ($L), metricSum / ($L), METRIC, rows)", TrainerContext.EVALUATION,
                        perRow, metricPerRow)
                .build();
    }

    // public MoonsModel model() { return MoonsModel.fromParameters(parameters); }
    private MethodSpec model() {
        return MethodSpec.methodBuilder("model")
                .addJavadoc("A model over a copy of the current weights; later training does not change it.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(context.model().modelClass())
                .addStatement("return $T.fromParameters(parameters)", context.model().modelClass())
                .build();
    }

    // public float[] parameters() { return parameters.clone(); }
    private MethodSpec parameters() {
        return MethodSpec.methodBuilder("parameters")
                .addJavadoc("A copy of the current weights, in the model's layout.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(numeric.array())
                .addStatement("return parameters.clone()")
                .build();
    }

    /*
     * private double accumulate(float[] inputs, float[] targets, int rows, float[] parameterGradient,
     *         float[] inputGradient) {
     *     float[] p = parameters;
     *     Arrays.fill(parameterGradient, 0);
     *     double scale = 1.0 / ((double) rows * OUTPUTS);
     *     ...
     *     for (int row = 0; row < rows; row++) {
     *         System.arraycopy(inputs, row * INPUTS, inputRow, 0, INPUTS);
     *         forward(p);
     *         recordActiveUnits();
     *         int offset = row * TARGET_WIDTH;
     *         lossSum += rowLoss(targets, offset);
     *         metricSum += rowMetric(targets, offset);
     *         outputDeltas(targets, offset, scale);   (PReLU output: outputDeltas(p, parameterGradient, ...))
     *         backward(p, parameterGradient, inputGradientWanted);
     *         if (inputGradientWanted) { System.arraycopy(inputGradientRow, 0, inputGradient, row * INPUTS, INPUTS); }
     *     }
     *     batchMetricSum = metricSum;
     *     return lossSum * scale;
     * }
     */
    private MethodSpec accumulate() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("accumulate")
                .addJavadoc("The core of {@link #lossAndGradient} and {@link #computeBatch}, over checked arguments: one row\n"
                        + "at a time, forward then backward, summing every row's gradient of the mean loss. Leaves the\n"
                        + "metric's sum in {@code batchMetricSum}. Allocates nothing.\n")
                .addModifiers(Modifier.PRIVATE)
                .returns(double.class)
                .addParameter(numeric.array(), "inputs")
                .addParameter(numeric.array(), "targets")
                .addParameter(int.class, "rows")
                .addParameter(numeric.array(), "parameterGradient")
                .addParameter(numeric.array(), "inputGradient")
                .addStatement("$T $N = parameters", numeric.array(), Names.PARAMETERS_LOCAL)
                .addStatement("$T.fill(parameterGradient, 0)", Arrays.class)
                .addCode(scale())
                .addStatement("double lossSum = 0")
                .addStatement("double metricSum = 0")
                .addStatement("boolean inputGradientWanted = inputGradient != null")
                .beginControlFlow("for (int row = 0; row < rows; row++)")
                .addStatement("$T.arraycopy(inputs, row * INPUTS, inputRow, 0, INPUTS)", System.class)
                .addStatement("forward($N)", Names.PARAMETERS_LOCAL);
        if (!context.reluLayers().isEmpty()) {
            method.addStatement("recordActiveUnits()");
        }
        return method.addStatement("int offset = row * TARGET_WIDTH")
                .addStatement("lossSum += rowLoss(targets, offset)")
                .addStatement("metricSum += rowMetric(targets, offset)")
                .addStatement(context.outputLayer().hasLearnedAlpha()
                        ? CodeBlock.of("outputDeltas($N, parameterGradient, targets, offset, scale)",
                                Names.PARAMETERS_LOCAL)
                        : CodeBlock.of("outputDeltas(targets, offset, scale)"))
                .addStatement("backward($N, parameterGradient, inputGradientWanted)", Names.PARAMETERS_LOCAL)
                .beginControlFlow("if (inputGradientWanted)")
                .addStatement("$T.arraycopy(inputGradientRow, 0, inputGradient, row * INPUTS, INPUTS)", System.class)
                .endControlFlow()
                .endControlFlow()
                .addStatement("batchMetricSum = metricSum")
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
     * private void recordActiveUnits() {
     *     for (int j = 0; j < 32; j++) { if (dense1PreActivations[j] > 0) { dense1EverActive[j] = true; } }
     * }
     */
    private MethodSpec recordActiveUnits() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("recordActiveUnits")
                .addJavadoc("Marks the RELU units whose pre-activation is positive in the current row, for\n"
                        + "{@link #deadFraction}.\n")
                .addModifiers(Modifier.PRIVATE);
        for (LayerModel layer : context.reluLayers()) {
            method.beginControlFlow("for (int j = 0; j < $L; j++)", layer.units())
                    .beginControlFlow("if ($N[j] > 0)", context.preActivations(layer))
                    .addStatement("$N[j] = true", context.everActive(layer))
                    .endControlFlow()
                    .endControlFlow();
        }
        return method.build();
    }
}
