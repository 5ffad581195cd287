package dev.autonet.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.autonet.LossFunction;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The trainer's own API: the constructor, the optimizer, {@code lossAndGradient}, {@code fit},
 * {@code model} and {@code parameters}; {@code evaluate} and the batch core are {@link TrainerBatchWriter}'s.
 */
final class TrainerApiWriter {
    private final TrainerContext context;
    private final Numeric numeric;

    TrainerApiWriter(TrainerContext context) {
        this.context = context;
        this.numeric = context.numeric();
    }

    List<MethodSpec> all() {
        return List.of(constructor(), optimizerSetter(), optimizerGetter(), lossAndGradient(), fit(),
                fitWithoutValidation(), model(), parameters());
    }

    /*
     * public MoonsTrainer(MoonsModel start) {
     *     if (start == null) { throw new NullPointerException("start"); }
     *     this.parameters = start.parameters();
     *     allocateLayerBuffers();          (deep networks only, see TrainerFields.allocation)
     * }
     */
    private MethodSpec constructor() {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addJavadoc("A trainer starting from a copy of {@code start}'s weights, with the default optimizer.\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(context.model().modelClass(), "start")
                .addCode(InferenceFree.nullCheck("start", "start"))
                .addStatement("this.parameters = start.parameters()");
        if (TrainerFields.allocatesInPieces(context.network())) {
            constructor.addStatement("allocateLayerBuffers()");
        }
        return constructor.build();
    }

    /*
     * public MoonsTrainer optimizer(Optimizer optimizer) {
     *     if (optimizer == null) { throw new NullPointerException("optimizer"); }
     *     this.optimizer = optimizer;
     *     return this;
     * }
     */
    private MethodSpec optimizerSetter() {
        return MethodSpec.methodBuilder("optimizer")
                .addJavadoc("Sets the optimizer {@link #fit} uses, e.g. {@code Sgd.learningRate(0.05)}, and returns this\n"
                        + "trainer. Its state (momentum, moments) carries over between fits until it is reset, so give\n"
                        + "each trainer its own: two trainers of one shape sharing one would mix their moments silently.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(context.trainerClass())
                .addParameter(TrainerContext.OPTIMIZER, "optimizer")
                .addCode(InferenceFree.nullCheck("optimizer", "optimizer"))
                .addStatement("this.optimizer = optimizer")
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
                .addCode(InferenceFree.nullCheck("inputs", "inputs"))
                .addCode(InferenceFree.nullCheck("targets", "targets"))
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
                        + "TrainingDivergedException if the loss, a gradient or a weight stops being finite, leaving\n"
                        + "weights whose loss was finite: the best epoch's with early stopping, else those from before\n"
                        + "the step that diverged.\n", TrainerContext.FIT_LOOP)
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
}
