package dev.autonet.processor.good;

import static dev.autonet.Activation.TANH;

import dev.autonet.Dense;
import dev.autonet.Network;

/** Holds a nested declaration, whose model is named {@code Outer_InnerModel}. */
public final class Outer {
    private Outer() {}

    /** 3 inputs, 4 TANH units, 2 LINEAR outputs. */
    @Network(inputs = 3)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 2)
    public interface Inner {}
}
