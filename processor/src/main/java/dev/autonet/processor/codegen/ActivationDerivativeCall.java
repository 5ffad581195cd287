package dev.autonet.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.autonet.Activation;
import dev.autonet.processor.model.LayerModel;

/**
 * The call giving an element-wise activation's derivative at one pre-activation, beside
 * {@link ActivationCall}'s forward call. Kinks follow the runtime's {@code Activations} (PyTorch's):
 * ReLU'(0) = 0, LeakyReLU'(0) = PReLU'(0) = alpha.
 */
final class ActivationDerivativeCall {
    private ActivationDerivativeCall() {}

    /**
     * {@code Activations.reluDerivative(z)}; {@code Activations.leakyReluDerivative(z, 0.2f)} and
     * {@code Activations.eluDerivative(z, 1.0f)} with the declared alpha; for PRELU
     * {@code Activations.leakyReluDerivative(z, slope)}, where {@code slope} reads the learned slope.
     * LINEAR has derivative 1 and no call: callers skip the multiplication.
     */
    static CodeBlock apply(TrainerContext context, LayerModel layer, CodeBlock z, CodeBlock slope) {
        Numeric numeric = context.numeric();
        switch (layer.activation()) {
            case LEAKY_RELU:
                return CodeBlock.of("$T.leakyReluDerivative($L, $L)", ModelContext.ACTIVATIONS, z,
                        numeric.literal(layer.alpha()));
            case ELU:
                return CodeBlock.of("$T.eluDerivative($L, $L)", ModelContext.ACTIVATIONS, z, numeric.literal(layer.alpha()));
            case PRELU:
                return CodeBlock.of("$T.leakyReluDerivative($L, $L)", ModelContext.ACTIVATIONS, z, slope);
            default:
                return CodeBlock.of("$T.$N($L)", ModelContext.ACTIVATIONS, methodName(layer.activation()), z);
        }
    }

    // The derivative of an activation without parameters: SWISH gives "swishDerivative".
    private static String methodName(Activation activation) {
        switch (activation) {
            case SIGMOID:
                return "sigmoidDerivative";
            case TANH:
                return "tanhDerivative";
            case RELU:
                return "reluDerivative";
            case SWISH:
                return "swishDerivative";
            case GELU:
                return "geluDerivative";
            case SOFTPLUS:
                return "softplusDerivative";
            default:
                throw new IllegalStateException(activation + " has no element-wise derivative to train with");
        }
    }
}
