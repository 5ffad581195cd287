package dev.autonet.benchmarks;

import static dev.autonet.Activation.RELU;
import static dev.autonet.Activation.SOFTMAX;
import static dev.autonet.LossFunction.CATEGORICAL_CROSS_ENTROPY;

import dev.autonet.Backend;
import dev.autonet.Dense;
import dev.autonet.Loss;
import dev.autonet.Network;
import dev.autonet.runtime.MultiClassifier;

/** {@link Mnist} with {@code backend = VECTOR}. */
@Network(inputs = 784, backend = Backend.VECTOR)
@Dense(units = 256, activation = RELU)
@Dense(units = 128, activation = RELU)
@Dense(units = 10, activation = SOFTMAX)
@Loss(CATEGORICAL_CROSS_ENTROPY)
public interface MnistVector extends MultiClassifier {}
