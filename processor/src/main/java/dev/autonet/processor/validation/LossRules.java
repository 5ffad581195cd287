package dev.autonet.processor.validation;

import dev.autonet.LossFunction;
import dev.autonet.processor.spec.LossSpec;

/** Rules about {@code @Loss} on its own: a loss that can be trained, and a delta only where it means something. */
final class LossRules {
    private LossRules() {}

    /**
     * Adds an error if the loss is ZERO_ONE ({@code zero-one-loss}), on the loss value: it cannot be
     * trained, whatever the output layer, so no pairing error is added for it.
     */
    static void trainable(LossSpec loss, Findings findings) {
        if (loss.function().get() == LossFunction.ZERO_ONE) {
            findings.error(Message.ZERO_ONE_LOSS, loss.function().origin());
        }
    }

    /** Adds an error if HUBER's delta is not a finite number greater than 0 ({@code huber-delta}), on delta. */
    static void huberDeltaPositive(LossSpec loss, Findings findings) {
        double delta = loss.delta().get();
        if (loss.function().get() == LossFunction.HUBER && !(Double.isFinite(delta) && delta > 0)) {
            findings.error(Message.HUBER_DELTA, loss.delta().origin(), delta);
        }
    }

    /** Adds an error if delta is written on a loss other than HUBER ({@code delta-unused}), on delta. */
    static void deltaOnlyForHuber(LossSpec loss, Findings findings) {
        if (loss.function().get() != LossFunction.HUBER && loss.delta().explicit()) {
            findings.error(Message.DELTA_UNUSED, loss.delta().origin(), loss.delta().get(), loss.function().get());
        }
    }
}
