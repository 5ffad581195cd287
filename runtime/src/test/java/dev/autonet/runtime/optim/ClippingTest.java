package dev.autonet.runtime.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Gradient-norm clipping (torch.nn.utils.clip_grad_norm_) and the recorded norm; tolerances 1e-12 for
 * double arrays and 1e-6 for float arrays. The gradient [3, 4] has norm 5 throughout.
 */
class ClippingTest {
    private static final double DOUBLE_TOLERANCE = 1e-12;
    private static final float FLOAT_TOLERANCE = 1e-6f;

    @Test
    void scalesAGradientAboveTheMaximumNorm() {
        // ‖g‖ = 5 > 1: g ← g·1/(5 + 1e-6); with η = 1,
        // θ = −[3, 4]/(5 + 1e-6) = [−0.599999880000024, −0.799999840000032]
        Sgd sgd = Sgd.learningRate(1).clipNorm(1);
        double[] theta = {0, 0};
        sgd.step(theta, new double[] {3, 4});
        assertArrayEquals(new double[] {-0.599999880000024, -0.799999840000032}, theta, DOUBLE_TOLERANCE);
        assertEquals(5, sgd.lastGradientNorm(), DOUBLE_TOLERANCE);
    }

    @Test
    void scalesAGradientAboveTheMaximumNormInFloat() {
        Sgd sgd = Sgd.learningRate(1).clipNorm(1);
        float[] theta = {0, 0};
        sgd.step(theta, new float[] {3, 4});
        assertArrayEquals(new float[] {-0.59999988f, -0.79999984f}, theta, FLOAT_TOLERANCE);
        assertEquals(5, sgd.lastGradientNorm(), DOUBLE_TOLERANCE);
    }

    @Test
    void leavesAGradientBelowTheMaximumNormAlone() {
        // ‖g‖ = 5 < 10: min(1, 10/(5 + 1e-6)) = 1, so the step is the plain one, to the bit.
        double[] theta = {0, 0};
        Sgd.learningRate(1).clipNorm(10).step(theta, new double[] {3, 4});
        assertArrayEquals(new double[] {-3, -4}, theta); // bit for bit
    }

    @Test
    void clipsBeforeWeightDecay() {
        // η = 1, λ = 0.5, θ = [2, 0]. Clip first: g = [3, 4]/(5 + 1e-6) = [0.599999880000024, 0.799999840000032];
        // then decay: g + λ·θ = [1.599999880000024, 0.799999840000032];
        // θ = [0.400000119999976, −0.799999840000032].
        // (Decay first would clip [4, 4], of norm 5.657, instead.) The recorded norm is the raw gradient's, 5.
        Sgd sgd = Sgd.learningRate(1).weightDecay(0.5).clipNorm(1);
        double[] theta = {2, 0};
        sgd.step(theta, new double[] {3, 4});
        assertArrayEquals(new double[] {0.400000119999976, -0.799999840000032}, theta, DOUBLE_TOLERANCE);
        assertEquals(5, sgd.lastGradientNorm(), DOUBLE_TOLERANCE);
    }

    @Test
    void clipsBeforeAdamsMoments() {
        // Clipped g = [3, 4]/(5 + 1e-6); Adam's first step is η·g/(|g| + ε), so with ε = 0.5 the clipping shows:
        // g0 = 0.599999880000024, Δ0 = 0.1·g0/(g0 + 0.5) = 0.0545454445…; checked against the formula itself.
        double[] theta = {0, 0};
        Adam.learningRate(0.1).epsilon(0.5).clipNorm(1).step(theta, new double[] {3, 4});
        double g0 = 3 / (5 + 1e-6);
        double g1 = 4 / (5 + 1e-6);
        assertArrayEquals(new double[] {-0.1 * g0 / (g0 + 0.5), -0.1 * g1 / (g1 + 0.5)}, theta, DOUBLE_TOLERANCE);
    }

    @Test
    void recordsTheNormWithoutClippingToo() {
        Optimizer adam = Adam.defaults();
        assertTrue(Double.isNaN(adam.lastGradientNorm()), "no step yet");
        adam.step(new float[3], new float[] {1, 2, 2});
        assertEquals(3, adam.lastGradientNorm(), DOUBLE_TOLERANCE);
        adam.reset();
        assertTrue(Double.isNaN(adam.lastGradientNorm()), "reset forgets the norm");
    }

    @Test
    void neverWritesTheGradient() {
        double[] gradient = {3, 4};
        float[] floatGradient = {3, 4};
        Sgd.learningRate(1).momentum(0.9).weightDecay(0.1).clipNorm(1).step(new double[] {1, 1}, gradient);
        AdamW.defaults().clipNorm(1).step(new float[] {1, 1}, floatGradient);
        assertArrayEquals(new double[] {3, 4}, gradient, 0.0);
        assertArrayEquals(new float[] {3, 4}, floatGradient, 0.0f);
    }
}
