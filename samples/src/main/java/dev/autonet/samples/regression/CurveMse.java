package dev.autonet.samples.regression;

import static dev.autonet.Activation.LINEAR;
import static dev.autonet.Activation.TANH;
import static dev.autonet.LossFunction.MSE;

import dev.autonet.Dense;
import dev.autonet.Loss;
import dev.autonet.Network;
import dev.autonet.runtime.Regressor;

/**
 * The curve behind noisy samples with outliers, learned with the mean squared error: 1 → 32 → 16 → 1, tanh then
 * linear.
 */
@Network(inputs = 1)
@Dense(units = 32, activation = TANH)
@Dense(units = 16, activation = TANH)
@Dense(units = 1, activation = LINEAR)
@Loss(MSE)
public interface CurveMse extends Regressor {}
