package dev.autonet.processor.onnx;

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
 * Networks that the ONNX tests export, compiled by the AutoNet processor like a user's. One per
 * activation and precision, with the activation in both hidden layers and the output layer (4 -> 6 -> 5 -> 3;
 * two different alphas where the activation has one); SOFTMAX, allowed only at the output, after TANH and
 * GELU; every activation in one chain, small (unrolled) and wide (looped); and a single LINEAR layer.
 * Inference-only, as STEP cannot be trained. Layers called "input" and "output" check that initializer and
 * value names cannot collide with the graph's input and output.
 */
final class OnnxNetworks {
    private OnnxNetworks() {}

    @Network(inputs = 4, precision = Precision.FLOAT)
    @Dense(units = 6, activation = STEP)
    @Dense(units = 5, activation = STEP)
    @Dense(units = 3, activation = STEP)
    interface StepFloat {}

    @Network(inputs = 4, precision = Precision.DOUBLE)
    @Dense(units = 6, activation = STEP)
    @Dense(units = 5, activation = STEP)
    @Dense(units = 3, activation = STEP)
    interface StepDouble {}

    @Network(inputs = 4, precision = Precision.FLOAT)
    @Dense(units = 6, activation = SIGMOID)
    @Dense(units = 5, activation = SIGMOID)
    @Dense(units = 3, activation = SIGMOID)
    interface SigmoidFloat {}

    @Network(inputs = 4, precision = Precision.DOUBLE)
    @Dense(units = 6, activation = SIGMOID)
    @Dense(units = 5, activation = SIGMOID)
    @Dense(units = 3, activation = SIGMOID)
    interface SigmoidDouble {}

    @Network(inputs = 4, precision = Precision.FLOAT)
    @Dense(units = 6, activation = TANH)
    @Dense(units = 5, activation = TANH)
    @Dense(units = 3, activation = TANH)
    interface TanhFloat {}

    @Network(inputs = 4, precision = Precision.DOUBLE)
    @Dense(units = 6, activation = TANH)
    @Dense(units = 5, activation = TANH)
    @Dense(units = 3, activation = TANH)
    interface TanhDouble {}

    @Network(inputs = 4, precision = Precision.FLOAT)
    @Dense(units = 6, activation = RELU)
    @Dense(units = 5, activation = RELU)
    @Dense(units = 3, activation = RELU)
    interface ReluFloat {}

    @Network(inputs = 4, precision = Precision.DOUBLE)
    @Dense(units = 6, activation = RELU)
    @Dense(units = 5, activation = RELU)
    @Dense(units = 3, activation = RELU)
    interface ReluDouble {}

    @Network(inputs = 4, precision = Precision.FLOAT)
    @Dense(units = 6, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 5, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 3, activation = LEAKY_RELU, alpha = 0.3)
    interface LeakyReluFloat {}

    @Network(inputs = 4, precision = Precision.DOUBLE)
    @Dense(units = 6, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 5, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 3, activation = LEAKY_RELU, alpha = 0.3)
    interface LeakyReluDouble {}

    @Network(inputs = 4, precision = Precision.FLOAT)
    @Dense(units = 6, activation = PRELU, alpha = 0.25)
    @Dense(units = 5, activation = PRELU)
    @Dense(units = 3, activation = PRELU, alpha = 0.1)
    interface PreluFloat {}

    @Network(inputs = 4, precision = Precision.DOUBLE)
    @Dense(units = 6, activation = PRELU, alpha = 0.25)
    @Dense(units = 5, activation = PRELU)
    @Dense(units = 3, activation = PRELU, alpha = 0.1)
    interface PreluDouble {}

    @Network(inputs = 4, precision = Precision.FLOAT)
    @Dense(units = 6, activation = ELU, alpha = 0.7)
    @Dense(units = 5, activation = ELU, alpha = 0.7)
    @Dense(units = 3, activation = ELU, alpha = 1.5)
    interface EluFloat {}

    @Network(inputs = 4, precision = Precision.DOUBLE)
    @Dense(units = 6, activation = ELU, alpha = 0.7)
    @Dense(units = 5, activation = ELU, alpha = 0.7)
    @Dense(units = 3, activation = ELU, alpha = 1.5)
    interface EluDouble {}

    @Network(inputs = 4, precision = Precision.FLOAT)
    @Dense(units = 6, activation = SWISH)
    @Dense(units = 5, activation = SWISH)
    @Dense(units = 3, activation = SWISH)
    interface SwishFloat {}

    @Network(inputs = 4, precision = Precision.DOUBLE)
    @Dense(units = 6, activation = SWISH)
    @Dense(units = 5, activation = SWISH)
    @Dense(units = 3, activation = SWISH)
    interface SwishDouble {}

    @Network(inputs = 4, precision = Precision.FLOAT)
    @Dense(units = 6, activation = GELU)
    @Dense(units = 5, activation = GELU)
    @Dense(units = 3, activation = GELU)
    interface GeluFloat {}

    @Network(inputs = 4, precision = Precision.DOUBLE)
    @Dense(units = 6, activation = GELU)
    @Dense(units = 5, activation = GELU)
    @Dense(units = 3, activation = GELU)
    interface GeluDouble {}

    @Network(inputs = 4, precision = Precision.FLOAT)
    @Dense(units = 6, activation = SOFTPLUS)
    @Dense(units = 5, activation = SOFTPLUS)
    @Dense(units = 3, activation = SOFTPLUS)
    interface SoftplusFloat {}

    @Network(inputs = 4, precision = Precision.DOUBLE)
    @Dense(units = 6, activation = SOFTPLUS)
    @Dense(units = 5, activation = SOFTPLUS)
    @Dense(units = 3, activation = SOFTPLUS)
    interface SoftplusDouble {}

    @Network(inputs = 4, precision = Precision.FLOAT)
    @Dense(units = 6, activation = LINEAR)
    @Dense(units = 5, activation = LINEAR)
    @Dense(units = 3, activation = LINEAR)
    interface LinearFloat {}

    @Network(inputs = 4, precision = Precision.DOUBLE)
    @Dense(units = 6, activation = LINEAR)
    @Dense(units = 5, activation = LINEAR)
    @Dense(units = 3, activation = LINEAR)
    interface LinearDouble {}

    @Network(inputs = 4, precision = Precision.FLOAT)
    @Dense(units = 6, activation = TANH)
    @Dense(units = 5, activation = GELU)
    @Dense(units = 3, activation = SOFTMAX)
    interface SoftmaxFloat {}

    @Network(inputs = 4, precision = Precision.DOUBLE)
    @Dense(units = 6, activation = TANH)
    @Dense(units = 5, activation = GELU)
    @Dense(units = 3, activation = SOFTMAX)
    interface SoftmaxDouble {}

    /** Every activation once, input side to output, small enough to be unrolled. */
    @Network(inputs = 3, precision = Precision.FLOAT)
    @Dense(units = 4, activation = STEP, name = "input")
    @Dense(units = 5, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 6, activation = RELU, name = "output")
    @Dense(units = 5, activation = LEAKY_RELU, alpha = 0.2)
    @Dense(units = 4, activation = PRELU, alpha = 0.3)
    @Dense(units = 5, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 5, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 3, activation = LINEAR)
    @Dense(units = 3, activation = SOFTMAX)
    interface ChainFloat {}

    /** Every activation once, input side to output, small enough to be unrolled. */
    @Network(inputs = 3, precision = Precision.DOUBLE)
    @Dense(units = 4, activation = STEP, name = "input")
    @Dense(units = 5, activation = SIGMOID)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 6, activation = RELU, name = "output")
    @Dense(units = 5, activation = LEAKY_RELU, alpha = 0.2)
    @Dense(units = 4, activation = PRELU, alpha = 0.3)
    @Dense(units = 5, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 5, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 3, activation = LINEAR)
    @Dense(units = 3, activation = SOFTMAX)
    interface ChainDouble {}

    /** Every activation once with 24 x 24 = 576 weights per layer, above the unroll limit: looped code. */
    @Network(inputs = 24, precision = Precision.FLOAT)
    @Dense(units = 24, activation = STEP)
    @Dense(units = 24, activation = SIGMOID)
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
    interface LoopedFloat {}

    /** Every activation once with 24 x 24 = 576 weights per layer, above the unroll limit: looped code. */
    @Network(inputs = 24, precision = Precision.DOUBLE)
    @Dense(units = 24, activation = STEP)
    @Dense(units = 24, activation = SIGMOID)
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
    interface LoopedDouble {}

    /** The smallest graph: one Gemm that writes "output" itself. */
    @Network(inputs = 3)
    @Dense(units = 2, name = "output")
    interface SingleLinear {}
}
