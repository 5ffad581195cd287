package dev.autonet.processor.frozen;

import static dev.autonet.Activation.LINEAR;
import static dev.autonet.Activation.STEP;

import dev.autonet.Dense;
import dev.autonet.Network;

/** STEP on its own: in a longer chain it would hide every layer before it. */
@Network(inputs = 1, weights = "frozen/step-probe.autonet")
@Dense(units = 6, activation = STEP)
@Dense(units = 1, activation = LINEAR)
public interface FrozenStepProbe {}
