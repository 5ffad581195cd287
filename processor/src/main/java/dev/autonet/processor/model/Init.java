package dev.autonet.processor.model;

import dev.autonet.Activation;

/** How a layer's weights start: He for the ReLU family, Xavier/Glorot for the rest; biases start at 0. */
public enum Init {
    /** He (Kaiming) uniform, limit √(6 / fanIn): keeps the variance of rectified activations. */
    HE_UNIFORM,
    /** Xavier/Glorot uniform, limit √(6 / (fanIn + units)): for symmetric and saturating activations. */
    XAVIER_UNIFORM;

    /** The scheme for a layer with this activation. */
    public static Init forActivation(Activation activation) {
        switch (activation) {
            case RELU:
            case LEAKY_RELU:
            case PRELU:
            case ELU:
            case SWISH:
            case GELU:
            case SOFTPLUS:
                return HE_UNIFORM;
            default:
                return XAVIER_UNIFORM;
        }
    }
}
