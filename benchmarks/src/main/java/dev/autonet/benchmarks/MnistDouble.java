package dev.autonet.benchmarks;

import static dev.autonet.Activation.RELU;
import static dev.autonet.Activation.SOFTMAX;
import static dev.autonet.LossFunction.CATEGORICAL_CROSS_ENTROPY;

import dev.autonet.Dense;
import dev.autonet.Loss;
import dev.autonet.Network;
import dev.autonet.Precision;
import dev.autonet.runtime.MultiClassifier;

/** {@link Mnist} in DOUBLE. */
@Network(inputs = 784, precision = Precision.DOUBLE)
@Dense(units = 256, activation = RELU)
@Dense(units = 128, activation = RELU)
@Dense(units = 10, activation = SOFTMAX)
@Loss(CATEGORICAL_CROSS_ENTROPY)
public interface MnistDouble extends MultiClassifier {}
