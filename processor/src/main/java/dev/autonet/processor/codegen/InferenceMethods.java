package dev.autonet.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.autonet.Activation;
import dev.autonet.processor.codegen.ForwardPlan.Block;
import dev.autonet.processor.model.LayerModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The model's inference API: {@code predict}, {@code logits}, the shared forward core, and the
 * {@code FloatNetwork}/{@code DoubleNetwork} accessors.
 */
final class InferenceMethods {
    private final ModelContext context;
    private final ForwardPlan plan;

    InferenceMethods(ModelContext context, ForwardPlan plan) {
        this.context = context;
        this.plan = plan;
    }

    /** The accessors, {@code predict} and, for classifiers, {@code logits}. */
    List<MethodSpec> api() {
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(constant("inputs", "INPUTS"));
        methods.add(constant("outputs", "OUTPUTS"));
        methods.add(constant("parameterCount", "PARAMETER_COUNT"));
        methods.add(parameters());
        methods.add(predictInto());
        methods.add(predictNew());
        if (context.network().isClassifier()) {
            methods.add(logits());
        }
        return methods;
    }

    // @Override public int inputs() { return INPUTS; }
    private MethodSpec constant(String name, String constant) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("return $N", constant)
                .build();
    }

    // @Override public float[] parameters() { return parameters.clone(); }
    private MethodSpec parameters() {
        return MethodSpec.methodBuilder("parameters")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(context.numeric().array())
                .addStatement("return parameters.clone()")
                .build();
    }

    /*
     * @Override public void predict(float[] input, float[] output) {
     *     Checks.checkLength("input", input, INPUTS);
     *     Checks.checkLength("output", output, OUTPUTS);
     *     forward(input, output);
     *     output[0] = Activations.sigmoidFast(output[0]);
     * }
     */
    private MethodSpec predictInto() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("predict")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(context.numeric().array(), Names.INPUT)
                .addParameter(context.numeric().array(), Names.OUTPUT)
                .addCode(checkLengths())
                .addStatement("forward($N, $N)", Names.INPUT, Names.OUTPUT);
        method.addCode(outputActivation(context.network().outputLayer()));
        return method.build();
    }

    // @Override public float[] predict(float[] input) { float[] output = new float[OUTPUTS]; predict(input, output); return output; }
    private MethodSpec predictNew() {
        return MethodSpec.methodBuilder("predict")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(context.numeric().array())
                .addParameter(context.numeric().array(), Names.INPUT)
                .addStatement("$T $N = new $T[OUTPUTS]", context.numeric().array(), Names.OUTPUT, context.numeric().scalar())
                .addStatement("predict($N, $N)", Names.INPUT, Names.OUTPUT)
                .addStatement("return $N", Names.OUTPUT)
                .build();
    }

    // public void logits(float[] input, float[] output) { <checks>; forward(input, output); }
    private MethodSpec logits() {
        return MethodSpec.methodBuilder("logits")
                .addJavadoc("Writes the output layer's pre-activation for {@code input}, before $L, into {@code output}.\n"
                        + "Allocates nothing and is safe to call from many threads at once. Throws\n"
                        + "IllegalArgumentException if a length is wrong.\n\n"
                        + "@param input one row of INPUTS features\n"
                        + "@param output receives OUTPUTS logits\n", context.network().outputLayer().activation())
                .addModifiers(Modifier.PUBLIC)
                .addParameter(context.numeric().array(), Names.INPUT)
                .addParameter(context.numeric().array(), Names.OUTPUT)
                .addCode(checkLengths())
                .addStatement("forward($N, $N)", Names.INPUT, Names.OUTPUT)
                .build();
    }

    // Checks.checkLength("input", input, INPUTS); Checks.checkLength("output", output, OUTPUTS);
    private CodeBlock checkLengths() {
        return CodeBlock.builder()
                .addStatement("$T.checkLength($S, $N, INPUTS)", ModelContext.CHECKS, Names.INPUT, Names.INPUT)
                .addStatement("$T.checkLength($S, $N, OUTPUTS)", ModelContext.CHECKS, Names.OUTPUT, Names.OUTPUT)
                .build();
    }

    /*
     * softmax:      Activations.softmax(output, 0, OUTPUTS);
     * one output:   output[0] = Activations.sigmoidFast(output[0]);   (FLOAT; DOUBLE: sigmoid)
     * several:      for (int j = 0; j < OUTPUTS; j++) { output[j] = Activations.tanh(output[j]); }
     * linear:       nothing
     */
    private CodeBlock outputActivation(LayerModel layer) {
        Activation activation = layer.activation();
        CodeBlock.Builder code = CodeBlock.builder();
        if (activation == Activation.SOFTMAX) {
            return code.addStatement("$T.softmax($N, 0, OUTPUTS)", ModelContext.ACTIVATIONS, Names.OUTPUT).build();
        }
        if (activation == Activation.LINEAR) {
            return code.build();
        }
        CodeBlock slope = layer.hasLearnedAlpha() ? CodeBlock.of("parameters[$N]", context.alphaConstant(layer)) : null;
        if (layer.units() == 1) {
            CodeBlock z = CodeBlock.of("$N[0]", Names.OUTPUT);
            return code.addStatement("$N[0] = $L", Names.OUTPUT, ActivationCall.applyToOutput(context, layer, z, slope)).build();
        }
        CodeBlock z = CodeBlock.of("$N[j]", Names.OUTPUT);
        return code.beginControlFlow("for (int j = 0; j < OUTPUTS; j++)")
                .addStatement("$N[j] = $L", Names.OUTPUT, ActivationCall.applyToOutput(context, layer, z, slope))
                .endControlFlow()
                .build();
    }

    /*
     * private void forward(float[] input, float[] output, Workspace scratch) {
     *     float[] p = parameters;
     *     dense1(p, input, scratch.dense1);
     *     dense2ToDense3(p, scratch.dense1, output);
     * }
     * (without scratch when no layer's activations are buffered)
     */
    MethodSpec forward() {
        MethodSpec.Builder method = forwardHeader(context, !plan.buffered().isEmpty());
        for (Block block : plan.blocks()) {
            method.addStatement("$N($N, $L, $L)", LayerMethods.name(context, block), Names.PARAMETERS_LOCAL,
                    source(block), destination(block));
        }
        return method.build();
    }

    /**
     * The start of the forward pass both backends write: its Javadoc and parameters, {@code scratch} among them
     * when hidden activations go through the workspace, and {@code float[] p = parameters}.
     */
    static MethodSpec.Builder forwardHeader(ModelContext context, boolean scratch) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("forward")
                .addJavadoc("Writes the output layer's pre-activation for {@code input} into {@code output}: the core\n"
                        + "of every prediction. Lengths are checked by the caller.$L\n",
                        scratch ? " {@code scratch} is this thread's workspace." : "")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(context.numeric().array(), Names.INPUT)
                .addParameter(context.numeric().array(), Names.OUTPUT);
        if (scratch) {
            method.addParameter(context.workspaceClass(), "scratch");
        }
        return method.addStatement("$T $N = parameters", context.numeric().array(), Names.PARAMETERS_LOCAL);
    }

    // input, or scratch.dense1 for a block after the first layer
    private CodeBlock source(Block block) {
        LayerModel first = block.first();
        return first.index() == 0 ? CodeBlock.of("$N", Names.INPUT) : CodeBlock.of("scratch.$N", context.inputArray(first));
    }

    // output, or scratch.dense2 for a hidden layer
    private CodeBlock destination(Block block) {
        return context.isOutput(block.last())
                ? CodeBlock.of("$N", Names.OUTPUT)
                : CodeBlock.of("scratch.$N", context.variable(block.last()));
    }
}
