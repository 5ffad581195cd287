package dev.autonet.processor.training;

import static dev.autonet.Activation.ELU;
import static dev.autonet.Activation.GELU;
import static dev.autonet.Activation.LEAKY_RELU;
import static dev.autonet.Activation.LINEAR;
import static dev.autonet.Activation.PRELU;
import static dev.autonet.Activation.RELU;
import static dev.autonet.Activation.SIGMOID;
import static dev.autonet.Activation.SOFTMAX;
import static dev.autonet.Activation.SOFTPLUS;
import static dev.autonet.Activation.SWISH;
import static dev.autonet.Activation.TANH;
import static dev.autonet.LossFunction.BCE;
import static dev.autonet.LossFunction.CATEGORICAL_CROSS_ENTROPY;
import static dev.autonet.LossFunction.HINGE;
import static dev.autonet.LossFunction.HUBER;
import static dev.autonet.LossFunction.MAE;
import static dev.autonet.LossFunction.MSE;
import static dev.autonet.LossFunction.SPARSE_CATEGORICAL_CROSS_ENTROPY;
import static dev.autonet.Precision.DOUBLE;

import dev.autonet.Backend;
import dev.autonet.Dense;
import dev.autonet.Loss;
import dev.autonet.Network;
import dev.autonet.runtime.BinaryClassifier;

/** The networks the training tests declare besides {@link TorchNetworks} and {@link Pairings}. */
final class TrainingNetworks {
    private TrainingNetworks() {}

    /** The two-moons classifier of DESIGN.md, in FLOAT: every layer unrolled, dense2's gradient in two methods. */
    @Network(inputs = 2)
    @Dense(units = 32, activation = RELU)
    @Dense(units = 16, activation = RELU)
    @Dense(units = 8, activation = RELU)
    @Dense(units = 1, activation = SIGMOID)
    @Loss(BCE)
    interface Moons extends BinaryClassifier {}

    /** A looped hidden layer: 40 × 30 = 1200 weights, above the unroll limit of 512. */
    @Network(inputs = 40, precision = DOUBLE)
    @Dense(units = 30, activation = RELU)
    @Dense(units = 3, activation = SOFTMAX)
    @Loss(CATEGORICAL_CROSS_ENTROPY)
    interface Looped {}

    /** Every layer looped (600 weights each), with a learned PReLU slope and a looped output layer. */
    @Network(inputs = 30, precision = DOUBLE)
    @Dense(units = 20, activation = PRELU, alpha = 0.2)
    @Dense(units = 30, activation = TANH)
    @Dense(units = 20, activation = LINEAR)
    @Loss(MSE)
    interface LoopedChain {}

    /**
     * Unrolled layers too wide for one method: 1 → 512 splits its forward pass into unit ranges and its
     * input gradient into unit chunks that add up; 512 → 1 splits its weight gradient over inputs.
     */
    @Network(inputs = 1, precision = DOUBLE)
    @Dense(units = 512, activation = TANH)
    @Dense(units = 1, activation = LINEAR)
    @Loss(MSE)
    interface Wide {}

    /** 784-256-128-10 softmax, for the method-size check. */
    @Network(inputs = 784)
    @Dense(units = 256, activation = RELU)
    @Dense(units = 128, activation = RELU)
    @Dense(units = 10, activation = SOFTMAX)
    @Loss(CATEGORICAL_CROSS_ENTROPY)
    interface Mnist {}

    /** {@link Mnist} in DOUBLE with class indices. */
    @Network(inputs = 784, precision = DOUBLE)
    @Dense(units = 256, activation = RELU)
    @Dense(units = 128, activation = RELU)
    @Dense(units = 10, activation = SOFTMAX)
    @Loss(SPARSE_CATEGORICAL_CROSS_ENTROPY)
    interface MnistDouble {}

    /** A FLOAT network for {@link FloatDoubleTest}, checked against its DOUBLE twin. */
    @Network(inputs = 4)
    @Dense(units = 16, activation = TANH)
    @Dense(units = 12, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 8, activation = PRELU)
    @Dense(units = 3, activation = SOFTMAX)
    @Loss(CATEGORICAL_CROSS_ENTROPY)
    interface TwinFloat {}

    /** {@link TwinFloat} in DOUBLE. */
    @Network(inputs = 4, precision = DOUBLE)
    @Dense(units = 16, activation = TANH)
    @Dense(units = 12, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 8, activation = PRELU)
    @Dense(units = 3, activation = SOFTMAX)
    @Loss(CATEGORICAL_CROSS_ENTROPY)
    interface TwinDouble {}

    /** FLOAT trainers of the other output/loss code paths, for {@link FloatDoubleTest#floatTrainersOfEveryLossRun}. */
    @SuppressWarnings("autonet.loss-activation")
    @Network(inputs = 2)
    @Dense(units = 3, activation = ELU)
    @Dense(units = 2, activation = PRELU)
    @Loss(value = HUBER, delta = 0.5)
    interface PreluHuberFloat {}

    @SuppressWarnings("autonet.loss-activation")
    @Network(inputs = 2)
    @Dense(units = 3, activation = SWISH)
    @Dense(units = 1, activation = TANH)
    @Loss(HINGE)
    interface TanhHingeFloat {}

    @Network(inputs = 2)
    @Dense(units = 3, activation = GELU)
    @Dense(units = 3, activation = SOFTMAX)
    @Loss(SPARSE_CATEGORICAL_CROSS_ENTROPY)
    interface SparseFloat {}

    @SuppressWarnings("autonet.loss-activation")
    @Network(inputs = 2)
    @Dense(units = 3, activation = SOFTPLUS)
    @Dense(units = 3, activation = SOFTMAX)
    @Loss(MSE)
    interface SoftmaxMseFloat {}

    @Network(inputs = 2)
    @Dense(units = 3, activation = SIGMOID)
    @Dense(units = 2, activation = LINEAR)
    @Loss(MAE)
    interface MaeFloat {}

    /** Layers named like the trainer's own fields, kernel parameters and locals, which must not collide. */
    @Network(inputs = 2, precision = DOUBLE)
    @Dense(units = 3, activation = TANH, name = "inputRow")
    @Dense(units = 3, activation = PRELU, name = "gradient")
    @Dense(units = 3, activation = RELU, name = "delta")
    @Dense(units = 3, activation = LEAKY_RELU, name = "in")
    @Dense(units = 2, activation = SIGMOID, name = "prediction")
    @Loss(BCE)
    interface OddNames {}

    /** One input, two hidden units of each ReLU-family activation's kink, for {@link KinkTest}. */
    @Network(inputs = 1, precision = DOUBLE)
    @Dense(units = 2, activation = RELU)
    @Dense(units = 1, activation = LINEAR)
    @Loss(MSE)
    interface ReluKink {}

    @Network(inputs = 1, precision = DOUBLE)
    @Dense(units = 2, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 1, activation = LINEAR)
    @Loss(MSE)
    interface LeakyReluKink {}

    @Network(inputs = 1, precision = DOUBLE)
    @Dense(units = 2, activation = PRELU, alpha = 0.3)
    @Dense(units = 1, activation = LINEAR)
    @Loss(MSE)
    interface PreluKink {}

    @Network(inputs = 1, precision = DOUBLE)
    @Dense(units = 2, activation = LINEAR)
    @Loss(MAE)
    interface MaeKink {}

    @Network(inputs = 1, precision = DOUBLE)
    @Dense(units = 1, activation = LINEAR)
    @Loss(HINGE)
    interface HingeKink {}

    /**
     * {@link Moons} with {@code backend = VECTOR}: the trainer's forward pass, input gradients, ReLU
     * derivatives and weight gradients on the Vector API.
     */
    @Network(inputs = 2, backend = Backend.VECTOR)
    @Dense(units = 32, activation = RELU)
    @Dense(units = 16, activation = RELU)
    @Dense(units = 8, activation = RELU)
    @Dense(units = 1, activation = SIGMOID)
    @Loss(BCE)
    interface VectorMoons extends BinaryClassifier {}

    /**
     * A VECTOR chain in DOUBLE with odd widths (whole blocks of four units and vectors plus remainders), a
     * leaky ReLU (vector derivative), PReLU (vector forward with the slope, scalar derivative and slope
     * gradient) and tanh (activation and derivative per element).
     */
    @Network(inputs = 30, precision = DOUBLE, backend = Backend.VECTOR)
    @Dense(units = 17, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 20, activation = PRELU, alpha = 0.2)
    @Dense(units = 9, activation = TANH)
    @Dense(units = 3, activation = LINEAR)
    @Loss(MSE)
    interface VectorChain {}

    /** 784-256-128-10 with {@code backend = VECTOR}: wide layers (staged weight gradients) and a softmax output. */
    @Network(inputs = 784, backend = Backend.VECTOR)
    @Dense(units = 256, activation = RELU)
    @Dense(units = 128, activation = RELU)
    @Dense(units = 10, activation = SOFTMAX)
    @Loss(CATEGORICAL_CROSS_ENTROPY)
    interface VectorMnist {}
}
