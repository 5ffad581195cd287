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
 * The networks of tools/torch_reference.py, declared exactly as the script builds them (same names,
 * layers, alphas, losses and deltas), in DOUBLE: {@link TorchReferenceTest} checks their generated
 * trainers against the vectors PyTorch wrote.
 */
final class TorchNetworks {
    private TorchNetworks() {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 5, activation = RELU)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 1, activation = SIGMOID)
    @Loss(BCE)
    interface BceNet {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 3, activation = SIGMOID)
    @Loss(BCE)
    interface MultiLabelNet {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 6, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 5, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SOFTMAX)
    @Loss(CATEGORICAL_CROSS_ENTROPY)
    interface CategoricalNet {}

    @Network(inputs = 4, precision = DOUBLE)
    @Dense(units = 5, activation = GELU)
    @Dense(units = 3, activation = SOFTMAX)
    @Loss(SPARSE_CATEGORICAL_CROSS_ENTROPY)
    interface SparseNet {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 2, activation = LINEAR)
    @Loss(MSE)
    interface MseNet {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 5, activation = PRELU, alpha = 0.2)
    @Dense(units = 2, activation = LINEAR)
    @Loss(MAE)
    interface MaeNet {}

    @SuppressWarnings("autonet.vanishing-gradient")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = SIGMOID)
    @Dense(units = 2, activation = LINEAR)
    @Loss(value = HUBER, delta = 0.5)
    interface HuberNet {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 1, activation = LINEAR)
    @Loss(HINGE)
    interface HingeNet {}

    @Network(inputs = 2, precision = DOUBLE)
    @Dense(units = 3, activation = RELU)
    @Dense(units = 2, activation = TANH)
    @Loss(MSE)
    interface TanhOutputNet {}

    @Network(inputs = 2, precision = DOUBLE)
    @Dense(units = 3, activation = ELU)
    @Dense(units = 2, activation = SIGMOID)
    @Loss(MSE)
    interface SigmoidRegressionNet {}

    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = GELU)
    @Dense(units = 2, activation = SOFTPLUS)
    @Loss(MAE)
    interface SoftplusOutputNet {}

    @SuppressWarnings("autonet.loss-activation")
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 4, activation = PRELU)
    @Dense(units = 3, activation = LEAKY_RELU)
    @Loss(value = HUBER, delta = 1.0)
    interface ReluFamilyOutputNet {}

    @SuppressWarnings("autonet.loss-activation")
    @Network(inputs = 2, precision = DOUBLE)
    @Dense(units = 3, activation = LINEAR)
    @Dense(units = 3, activation = SWISH)
    @Dense(units = 2, activation = GELU)
    @Loss(MSE)
    interface SwishGeluOutputNet {}

    @SuppressWarnings("autonet.loss-activation")
    @Network(inputs = 2, precision = DOUBLE)
    @Dense(units = 3, activation = SOFTPLUS)
    @Dense(units = 2, activation = ELU, alpha = 0.5)
    @Loss(MSE)
    interface EluOutputNet {}
}
