package dev.autonet.samples.regression;

import static dev.autonet.Activation.LINEAR;
import static dev.autonet.Activation.TANH;
import static dev.autonet.LossFunction.HUBER;

import dev.autonet.Dense;
import dev.autonet.Loss;
import dev.autonet.Network;
import dev.autonet.runtime.Regressor;

/**
 * The curve behind noisy samples with outliers, learned with the Huber loss: 1 → 32 → 16 → 1, tanh then
 * linear.
 * Errors under {@code delta} are squared and larger ones count linearly.
 */
@Network(inputs = 1)
@Dense(units = 32, activation = TANH)
@Dense(units = 16, activation = TANH)
@Dense(units = 1, activation = LINEAR)
@Loss(value = HUBER, delta = 1.0)
public interface CurveHuber extends Regressor {}
