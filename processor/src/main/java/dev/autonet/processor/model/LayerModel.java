package dev.autonet.processor.model;

import dev.autonet.Activation;

/**
 * One validated layer with its place in the flat parameter array: W {@code [fanIn][units]} row-major at
 * {@code weightOffset}, b at {@code biasOffset}, and for PRELU its one slope at {@code alphaOffset}
 * ({@code -1} otherwise).
 *
 * @param index 0-based position, input side first
 * @param name a valid Java identifier, unique in the network
 * @param alpha the slope of LEAKY_RELU, the initial slope of PRELU, the alpha of ELU; NaN otherwise
 * @param unrolled whether generated code writes this layer as straight-line code rather than loops
 */
public record LayerModel(
        int index,
        String name,
        int fanIn,
        int units,
        Activation activation,
        double alpha,
        Init init,
        int weightOffset,
        int biasOffset,
        int alphaOffset,
        boolean unrolled) {

    /** Number of parameters this layer owns: weights, biases and PReLU's slope. */
    public int parameterCount() {
        return fanIn * units + units + (activation == Activation.PRELU ? 1 : 0);
    }

    /** Multiply-adds in one forward pass of one row. */
    public int weightCount() {
        return fanIn * units;
    }

    /** Whether this layer has a learned PReLU slope. */
    public boolean hasLearnedAlpha() {
        return alphaOffset >= 0;
    }
}
