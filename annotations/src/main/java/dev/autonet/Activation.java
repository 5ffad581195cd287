package dev.autonet;

/**
 * The activation a {@link Dense} layer applies to its pre-activation {@code z = x·W + b}.
 *
 * <p>Only {@link #LEAKY_RELU}, {@link #PRELU} and {@link #ELU} read {@link Dense#alpha()}; each has its
 * own default, used when {@code alpha} is not given.
 */
public enum Activation {
    /** Heaviside step: 1 for {@code z >= 0}, else 0. Its gradient is zero, so it is inference-only. */
    STEP,
    /** Logistic {@code 1 / (1 + e^-z)}, in (0, 1). The output for binary and multi-label classifiers. */
    SIGMOID,
    /** Hyperbolic tangent, in (-1, 1). Zero-centred, but saturates like sigmoid. */
    TANH,
    /** {@code max(0, z)}. The default hidden activation; a unit whose z stays negative stops learning. */
    RELU,
    /** {@code z} for {@code z > 0}, else {@code alpha·z}; alpha in (0, 1), default 0.01. */
    LEAKY_RELU,
    /** Leaky ReLU whose slope is learned: one slope per layer, initially alpha in [0, 1), default 0.25. */
    PRELU,
    /** {@code z} for {@code z > 0}, else {@code alpha·(e^z - 1)}; alpha > 0, default 1.0. */
    ELU,
    /** {@code z·σ(z)} (also called SiLU). */
    SWISH,
    /** Exact Gaussian error linear unit {@code z·Φ(z) = z/2·(1 + erf(z/√2))}. */
    GELU,
    /** {@code ln(1 + e^z)}, a smooth ReLU; always positive. */
    SOFTPLUS,
    /** {@code e^z_i / Σ e^z_j} over the layer: a probability distribution. Output layer only, ≥ 2 units. */
    SOFTMAX,
    /** The identity: the output for regression, and the logits of a classifier. */
    LINEAR
}
