package dev.autonet;

/** The floating-point type of a network's parameters, inputs and outputs. */
public enum Precision {
    /** {@code float[]} everywhere: half the memory, twice the SIMD width. The default. */
    FLOAT,
    /** {@code double[]} everywhere: for gradient checks and numerically demanding work. */
    DOUBLE
}
