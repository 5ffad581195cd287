package dev.autonet.processor.good;

import static dev.autonet.Activation.PRELU;
import static dev.autonet.Activation.SIGMOID;
import static dev.autonet.LossFunction.BCE;

import dev.autonet.Dense;
import dev.autonet.Loss;
import dev.autonet.Network;
import dev.autonet.runtime.BinaryClassifier;

/** The network whose generated model is kept as a golden file: small enough to read in one sitting. */
@Network(inputs = 2)
@Dense(units = 3, activation = PRELU, alpha = 0.2)
@Dense(units = 1, activation = SIGMOID)
@Loss(BCE)
public interface Tiny extends BinaryClassifier {}
