package dev.autonet.runtime.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** AdamW against steps computed by hand; tolerances 1e-12 for double arrays and 1e-6 for float arrays. */
class AdamWTest {
    private static final double DOUBLE_TOLERANCE = 1e-12;
    private static final float FLOAT_TOLERANCE = 1e-6f;

    @Test
    void decoupledDecayOverTwoSteps() {
        // η = 0.1, λ = 0.5, so each step first scales θ by 1 − η·λ = 0.95; the Adam part never sees λ, so its
        // Δ are those derived in AdamTest: step 1 [0.0999999980000000400, 0.0999999960000001600],
        // step 2 [−0.0052631577894736…, 0.0999999960000001600].
        // 1: θ = 0.95·[1, −2] − Δ1 = [0.8500000019999999600, −1.9999999960000001600]
        // 2: θ = 0.95·θ − Δ2
        //      = [0.8075000018999999620 + 0.0052631577894736…, −1.8999999962000001520 − 0.0999999960…]
        //      = [0.8127631596894736483, −1.9999999922000003120]
        AdamW adamW = AdamW.learningRate(0.1).weightDecay(0.5);
        double[] theta = {1, -2};
        adamW.step(theta, new double[] {0.5, 0.25});
        assertArrayEquals(new double[] {0.8500000019999999600, -1.9999999960000001600}, theta, DOUBLE_TOLERANCE);
        adamW.step(theta, new double[] {-0.5, 0.25});
        assertArrayEquals(new double[] {0.8127631596894736483, -1.9999999922000003120}, theta, DOUBLE_TOLERANCE);
    }

    @Test
    void decoupledDecayOverTwoStepsInFloat() {
        AdamW adamW = AdamW.learningRate(0.1).weightDecay(0.5);
        float[] theta = {1, -2};
        adamW.step(theta, new float[] {0.5f, 0.25f});
        adamW.step(theta, new float[] {-0.5f, 0.25f});
        assertArrayEquals(new float[] {0.81276316f, -1.999999992f}, theta, FLOAT_TOLERANCE);
    }

    @Test
    void defaultDecayShrinksParametersEvenWithoutGradient() {
        // Defaults η = 1e-3, λ = 0.01: with g = 0 the Adam part is 0/(0 + ε) = 0,
        // and θ = 2·(1 − 1e-5) = 1.99998.
        double[] theta = {2};
        AdamW.defaults().step(theta, new double[] {0});
        assertEquals(1.99998, theta[0], DOUBLE_TOLERANCE);
        assertEquals("AdamW(learningRate=0.001, weightDecay=0.01, clipNorm=none, schedule=Constant,"
                + " betas=(0.9, 0.999), epsilon=1.0E-8)", AdamW.defaults().toString());
    }

    @Test
    void withoutDecayIsBitForBitAdam() {
        double[] adamTheta = {1, -2, 0.5};
        double[] adamWTheta = adamTheta.clone();
        Adam adam = Adam.learningRate(0.01);
        AdamW adamW = AdamW.learningRate(0.01).weightDecay(0);
        for (int step = 0; step < 50; step++) {
            double[] gradient = {Math.sin(step), Math.cos(step), 0.1 * step};
            adam.step(adamTheta, gradient);
            adamW.step(adamWTheta, gradient);
        }
        assertArrayEquals(adamTheta, adamWTheta); // bit for bit
    }
}
