package dev.autonet.processor.io;

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
import static dev.autonet.Precision.DOUBLE;

import dev.autonet.Dense;
import dev.autonet.Network;

/**
 * The networks of tools/safetensors_reference.py, declared as the script builds them, each in the
 * precision of its file ({@code BinaryF32} is FLOAT, {@code PreluF64} DOUBLE, …); the {@code As…} twins
 * import the same files into the other precision, and the last two are near misses whose imports must
 * fail. Inference-only: import and export need no loss.
 */
final class TorchModels {
    private TorchModels() {}

    // Sequential(Linear(2, 8), ReLU(), Linear(8, 4), Tanh(), Linear(4, 1), Sigmoid())
    @Network(inputs = 2)
    @Dense(units = 8, activation = RELU)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 1, activation = SIGMOID)
    interface BinaryF32 {}

    @Network(inputs = 2, precision = DOUBLE)
    @Dense(units = 8, activation = RELU)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 1, activation = SIGMOID)
    interface BinaryAsDouble {}

    // Sequential(Linear(3, 6), LeakyReLU(0.1), Linear(6, 5), ELU(0.7), Linear(5, 4), Softmax(dim=-1))
    @Network(inputs = 3)
    @Dense(units = 6, activation = LEAKY_RELU, alpha = 0.1)
    @Dense(units = 5, activation = ELU, alpha = 0.7)
    @Dense(units = 4, activation = SOFTMAX)
    interface SoftmaxF32 {}

    // Sequential(Linear(3, 5), PReLU(), Linear(5, 4), SiLU(), Linear(4, 2))
    @Network(inputs = 3, precision = DOUBLE)
    @Dense(units = 5, activation = PRELU, alpha = 0.2)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 2, activation = LINEAR)
    interface PreluF64 {}

    @Network(inputs = 3)
    @Dense(units = 5, activation = PRELU, alpha = 0.2)
    @Dense(units = 4, activation = SWISH)
    @Dense(units = 2, activation = LINEAR)
    interface PreluAsFloat {}

    // Sequential(Linear(4, 3), Linear(3, 5), GELU(), Linear(5, 4), Softplus(), Linear(4, 2), Sigmoid())
    @Network(inputs = 4, precision = DOUBLE)
    @Dense(units = 3, activation = LINEAR)
    @Dense(units = 5, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 2, activation = SIGMOID)
    interface GeluF64 {}

    @Network(inputs = 4)
    @Dense(units = 3, activation = LINEAR)
    @Dense(units = 5, activation = GELU)
    @Dense(units = 4, activation = SOFTPLUS)
    @Dense(units = 2, activation = SIGMOID)
    interface GeluAsFloat {}

    // Sequential(Linear(20, 32), PReLU(), Linear(32, 10), Softmax(dim=-1)); 640 weights: a looped layer
    @Network(inputs = 20)
    @Dense(units = 32, activation = PRELU)
    @Dense(units = 10, activation = SOFTMAX)
    interface WideF32 {}

    // BinaryF32 with 9 units in the first layer: 0.weight is [8, 2] in the file, [9, 2] here
    @Network(inputs = 2)
    @Dense(units = 9, activation = RELU)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 1, activation = SIGMOID)
    interface BinaryWider {}

    // BinaryF32 without the Tanh module: the last Linear is module 3 here, 4 in the file
    @Network(inputs = 2)
    @Dense(units = 8, activation = RELU)
    @Dense(units = 4, activation = LINEAR)
    @Dense(units = 1, activation = SIGMOID)
    interface BinaryWithoutTanh {}
}
