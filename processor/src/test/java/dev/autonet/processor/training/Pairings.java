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

import dev.autonet.Dense;
import dev.autonet.Loss;
import dev.autonet.Network;

/**
 * Every accepted output/loss pairing, twice: behind chain A (SIGMOID, TANH, RELU, LEAKY_RELU, PRELU) and
 * chain B (ELU, SWISH, GELU, SOFTPLUS, LINEAR), so every hidden activation meets every pairing and its
 * derivative sits on the path of every gradient before it. DOUBLE, 3 inputs, 4 units per hidden layer;
 * {@link FiniteDifferenceTest} checks their gradients against central differences.
 */
final class Pairings {
    private Pairings() {}

    @SuppressWarnings("autonet.vanishing-gradient")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 2, activation = SIGMOID)
    @Loss(BCE)
    interface BceSigmoidA {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 2, activation = SIGMOID)
    @Loss(BCE)
    interface BceSigmoidB {}

    @SuppressWarnings("autonet.vanishing-gradient")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 3, activation = SOFTMAX)
    @Loss(CATEGORICAL_CROSS_ENTROPY)
    interface CceSoftmaxA {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 3, activation = SOFTMAX)
    @Loss(CATEGORICAL_CROSS_ENTROPY)
    interface CceSoftmaxB {}

    @SuppressWarnings("autonet.vanishing-gradient")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 3, activation = SOFTMAX)
    @Loss(SPARSE_CATEGORICAL_CROSS_ENTROPY)
    interface SparseSoftmaxA {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 3, activation = SOFTMAX)
    @Loss(SPARSE_CATEGORICAL_CROSS_ENTROPY)
    interface SparseSoftmaxB {}

    @SuppressWarnings("autonet.vanishing-gradient")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 1, activation = LINEAR)
    @Loss(HINGE)
    interface HingeLinearA {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 1, activation = LINEAR)
    @Loss(HINGE)
    interface HingeLinearB {}

    @SuppressWarnings({"autonet.vanishing-gradient", "autonet.loss-activation"})
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 1, activation = TANH)
    @Loss(HINGE)
    interface HingeTanhA {}

    @SuppressWarnings("autonet.loss-activation")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 1, activation = TANH)
    @Loss(HINGE)
    interface HingeTanhB {}

    @SuppressWarnings("autonet.vanishing-gradient")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 2, activation = LINEAR)
    @Loss(MSE)
    interface MseLinearA {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 2, activation = LINEAR)
    @Loss(MSE)
    interface MseLinearB {}

    @SuppressWarnings("autonet.vanishing-gradient")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 2, activation = LINEAR)
    @Loss(MAE)
    interface MaeLinearA {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 2, activation = LINEAR)
    @Loss(MAE)
    interface MaeLinearB {}

    @SuppressWarnings("autonet.vanishing-gradient")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 2, activation = LINEAR)
    @Loss(value = HUBER, delta = 0.5)
    interface HuberLinearA {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 2, activation = LINEAR)
    @Loss(value = HUBER, delta = 0.5)
    interface HuberLinearB {}

    @SuppressWarnings("autonet.vanishing-gradient")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 2, activation = SIGMOID)
    @Loss(MSE)
    interface MseSigmoidA {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 2, activation = SIGMOID)
    @Loss(MSE)
    interface MseSigmoidB {}

    @SuppressWarnings("autonet.vanishing-gradient")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 2, activation = SIGMOID)
    @Loss(MAE)
    interface MaeSigmoidA {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 2, activation = SIGMOID)
    @Loss(MAE)
    interface MaeSigmoidB {}

    @SuppressWarnings("autonet.vanishing-gradient")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 2, activation = SIGMOID)
    @Loss(value = HUBER, delta = 0.5)
    interface HuberSigmoidA {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 2, activation = SIGMOID)
    @Loss(value = HUBER, delta = 0.5)
    interface HuberSigmoidB {}

    @SuppressWarnings("autonet.vanishing-gradient")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 2, activation = TANH)
    @Loss(MSE)
    interface MseTanhA {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 2, activation = TANH)
    @Loss(MSE)
    interface MseTanhB {}

    @SuppressWarnings("autonet.vanishing-gradient")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 2, activation = TANH)
    @Loss(MAE)
    interface MaeTanhA {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 2, activation = TANH)
    @Loss(MAE)
    interface MaeTanhB {}

    @SuppressWarnings("autonet.vanishing-gradient")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 2, activation = TANH)
    @Loss(value = HUBER, delta = 0.5)
    interface HuberTanhA {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 2, activation = TANH)
    @Loss(value = HUBER, delta = 0.5)
    interface HuberTanhB {}

    @SuppressWarnings("autonet.vanishing-gradient")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 2, activation = SOFTPLUS)
    @Loss(MSE)
    interface MseSoftplusA {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 2, activation = SOFTPLUS)
    @Loss(MSE)
    interface MseSoftplusB {}

    @SuppressWarnings("autonet.vanishing-gradient")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 2, activation = SOFTPLUS)
    @Loss(MAE)
    interface MaeSoftplusA {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 2, activation = SOFTPLUS)
    @Loss(MAE)
    interface MaeSoftplusB {}

    @SuppressWarnings("autonet.vanishing-gradient")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 2, activation = SOFTPLUS)
    @Loss(value = HUBER, delta = 0.5)
    interface HuberSoftplusA {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 2, activation = SOFTPLUS)
    @Loss(value = HUBER, delta = 0.5)
    interface HuberSoftplusB {}

    @SuppressWarnings({"autonet.vanishing-gradient", "autonet.loss-activation"})
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 2, activation = RELU)
    @Loss(MSE)
    interface MseReluA {}

    @SuppressWarnings("autonet.loss-activation")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 2, activation = RELU)
    @Loss(MSE)
    interface MseReluB {}

    @SuppressWarnings({"autonet.vanishing-gradient", "autonet.loss-activation"})
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 2, activation = LEAKY_RELU, alpha = 0.2)
    @Loss(MSE)
    interface MseLeakyReluA {}

    @SuppressWarnings("autonet.loss-activation")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 2, activation = LEAKY_RELU, alpha = 0.2)
    @Loss(MSE)
    interface MseLeakyReluB {}

    @SuppressWarnings({"autonet.vanishing-gradient", "autonet.loss-activation"})
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 2, activation = PRELU, alpha = 0.3)
    @Loss(MSE)
    interface MsePreluA {}

    @SuppressWarnings("autonet.loss-activation")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 2, activation = PRELU, alpha = 0.3)
    @Loss(MSE)
    interface MsePreluB {}

    @SuppressWarnings({"autonet.vanishing-gradient", "autonet.loss-activation"})
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 2, activation = ELU, alpha = 0.5)
    @Loss(MSE)
    interface MseEluA {}

    @SuppressWarnings("autonet.loss-activation")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 2, activation = ELU, alpha = 0.5)
    @Loss(MSE)
    interface MseEluB {}

    @SuppressWarnings({"autonet.vanishing-gradient", "autonet.loss-activation"})
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 2, activation = SWISH)
    @Loss(MSE)
    interface MseSwishA {}

    @SuppressWarnings("autonet.loss-activation")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 2, activation = SWISH)
    @Loss(MSE)
    interface MseSwishB {}

    @SuppressWarnings({"autonet.vanishing-gradient", "autonet.loss-activation"})
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 2, activation = GELU)
    @Loss(MSE)
    interface MseGeluA {}

    @SuppressWarnings("autonet.loss-activation")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 2, activation = GELU)
    @Loss(MSE)
    interface MseGeluB {}

    @SuppressWarnings({"autonet.vanishing-gradient", "autonet.loss-activation"})
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 4, activation = RELU)
    @Dense(units = 4, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 4, activation = PRELU, alpha = 0.2)
    @Dense(units = 3, activation = SOFTMAX)
    @Loss(MSE)
    interface MseSoftmaxA {}

    @SuppressWarnings("autonet.loss-activation")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 3, activation = SOFTMAX)
    @Loss(MSE)
    interface MseSoftmaxB {}
}
