package dev.autonet.runtime.optim;

import static dev.autonet.runtime.optim.Optimizers.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every optimizer promises: determinism, length and precision checks, and a reset that starts over. */
class OptimizerContractTest {
    private static final int LENGTH = 37;
    private static final int STEPS = 200;

    static List<Arguments> optimizers() {
        return Optimizers.arguments();
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void sameInputsGiveBitIdenticalWeights(Supplier<Optimizer> factory) {
        // Without a delta, assertArrayEquals compares bit patterns (it tells 0.0 from -0.0).
        assertArrayEquals(trainFloat(factory.get(), 42), trainFloat(factory.get(), 42));
        assertArrayEquals(trainDouble(factory.get(), 42), trainDouble(factory.get(), 42));
        assertFalse(Arrays.equals(trainDouble(factory.get(), 42), trainDouble(factory.get(), 43)),
                "a different seed should give different weights, or the test proves nothing");
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void resetBehavesAsANewOptimizer(Supplier<Optimizer> factory) {
        Optimizer reused = factory.get();
        trainFloat(reused, 7);
        reused.reset();
        assertArrayEquals(trainDouble(factory.get(), 42), trainDouble(reused, 42));
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void rejectsMismatchedLengths(Supplier<Optimizer> factory) {
        Optimizer optimizer = factory.get();
        assertMessage("parameters and gradient must have the same length, but were 3 and 2",
                () -> optimizer.step(new double[3], new double[2]));
        optimizer.step(new double[3], new double[3]);
        assertMessage("this optimizer's state was sized for 3 parameters at its first step, but parameters has"
                + " length 4; call reset() to start over with another array",
                () -> optimizer.step(new double[4], new double[4]));
        assertMessage("this optimizer was first stepped with double[] arrays, but got float[]; call reset() to"
                + " switch precision", () -> optimizer.step(new float[3], new float[3]));
        optimizer.reset();
        optimizer.step(new float[4], new float[4]); // a new length and precision are fine after reset()
    }

    /** {@value STEPS} steps from a seeded start on seeded gradients, one epoch per 20 steps. */
    static double[] trainDouble(Optimizer optimizer, long seed) {
        Random random = new Random(seed);
        double[] parameters = new double[LENGTH];
        double[] gradient = new double[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            parameters[i] = random.nextGaussian();
        }
        for (int step = 0; step < STEPS; step++) {
            if (step % 20 == 0) {
                optimizer.setEpoch(step / 20);
            }
            for (int i = 0; i < LENGTH; i++) {
                gradient[i] = parameters[i] + random.nextGaussian();
            }
            optimizer.step(parameters, gradient);
        }
        return parameters;
    }

    /** As {@link #trainDouble}, in float. */
    static float[] trainFloat(Optimizer optimizer, long seed) {
        Random random = new Random(seed);
        float[] parameters = new float[LENGTH];
        float[] gradient = new float[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            parameters[i] = (float) random.nextGaussian();
        }
        for (int step = 0; step < STEPS; step++) {
            if (step % 20 == 0) {
                optimizer.setEpoch(step / 20);
            }
            for (int i = 0; i < LENGTH; i++) {
                gradient[i] = parameters[i] + (float) random.nextGaussian();
            }
            optimizer.step(parameters, gradient);
        }
        return parameters;
    }
}
