package dev.autonet.processor.batched;

import static dev.autonet.Activation.PRELU;
import static dev.autonet.Activation.SOFTMAX;

import dev.autonet.Dense;
import dev.autonet.Network;
import dev.autonet.Precision;

/**
 * Widths that are not multiples of the batched code's unit block of 4, in both precisions: a looped PReLU
 * layer of 45 units (585 weights) and an unrolled SOFTMAX output of 7, so every tile method runs both its
 * blocked loop and its one-unit remainder.
 */
public final class Odd {
    private Odd() {}

    @Network(inputs = 13)
    @Dense(units = 45, activation = PRELU, alpha = 0.1)
    @Dense(units = 7, activation = SOFTMAX)
    public interface OddFloat {}

    @Network(inputs = 13, precision = Precision.DOUBLE)
    @Dense(units = 45, activation = PRELU, alpha = 0.1)
    @Dense(units = 7, activation = SOFTMAX)
    public interface OddDouble {}
}
