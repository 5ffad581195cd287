package dev.autonet.runtime.optim;

import java.util.Objects;

/**
 * The hyper-parameters every optimizer has, each already validated, plus the checks that name a rejected
 * parameter and its value. {@code clipNorm == 0} means no clipping (a user can never set 0).
 */
record Hyperparameters(double learningRate, double weightDecay, double clipNorm, LearningRateSchedule schedule) {

    static Hyperparameters of(double learningRate, double weightDecay) {
        return new Hyperparameters(
                positive("learningRate", learningRate),
                nonNegative("weightDecay", weightDecay),
                0,
                LearningRateSchedule.constant());
    }

    Hyperparameters withWeightDecay(double value) {
        return new Hyperparameters(learningRate, nonNegative("weightDecay", value), clipNorm, schedule);
    }

    Hyperparameters withClipNorm(double value) {
        return new Hyperparameters(learningRate, weightDecay, positive("clipNorm", value), schedule);
    }

    Hyperparameters withSchedule(LearningRateSchedule value) {
        return new Hyperparameters(learningRate, weightDecay, clipNorm, Objects.requireNonNull(value, "schedule"));
    }

    boolean clipping() {
        return clipNorm > 0;
    }

    /** The shared part of an optimizer's {@code toString()}. */
    String describe() {
        return "learningRate=" + learningRate
                + ", weightDecay=" + weightDecay
                + ", clipNorm=" + (clipping() ? String.valueOf(clipNorm) : "none")
                + ", schedule=" + schedule;
    }

    /** Returns {@code value} if it is finite and {@code > 0}, else throws naming the parameter. */
    static double positive(String name, double value) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, but was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is finite and {@code >= 0}, else throws naming the parameter. */
    static double nonNegative(String name, double value) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, but was " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is in {@code [0, 1)}, else throws naming the parameter. */
    static double unitInterval(String name, double value) {
        // Written as a negation so that NaN is rejected too.
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), but was " + value);
        }
        return value;
    }
}
