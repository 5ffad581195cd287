package dev.autonet.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.autonet.processor.spec.Supertype.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The methods of the task interface the declaration extends. The overload in the network's own precision
 * allocates nothing (its logits go to the per-thread workspace); the other converts into new arrays.
 */
final class TaskMethods {
    private final ModelContext context;
    private final Numeric own;
    private final Numeric other;
    private final boolean scratchForward;

    /** {@code scratchForward}: whether {@code forward} takes the workspace as its third argument. */
    TaskMethods(ModelContext context, boolean scratchForward) {
        this.context = context;
        this.own = context.numeric();
        this.other = own.other();
        this.scratchForward = scratchForward;
    }

    /** Whether the task's methods read logits from the workspace. */
    static boolean needsLogits(ModelContext context) {
        return context.network().task().filter(t -> t == Task.BINARY_CLASSIFIER || t == Task.MULTI_CLASSIFIER).isPresent();
    }

    /** The helper the other precision's overloads convert with, if the task has such overloads. */
    Optional<MethodSpec> conversionHelper() {
        return context.network().task().map(task -> conversion());
    }

    /** The task interface's methods; none without a task. */
    List<MethodSpec> api() {
        List<MethodSpec> methods = new ArrayList<>();
        switch (context.network().task().orElse(Task.OTHER)) {
            case BINARY_CLASSIFIER:
                methods.add(probability());
                methods.add(probabilityConverting());
                break;
            case MULTI_CLASSIFIER:
                methods.add(classes());
                methods.add(classify());
                methods.add(classifyConverting());
                break;
            case REGRESSOR:
                methods.add(predictConverting());
                break;
            default:
                break;
        }
        return methods;
    }

    /*
     * @Override public double probability(float[] input) {
     *     Checks.checkLength("input", input, INPUTS);
     *     float[] logits = WORKSPACE.get().logits;
     *     forward(input, logits);
     *     return Activations.sigmoidFast(logits[0]);   (FLOAT, as predict; DOUBLE: sigmoid)
     * }
     */
    private MethodSpec probability() {
        return override("probability", own)
                .returns(double.class)
                .addStatement("$T.checkLength($S, $N, INPUTS)", ModelContext.CHECKS, Names.INPUT, Names.INPUT)
                .addCode(logits())
                .addStatement("return $L", ActivationCall.applyToOutput(context, context.network().outputLayer(),
                        CodeBlock.of("$N[0]", Names.LOGITS), null))
                .build();
    }

    /*
     * float[] logits = WORKSPACE.get().logits; forward(input, logits);
     * or, when forward takes the workspace, fetching it once:
     * Workspace scratch = WORKSPACE.get(); float[] logits = scratch.logits; forward(input, logits, scratch);
     */
    private CodeBlock logits() {
        CodeBlock.Builder code = CodeBlock.builder();
        if (!scratchForward) {
            return code.addStatement("$T $N = WORKSPACE.get().$N", own.array(), Names.LOGITS, Names.LOGITS)
                    .addStatement("forward($N, $N)", Names.INPUT, Names.LOGITS)
                    .build();
        }
        return code.addStatement("$T scratch = WORKSPACE.get()", context.workspaceClass())
                .addStatement("$T $N = scratch.$N", own.array(), Names.LOGITS, Names.LOGITS)
                .addStatement("forward($N, $N, scratch)", Names.INPUT, Names.LOGITS)
                .build();
    }

    // @Override public double probability(double[] input) { return probability(toFloats(input)); }
    private MethodSpec probabilityConverting() {
        return override("probability", other)
                .addJavadoc(convertsNote())
                .returns(double.class)
                .addStatement("return probability($N($N))", Names.conversionMethod(own), Names.INPUT)
                .build();
    }

    // @Override public int classes() { return OUTPUTS; }
    private MethodSpec classes() {
        return MethodSpec.methodBuilder("classes")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("return OUTPUTS")
                .build();
    }

    /*
     * @Override public int classify(float[] input) {
     *     Checks.checkLength("input", input, INPUTS);
     *     float[] logits = WORKSPACE.get().logits;
     *     forward(input, logits);
     *     int best = 0;
     *     for (int j = 1; j < OUTPUTS; j++) { if (logits[j] > logits[best]) { best = j; } }
     *     return best;
     * }
     */
    private MethodSpec classify() {
        return override("classify", own)
                .returns(int.class)
                .addComment("Softmax preserves order, so the most probable class is the largest logit.")
                .addStatement("$T.checkLength($S, $N, INPUTS)", ModelContext.CHECKS, Names.INPUT, Names.INPUT)
                .addCode(logits())
                .addStatement("int best = 0")
                .beginControlFlow("for (int j = 1; j < OUTPUTS; j++)")
                .beginControlFlow("if ($N[j] > $N[best])", Names.LOGITS, Names.LOGITS)
                .addStatement("best = j")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return best")
                .build();
    }

    // @Override public int classify(double[] input) { return classify(toFloats(input)); }
    private MethodSpec classifyConverting() {
        return override("classify", other)
                .addJavadoc(convertsNote())
                .returns(int.class)
                .addStatement("return classify($N($N))", Names.conversionMethod(own), Names.INPUT)
                .build();
    }

    /*
     * @Override public void predict(double[] input, double[] output) {
     *     Checks.checkLength("input", input, INPUTS);
     *     Checks.checkLength("output", output, OUTPUTS);
     *     float[] result = predict(toFloats(input));
     *     for (int j = 0; j < OUTPUTS; j++) { output[j] = result[j]; }
     * }
     */
    private MethodSpec predictConverting() {
        return override("predict", other)
                .addJavadoc(convertsNote())
                .addParameter(other.array(), Names.OUTPUT)
                .addStatement("$T.checkLength($S, $N, INPUTS)", ModelContext.CHECKS, Names.INPUT, Names.INPUT)
                .addStatement("$T.checkLength($S, $N, OUTPUTS)", ModelContext.CHECKS, Names.OUTPUT, Names.OUTPUT)
                .addStatement("$T result = predict($N($N))", own.array(), Names.conversionMethod(own), Names.INPUT)
                .beginControlFlow("for (int j = 0; j < OUTPUTS; j++)")
                .addStatement(own == Numeric.FLOAT ? "$N[j] = result[j]" : "$N[j] = (float) result[j]", Names.OUTPUT)
                .endControlFlow()
                .build();
    }

    /*
     * private static float[] toFloats(double[] values) {
     *     float[] converted = new float[values.length];
     *     for (int i = 0; i < values.length; i++) { converted[i] = (float) values[i]; }
     *     return converted;
     * }
     */
    private MethodSpec conversion() {
        return MethodSpec.methodBuilder(Names.conversionMethod(own))
                .addJavadoc("A new $T array holding {@code values}, for the overloads in the other precision.\n", own.scalar())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(own.array())
                .addParameter(other.array(), "values")
                .addStatement("$T converted = new $T[values.length]", own.array(), own.scalar())
                .beginControlFlow("for (int i = 0; i < values.length; i++)")
                .addStatement(own == Numeric.FLOAT ? "converted[i] = (float) values[i]" : "converted[i] = values[i]")
                .endControlFlow()
                .addStatement("return converted")
                .build();
    }

    private static MethodSpec.Builder override(String name, Numeric precision) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(precision.array(), Names.INPUT);
    }

    private CodeBlock convertsNote() {
        return CodeBlock.of("Converts {@code $N} to $T[] first, so allocates; the $T[] overload does not.\n",
                Names.INPUT, own.scalar(), own.scalar());
    }
}
