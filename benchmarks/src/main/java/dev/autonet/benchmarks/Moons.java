package dev.autonet.benchmarks;

import static dev.autonet.Activation.RELU;
import static dev.autonet.Activation.SIGMOID;
import static dev.autonet.LossFunction.BCE;

import dev.autonet.Dense;
import dev.autonet.Loss;
import dev.autonet.Network;
import dev.autonet.runtime.BinaryClassifier;

/** The moons classifier of the targets: 2 → 32 → 16 → 8 → 1, ReLU then sigmoid, BCE; FLOAT. */
@Network(inputs = 2)
@Dense(units = 32, activation = RELU)
@Dense(units = 16, activation = RELU)
@Dense(units = 8, activation = RELU)
@Dense(units = 1, activation = SIGMOID)
@Loss(BCE)
public interface Moons extends BinaryClassifier {}
