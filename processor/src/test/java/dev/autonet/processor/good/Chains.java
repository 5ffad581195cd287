package dev.autonet.processor.good;

import static dev.autonet.Activation.ELU;
import static dev.autonet.Activation.GELU;
import static dev.autonet.Activation.LEAKY_RELU;
import static dev.autonet.Activation.LINEAR;
import static dev.autonet.Activation.PRELU;
import static dev.autonet.Activation.RELU;
import static dev.autonet.Activation.SIGMOID;
import static dev.autonet.Activation.SOFTMAX;
import static dev.autonet.Activation.SOFTPLUS;
import static dev.autonet.Activation.STEP;
import static dev.autonet.Activation.SWISH;
import static dev.autonet.Activation.TANH;

import dev.autonet.Dense;
import dev.autonet.Network;
import dev.autonet.Precision;

/**
 * Every hidden activation in one chain, ending in SOFTMAX: unrolled (small layers), looped (24 × 24 = 576
 * weights each, above the unroll limit of 512) and mixed, in both precisions. Inference-only, as STEP
 * cannot be trained. Some layers carry names that generated code also uses ("input", "p", "x", "i",
 * "System", ...), which the generator must rename.
 */
public final class Chains {
    private Chains() {}

    @Network(inputs = 3)
    @Dense(units = 4, activation = STEP, name = "input")
    @Dense(units = 5, activation = SIGMOID, name = "p")
    @Dense(units = 4, activation = TANH, name = "x")
    @Dense(units = 6, activation = RELU, name = "output")
    @Dense(units = 5, activation = LEAKY_RELU, alpha = 0.2, name = "hiddenLayer")
    @Dense(units = 4, activation = PRELU, alpha = 0.3, name = "dense1_2")
    @Dense(units = 5, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 5, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 3, activation = LINEAR)
    @Dense(units = 3, activation = SOFTMAX)
    public interface UnrolledFloat {}

    @Network(inputs = 3, precision = Precision.DOUBLE)
    @Dense(units = 4, activation = STEP, name = "Activations")
    @Dense(units = 5, activation = SIGMOID, name = "System")
    @Dense(units = 4, activation = TANH)
    @Dense(units = 6, activation = RELU)
    @Dense(units = 5, activation = LEAKY_RELU, alpha = 0.2)
    @Dense(units = 4, activation = PRELU, alpha = 0.3)
    @Dense(units = 5, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 5, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 3, activation = LINEAR)
    @Dense(units = 3, activation = SOFTMAX)
    public interface UnrolledDouble {}

    @Network(inputs = 24)
    @Dense(units = 24, activation = STEP, name = "i")
    @Dense(units = 24, activation = SIGMOID, name = "j")
    @Dense(units = 24, activation = TANH, name = "row")
    @Dense(units = 24, activation = RELU, name = "slope")
    @Dense(units = 24, activation = LEAKY_RELU, alpha = 0.2)
    @Dense(units = 24, activation = PRELU, alpha = 0.3, name = "x")
    @Dense(units = 24, activation = ELU, alpha = 0.7)
    @Dense(units = 24, activation = SWISH)
    @Dense(units = 24, activation = GELU)
    @Dense(units = 24, activation = SOFTPLUS)
    @Dense(units = 24, activation = LINEAR)
    @Dense(units = 24, activation = SOFTMAX)
    public interface LoopedFloat {}

    @Network(inputs = 24, precision = Precision.DOUBLE)
    @Dense(units = 24, activation = STEP, name = "Activations")
    @Dense(units = 24, activation = SIGMOID, name = "System")
    @Dense(units = 24, activation = TANH)
    @Dense(units = 24, activation = RELU)
    @Dense(units = 24, activation = LEAKY_RELU, alpha = 0.2)
    @Dense(units = 24, activation = PRELU, alpha = 0.3)
    @Dense(units = 24, activation = ELU, alpha = 0.7)
    @Dense(units = 24, activation = SWISH)
    @Dense(units = 24, activation = GELU)
    @Dense(units = 24, activation = SOFTPLUS)
    @Dense(units = 24, activation = LINEAR)
    @Dense(units = 24, activation = SOFTMAX)
    public interface LoopedDouble {}

    /** Looped (800, 640 weights) and unrolled (320, 120, 60) layers alternating. */
    @Network(inputs = 40)
    @Dense(units = 20, activation = TANH)
    @Dense(units = 16, activation = PRELU, alpha = 0.1)
    @Dense(units = 40, activation = GELU)
    @Dense(units = 3, activation = ELU)
    @Dense(units = 20, activation = LEAKY_RELU)
    @Dense(units = 3, activation = SOFTMAX)
    public interface MixedFloat {}

    /** {@link MixedFloat} in DOUBLE. */
    @Network(inputs = 40, precision = Precision.DOUBLE)
    @Dense(units = 20, activation = TANH)
    @Dense(units = 16, activation = PRELU, alpha = 0.1)
    @Dense(units = 40, activation = GELU)
    @Dense(units = 3, activation = ELU)
    @Dense(units = 20, activation = LEAKY_RELU)
    @Dense(units = 3, activation = SOFTMAX)
    public interface MixedDouble {}

    /**
     * Unrolled layers too wide for one method: 1 → 512 needs its units split over methods, 512 → 1 reads
     * its input array directly. Both have exactly the unroll limit of 512 weights.
     */
    @Network(inputs = 1)
    @Dense(units = 512, activation = TANH)
    @Dense(units = 1, activation = LINEAR)
    public interface WideFloat {}

    /** {@link WideFloat} in DOUBLE, where every local takes two slots. */
    @Network(inputs = 1, precision = Precision.DOUBLE)
    @Dense(units = 512, activation = TANH)
    @Dense(units = 1, activation = LINEAR)
    public interface WideDouble {}
}
