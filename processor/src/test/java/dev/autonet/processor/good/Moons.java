package dev.autonet.processor.good;

import static dev.autonet.Activation.RELU;
import static dev.autonet.Activation.SIGMOID;
import static dev.autonet.LossFunction.BCE;

import dev.autonet.Dense;
import dev.autonet.Loss;
import dev.autonet.Network;
import dev.autonet.runtime.BinaryClassifier;

/** The two-moons classifier of DESIGN.md: four small layers, every one unrolled (64, 512, 128, 8 weights). */
@Network(inputs = 2)
@Dense(units = 32, activation = RELU)
@Dense(units = 16, activation = RELU)
@Dense(units = 8, activation = RELU)
@Dense(units = 1, activation = SIGMOID)
@Loss(BCE)
public interface Moons extends BinaryClassifier {}
