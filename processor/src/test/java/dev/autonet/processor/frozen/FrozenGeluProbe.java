package dev.autonet.processor.frozen;

import static dev.autonet.Activation.GELU;
import static dev.autonet.Activation.LINEAR;

import dev.autonet.Dense;
import dev.autonet.Network;
import dev.autonet.Precision;

/** gelu(x) itself (W = 1, b = 0 throughout), to compare the frozen class's copy of erfc with the runtime's. */
@Network(inputs = 1, precision = Precision.DOUBLE, weights = "frozen/gelu-probe.autonet")
@Dense(units = 1, activation = GELU)
@Dense(units = 1, activation = LINEAR)
public interface FrozenGeluProbe {}
