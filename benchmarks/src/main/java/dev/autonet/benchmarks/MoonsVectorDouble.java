package dev.autonet.benchmarks;

import static dev.autonet.Activation.RELU;
import static dev.autonet.Activation.SIGMOID;
import static dev.autonet.LossFunction.BCE;

import dev.autonet.Backend;
import dev.autonet.Dense;
import dev.autonet.Loss;
import dev.autonet.Network;
import dev.autonet.Precision;
import dev.autonet.runtime.BinaryClassifier;

/** {@link MoonsDouble} with {@code backend = VECTOR}. */
@Network(inputs = 2, precision = Precision.DOUBLE, backend = Backend.VECTOR)
@Dense(units = 32, activation = RELU)
@Dense(units = 16, activation = RELU)
@Dense(units = 8, activation = RELU)
@Dense(units = 1, activation = SIGMOID)
@Loss(BCE)
public interface MoonsVectorDouble extends BinaryClassifier {}
