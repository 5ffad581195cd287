package dev.autonet.runtime.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.provider.Arguments;

/** Test helpers: a fresh optimizer of each kind, with the options the tests sweep over; error checks. */
final class Optimizers {
    private Optimizers() {}

    static List<Supplier<Optimizer>> all() {
        return List.of(
                () -> Sgd.learningRate(0.05),
                () -> Sgd.learningRate(0.05).momentum(0.9),
                () -> Sgd.learningRate(0.05).momentum(0.9).nesterov().weightDecay(1e-4).clipNorm(1),
                () -> Adam.learningRate(0.05).weightDecay(1e-4).schedule(LearningRateSchedule.cosine(50, 1e-4)),
                () -> AdamW.learningRate(0.05).clipNorm(1).schedule(LearningRateSchedule.stepDecay(10, 0.5)));
    }

    /** {@link #all()} as JUnit arguments, each named by its optimizer's {@code toString()}. */
    static List<Arguments> arguments() {
        return all().stream()
                .map(factory -> Arguments.of(Named.of(factory.get().toString(), factory)))
                .toList();
    }

    /** Asserts that {@code executable} throws IllegalArgumentException with exactly {@code expected}. */
    static void assertMessage(String expected, Executable executable) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, executable).getMessage());
    }
}
