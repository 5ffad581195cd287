package dev.autonet.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.autonet.Activation;
import dev.autonet.processor.model.LayerModel;

/** The call that applies a layer's element-wise activation to one pre-activation; HotSpot inlines it. */
final class ActivationCall {
    private ActivationCall() {}

    /**
     * {@code z} itself for LINEAR; {@code Activations.relu(z)}; {@code Activations.leakyRelu(z, 0.2f)} for
     * LEAKY_RELU and {@code Activations.elu(z, 1.0f)} with the declared alpha; and for PRELU
     * {@code Activations.leakyRelu(z, slope)}, where {@code slope} reads the learned slope (null otherwise).
     */
    static CodeBlock apply(ModelContext context, LayerModel layer, CodeBlock z, CodeBlock slope) {
        Activation activation = layer.activation();
        Numeric numeric = context.numeric();
        switch (activation) {
            case LINEAR:
                return z;
            case LEAKY_RELU:
                return CodeBlock.of("$T.leakyRelu($L, $L)", ModelContext.ACTIVATIONS, z, numeric.literal(layer.alpha()));
            case ELU:
                return CodeBlock.of("$T.elu($L, $L)", ModelContext.ACTIVATIONS, z, numeric.literal(layer.alpha()));
            case PRELU:
                return CodeBlock.of("$T.leakyRelu($L, $L)", ModelContext.ACTIVATIONS, z, slope);
            case SOFTMAX:
                throw new IllegalStateException("SOFTMAX is not element-wise and only ever an output");
            default:
                return CodeBlock.of("$T.$N($L)", ModelContext.ACTIVATIONS, methodName(activation), z);
        }
    }

    /**
     * {@link #apply} for the output layer of a model's predictions: a FLOAT model's SIGMOID output goes through
     * {@code Activations.sigmoidFast}, float arithmetic within 2 ulps of {@code Activations.sigmoid} at a third
     * of its cost (a quarter of a batched moons row was that sigmoid's double exp). Hidden layers and the
     * trainer keep {@code sigmoid}, so training is unchanged.
     */
    static CodeBlock applyToOutput(ModelContext context, LayerModel layer, CodeBlock z, CodeBlock slope) {
        if (fastSigmoid(context.numeric(), layer)) {
            return CodeBlock.of("$T.sigmoidFast($L)", ModelContext.ACTIVATIONS, z);
        }
        return apply(context, layer, z, slope);
    }

    /** Whether {@code output}, a network's output layer, is a FLOAT SIGMOID, which predictions compute with sigmoidFast. */
    static boolean fastSigmoid(Numeric numeric, LayerModel output) {
        return numeric == Numeric.FLOAT && output.activation() == Activation.SIGMOID;
    }

    // The Activations method for an activation without parameters: SWISH gives "swish".
    private static String methodName(Activation activation) {
        switch (activation) {
            case STEP:
                return "step";
            case SIGMOID:
                return "sigmoid";
            case TANH:
                return "tanh";
            case RELU:
                return "relu";
            case SWISH:
                return "swish";
            case GELU:
                return "gelu";
            case SOFTPLUS:
                return "softplus";
            default:
                throw new IllegalArgumentException(activation + " takes a parameter");
        }
    }
}
