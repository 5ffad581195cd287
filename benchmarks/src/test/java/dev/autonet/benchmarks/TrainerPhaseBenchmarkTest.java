package dev.autonet.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@link TrainerPhaseBenchmark} reaches the generated trainer's private kernels by name, so a renamed or
 * reshaped kernel would only show when the benchmark runs; this catches it in the build, and checks the
 * handles reach the right kernels: after the setup's {@code lossAndGradient}, {@code backward} alone and the
 * four weight-gradient kernels alone, each into a zeroed gradient, give that call's gradient bit for bit.
 */
class TrainerPhaseBenchmarkTest {
    @Test
    void phasesReproduceTheWholeStepsGradient() throws Throwable {
        TrainerPhaseBenchmark benchmark = new TrainerPhaseBenchmark();
        benchmark.setUp();
        float[] gradient = benchmark.weightGradients(); // the benchmark's own gradient array
        benchmark.lossAndGradient(); // sets it to the step's gradient
        float[] expected = gradient.clone();
        assertTrue(norm(expected) > 0, "the step's gradient is zero");

        Arrays.fill(gradient, 0);
        assertArrayEquals(expected, benchmark.backward(), "backward alone");
        Arrays.fill(gradient, 0);
        assertArrayEquals(expected, benchmark.weightGradients(), "the weight-gradient kernels alone");
        benchmark.forward();
        assertTrue(benchmark.applyStep(), "a step of 1e-6 keeps every weight finite");
    }

    private static double norm(float[] values) {
        double sum = 0;
        for (float value : values) {
            sum += (double) value * value;
        }
        return Math.sqrt(sum);
    }
}
