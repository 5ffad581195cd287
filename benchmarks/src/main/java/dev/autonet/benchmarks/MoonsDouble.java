package dev.autonet.benchmarks;

import static dev.autonet.Activation.RELU;
import static dev.autonet.Activation.SIGMOID;
import static dev.autonet.LossFunction.BCE;

import dev.autonet.Dense;
import dev.autonet.Loss;
import dev.autonet.Network;
import dev.autonet.Precision;
import dev.autonet.runtime.BinaryClassifier;

/** {@link Moons} in DOUBLE. */
@Network(inputs = 2, precision = Precision.DOUBLE)
@Dense(units = 32, activation = RELU)
@Dense(units = 16, activation = RELU)
@Dense(units = 8, activation = RELU)
@Dense(units = 1, activation = SIGMOID)
@Loss(BCE)
public interface MoonsDouble extends BinaryClassifier {}
