package dev.autonet.benchmarks;

import static dev.autonet.Activation.RELU;
import static dev.autonet.Activation.SIGMOID;
import static dev.autonet.LossFunction.BCE;

import dev.autonet.Backend;
import dev.autonet.Dense;
import dev.autonet.Loss;
import dev.autonet.Network;
import dev.autonet.runtime.BinaryClassifier;

/** {@link Moons} with {@code backend = VECTOR}: the same network and weights, predictions on the Vector API. */
@Network(inputs = 2, backend = Backend.VECTOR)
@Dense(units = 32, activation = RELU)
@Dense(units = 16, activation = RELU)
@Dense(units = 8, activation = RELU)
@Dense(units = 1, activation = SIGMOID)
@Loss(BCE)
public interface MoonsVector extends BinaryClassifier {}
