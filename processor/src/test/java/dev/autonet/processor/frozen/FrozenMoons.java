package dev.autonet.processor.frozen;

import static dev.autonet.Activation.RELU;
import static dev.autonet.Activation.SIGMOID;
import static dev.autonet.LossFunction.BCE;

import dev.autonet.Dense;
import dev.autonet.Loss;
import dev.autonet.Network;
import dev.autonet.runtime.BinaryClassifier;

/** The moons network with a trained parameter file: every layer literal (64, 512, 128, 8 weights). */
@Network(inputs = 2, weights = "frozen/moons.autonet")
@Dense(units = 32, activation = RELU)
@Dense(units = 16, activation = RELU)
@Dense(units = 8, activation = RELU)
@Dense(units = 1, activation = SIGMOID)
@Loss(BCE)
public interface FrozenMoons extends BinaryClassifier {}
