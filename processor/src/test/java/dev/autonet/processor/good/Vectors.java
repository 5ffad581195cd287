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
import static dev.autonet.LossFunction.BCE;
import static dev.autonet.LossFunction.CATEGORICAL_CROSS_ENTROPY;

import dev.autonet.Backend;
import dev.autonet.Dense;
import dev.autonet.Loss;
import dev.autonet.Network;
import dev.autonet.Precision;
import dev.autonet.runtime.BinaryClassifier;
import dev.autonet.runtime.MultiClassifier;
import dev.autonet.runtime.Regressor;

/**
 * Declarations with {@code backend = VECTOR}, run through the same correctness, allocation and thread
 * tests as their SCALAR counterparts. Unit counts are chosen so that layers have whole vectors and
 * scalar tails (at 4, 8 and 16 float lanes), fan-ins that are and are not multiples of the four partial
 * sums, and every activation in a hidden position.
 */
public final class Vectors {
    private Vectors() {}

    /** {@link Moons} on the Vector API. */
    @Network(inputs = 2, backend = Backend.VECTOR)
    @Dense(units = 32, activation = RELU)
    @Dense(units = 16, activation = RELU)
    @Dense(units = 8, activation = RELU)
    @Dense(units = 1, activation = SIGMOID)
    @Loss(BCE)
    public interface MoonsFloat extends BinaryClassifier {}

    /** {@link MoonsFloat} in DOUBLE. */
    @Network(inputs = 2, precision = Precision.DOUBLE, backend = Backend.VECTOR)
    @Dense(units = 32, activation = RELU)
    @Dense(units = 16, activation = RELU)
    @Dense(units = 8, activation = RELU)
    @Dense(units = 1, activation = SIGMOID)
    @Loss(BCE)
    public interface MoonsDouble extends BinaryClassifier {}

    /** {@link Mnist} on the Vector API. */
    @Network(inputs = 784, backend = Backend.VECTOR)
    @Dense(units = 256, activation = RELU)
    @Dense(units = 128, activation = RELU)
    @Dense(units = 10, activation = SOFTMAX)
    @Loss(CATEGORICAL_CROSS_ENTROPY)
    public interface MnistFloat extends MultiClassifier {}

    /** Every hidden activation, with odd widths: whole vectors plus scalar tails. */
    @Network(inputs = 7, backend = Backend.VECTOR)
    @Dense(units = 17, activation = STEP)
    @Dense(units = 9, activation = SIGMOID)
    @Dense(units = 33, activation = TANH, name = "sum0")
    @Dense(units = 20, activation = RELU, name = "z")
    @Dense(units = 18, activation = LEAKY_RELU, alpha = 0.2, name = "in")
    @Dense(units = 35, activation = PRELU, alpha = 0.3, name = "out")
    @Dense(units = 16, activation = ELU, alpha = 0.7, name = "w")
    @Dense(units = 21, activation = SWISH)
    @Dense(units = 8, activation = GELU)
    @Dense(units = 13, activation = SOFTPLUS)
    @Dense(units = 40, activation = LINEAR)
    @Dense(units = 3, activation = SOFTMAX)
    public interface ChainFloat {}

    /** {@link ChainFloat} in DOUBLE. */
    @Network(inputs = 7, precision = Precision.DOUBLE, backend = Backend.VECTOR)
    @Dense(units = 17, activation = STEP)
    @Dense(units = 9, activation = SIGMOID)
    @Dense(units = 33, activation = TANH)
    @Dense(units = 20, activation = RELU)
    @Dense(units = 18, activation = LEAKY_RELU, alpha = 0.2)
    @Dense(units = 35, activation = PRELU, alpha = 0.3)
    @Dense(units = 16, activation = ELU, alpha = 0.7)
    @Dense(units = 21, activation = SWISH)
    @Dense(units = 8, activation = GELU)
    @Dense(units = 13, activation = SOFTPLUS)
    @Dense(units = 40, activation = LINEAR)
    @Dense(units = 3, activation = SOFTMAX)
    public interface ChainDouble {}

    /** Narrower than any vector: every unit in the scalar tail; fan-ins 1 to 3 take fewer partial sums. */
    @Network(inputs = 1, backend = Backend.VECTOR)
    @Dense(units = 3, activation = PRELU)
    @Dense(units = 2, activation = ELU)
    @Dense(units = 3, activation = LEAKY_RELU)
    public interface NarrowFloat {}

    /** One input fanning out to 512 units and back to one. */
    @Network(inputs = 1, backend = Backend.VECTOR)
    @Dense(units = 512, activation = TANH)
    @Dense(units = 1, activation = LINEAR)
    public interface WideFloat {}

    /** {@link WideFloat} in DOUBLE. */
    @Network(inputs = 1, precision = Precision.DOUBLE, backend = Backend.VECTOR)
    @Dense(units = 512, activation = TANH)
    @Dense(units = 1, activation = LINEAR)
    public interface WideDouble {}

    /** A learned-slope output layer, applied after the kernel. */
    @Network(inputs = 3, precision = Precision.DOUBLE, backend = Backend.VECTOR)
    @Dense(units = 5, activation = SOFTPLUS)
    @Dense(units = 2, activation = PRELU)
    public interface PreluOutputDouble {}

    /** A FLOAT regressor with a single layer: no hidden buffers at all. */
    @Network(inputs = 4, backend = Backend.VECTOR)
    @Dense(units = 2)
    public interface RegressorFloat extends Regressor {}
}
