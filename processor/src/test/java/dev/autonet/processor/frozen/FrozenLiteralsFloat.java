package dev.autonet.processor.frozen;

import static dev.autonet.Activation.LINEAR;

import dev.autonet.Dense;
import dev.autonet.Network;
import dev.autonet.Precision;

/** One LINEAR layer whose weights are hard-to-print FLOAT values: each readable from a one-hot input. */
@Network(inputs = 8, precision = Precision.FLOAT, weights = "frozen/literals-float.autonet")
@Dense(units = 16, activation = LINEAR)
public interface FrozenLiteralsFloat {}
