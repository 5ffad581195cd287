package dev.autonet.runtime.optim;

import static dev.autonet.runtime.optim.Optimizers.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Adam against steps computed by hand; tolerances 1e-12 for double arrays and 1e-6 for float arrays.
 *
 * <p>Shared derivation, η = 0.1, β = (0.9, 0.999), ε = 1e-8, θ = [1, −2], g1 = [0.5, 0.25], g2 = [−0.5, 0.25]:
 * <pre>
 * step 1: m = 0.1·g1 = [0.05, 0.025]; v = 0.001·g1² = [2.5e-4, 6.25e-5]; 1 − β1 = 0.1, 1 − β2 = 0.001
 *         m̂ = [0.5, 0.25], √v̂ = [0.5, 0.25]; Δ = η·m̂/(√v̂ + ε) = [0.1/(1 + 2e-8), 0.1/(1 + 4e-8)]
 *         = [0.0999999980000000399…, 0.0999999960000001599…]
 *         θ = [0.9000000019999999600, −2.0999999960000001600]
 * step 2: m = 0.9·m + 0.1·g2 = [−0.005, 0.0475]; v = 0.999·v + 0.001·g2² = [4.9975e-4, 1.249375e-4]
 *         1 − β1² = 0.19, 1 − β2² = 0.001999; m̂ = [−0.005/0.19, 0.25], √v̂ = [0.5, 0.25]
 *         Δ = [−(0.1/19)/(1 + 2e-8), 0.1/(1 + 4e-8)] = [−0.0052631577894736…, 0.0999999960000001599…]
 *         θ = [0.9052631597894736463, −2.1999999920000003200]
 * </pre>
 */
class AdamTest {
    private static final double DOUBLE_TOLERANCE = 1e-12;
    private static final float FLOAT_TOLERANCE = 1e-6f;

    @Test
    void firstTwoSteps() {
        Adam adam = Adam.learningRate(0.1);
        double[] theta = {1, -2};
        adam.step(theta, new double[] {0.5, 0.25});
        assertArrayEquals(new double[] {0.9000000019999999600, -2.0999999960000001600}, theta, DOUBLE_TOLERANCE);
        adam.step(theta, new double[] {-0.5, 0.25});
        assertArrayEquals(new double[] {0.9052631597894736463, -2.1999999920000003200}, theta, DOUBLE_TOLERANCE);
    }

    @Test
    void firstTwoStepsInFloat() {
        Adam adam = Adam.learningRate(0.1);
        float[] theta = {1, -2};
        adam.step(theta, new float[] {0.5f, 0.25f});
        assertArrayEquals(new float[] {0.900000002f, -2.099999996f}, theta, FLOAT_TOLERANCE);
        adam.step(theta, new float[] {-0.5f, 0.25f});
        assertArrayEquals(new float[] {0.90526316f, -2.199999992f}, theta, FLOAT_TOLERANCE);
    }

    @Test
    void coupledWeightDecayChangesTheGradientTheMomentsSee() {
        // λ = 0.5: g = g1 + λ·θ = [0.5 + 0.5, 0.25 − 1] = [1, −0.75]. First step: Δ = η·g/(|g| + ε)
        // = [0.1/(1 + 1e-8), −0.1/(1 + 1.333…e-8)]; the second parameter now moves up.
        // θ = [0.9000000009999999900, −1.9000000013333333156]
        double[] theta = {1, -2};
        Adam.learningRate(0.1).weightDecay(0.5).step(theta, new double[] {0.5, 0.25});
        assertArrayEquals(new double[] {0.9000000009999999900, -1.9000000013333333156}, theta, DOUBLE_TOLERANCE);
    }

    @Test
    void customBetasAndEpsilon() {
        // β = (0.5, 0.75), ε = 0.5, η = 0.1, θ = 1, g = 2: m = 1, v = 1; m̂ = 1/0.5 = 2, v̂ = 1/0.25 = 4;
        // Δ = 0.1·2/(2 + 0.5) = 0.08; θ = 0.92
        double[] theta = {1};
        Adam.learningRate(0.1).betas(0.5, 0.75).epsilon(0.5).step(theta, new double[] {2});
        assertEquals(0.92, theta[0], DOUBLE_TOLERANCE);
    }

    @Test
    void defaultsAreTorchs() {
        assertEquals("Adam(learningRate=0.001, weightDecay=0.0, clipNorm=none, schedule=Constant,"
                + " betas=(0.9, 0.999), epsilon=1.0E-8)", Adam.defaults().toString());
        // With torch's defaults the first step moves each parameter by η·g/(|g| + ε) ≈ 0.001.
        double[] theta = {0};
        Adam.defaults().step(theta, new double[] {3});
        assertEquals(-0.001 * 3 / (3 + 1e-8), theta[0], DOUBLE_TOLERANCE);
    }

    @Test
    void rejectsBadHyperparametersNamingParameterAndValue() {
        assertMessage("learningRate must be finite and > 0, but was -0.001", () -> Adam.learningRate(-1e-3));
        assertMessage("beta1 must be in [0, 1), but was 1.0", () -> Adam.defaults().betas(1, 0.999));
        assertMessage("beta2 must be in [0, 1), but was -0.1", () -> Adam.defaults().betas(0.9, -0.1));
        assertMessage("beta2 must be in [0, 1), but was NaN", () -> Adam.defaults().betas(0.9, Double.NaN));
        assertMessage("epsilon must be finite and > 0, but was 0.0", () -> Adam.defaults().epsilon(0));
        assertMessage("weightDecay must be finite and >= 0, but was -1.0", () -> Adam.defaults().weightDecay(-1));
        assertMessage("clipNorm must be finite and > 0, but was -1.0", () -> Adam.defaults().clipNorm(-1));
        assertMessage("beta1 must be in [0, 1), but was 1.5", () -> AdamW.defaults().betas(1.5, 0.999));
        assertMessage("epsilon must be finite and > 0, but was -1.0E-8", () -> AdamW.defaults().epsilon(-1e-8));
    }
}
