package dev.autonet.benchmarks.baseline;

/**
 * The activations the baseline supports: enough for the benchmarked networks and a few more. Each maps to
 * the runtime's {@code Activations} function of the same name, the ones generated code calls.
 */
public enum LayerActivation {
    RELU,
    SIGMOID,
    TANH,
    LINEAR,
    /** Output layer only; with categorical cross-entropy. */
    SOFTMAX
}
