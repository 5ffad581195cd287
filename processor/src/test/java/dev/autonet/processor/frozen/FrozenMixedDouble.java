package dev.autonet.processor.frozen;

import static dev.autonet.Activation.ELU;
import static dev.autonet.Activation.GELU;
import static dev.autonet.Activation.LEAKY_RELU;
import static dev.autonet.Activation.LINEAR;
import static dev.autonet.Activation.PRELU;
import static dev.autonet.Activation.RELU;
import static dev.autonet.Activation.SIGMOID;
import static dev.autonet.Activation.SOFTPLUS;
import static dev.autonet.Activation.SWISH;
import static dev.autonet.Activation.TANH;

import dev.autonet.Dense;
import dev.autonet.Network;
import dev.autonet.Precision;

/** Every element-wise activation but STEP (see FrozenStepProbe) in DOUBLE, inference only; dense2 and dense3 looped, the rest literal. */
@Network(inputs = 3, precision = Precision.DOUBLE, weights = "frozen/mixed-double.autonet")
@Dense(units = 40, activation = GELU)
@Dense(units = 16, activation = PRELU)
@Dense(units = 40, activation = ELU, alpha = 0.5)
@Dense(units = 8, activation = SOFTPLUS)
@Dense(units = 8, activation = SWISH)
@Dense(units = 6, activation = TANH)
@Dense(units = 6, activation = LEAKY_RELU, alpha = 0.1)
@Dense(units = 4, activation = LINEAR)
@Dense(units = 4, activation = RELU)
@Dense(units = 3, activation = SIGMOID)
public interface FrozenMixedDouble {}
