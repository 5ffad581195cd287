package dev.autonet.runtime.optim;

import static dev.autonet.runtime.optim.Optimizers.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Sgd against steps computed by hand; tolerances 1e-12 for double arrays and 1e-6 for float arrays. */
class SgdTest {
    private static final double DOUBLE_TOLERANCE = 1e-12;
    private static final float FLOAT_TOLERANCE = 1e-6f;

    @Test
    void plainStep() {
        // θ ← θ − η·g = [1 − 0.1·0.5, −2 − 0.1·0.25] = [0.95, −2.025]
        double[] theta = {1, -2};
        Sgd.learningRate(0.1).step(theta, new double[] {0.5, 0.25});
        assertArrayEquals(new double[] {0.95, -2.025}, theta, DOUBLE_TOLERANCE);
    }

    @Test
    void plainStepInFloat() {
        float[] theta = {1, -2};
        Sgd.learningRate(0.1).step(theta, new float[] {0.5f, 0.25f});
        assertArrayEquals(new float[] {0.95f, -2.025f}, theta, FLOAT_TOLERANCE);
    }

    @Test
    void coupledWeightDecay() {
        // g ← g + λ·θ = [0.5 + 0.1·1, 0.25 + 0.1·(−2)] = [0.6, 0.05]; θ ← [1 − 0.06, −2 − 0.005]
        double[] theta = {1, -2};
        Sgd.learningRate(0.1).weightDecay(0.1).step(theta, new double[] {0.5, 0.25});
        assertArrayEquals(new double[] {0.94, -2.005}, theta, DOUBLE_TOLERANCE);
    }

    @Test
    void momentumOverThreeSteps() {
        // μ = 0.9, η = 0.1, θ = [1, −2]; gradients g1 = g2 = [1, −0.5], g3 = [0, 1].
        // 1: b = g1 = [1, −0.5];                          θ = [0.9, −1.95]
        // 2: b = 0.9·[1, −0.5] + [1, −0.5] = [1.9, −0.95];
        //    θ = [0.9 − 0.19, −1.95 + 0.095] = [0.71, −1.855]
        // 3: b = 0.9·[1.9, −0.95] + [0, 1] = [1.71, 0.145];
        //    θ = [0.71 − 0.171, −1.855 − 0.0145] = [0.539, −1.8695]
        Sgd sgd = Sgd.learningRate(0.1).momentum(0.9);
        double[] theta = {1, -2};
        sgd.step(theta, new double[] {1, -0.5});
        assertArrayEquals(new double[] {0.9, -1.95}, theta, DOUBLE_TOLERANCE);
        sgd.step(theta, new double[] {1, -0.5});
        assertArrayEquals(new double[] {0.71, -1.855}, theta, DOUBLE_TOLERANCE);
        sgd.step(theta, new double[] {0, 1});
        assertArrayEquals(new double[] {0.539, -1.8695}, theta, DOUBLE_TOLERANCE);
    }

    @Test
    void momentumOverThreeStepsInFloat() {
        // The same numbers as momentumOverThreeSteps.
        Sgd sgd = Sgd.learningRate(0.1).momentum(0.9);
        float[] theta = {1, -2};
        sgd.step(theta, new float[] {1, -0.5f});
        sgd.step(theta, new float[] {1, -0.5f});
        sgd.step(theta, new float[] {0, 1});
        assertArrayEquals(new float[] {0.539f, -1.8695f}, theta, FLOAT_TOLERANCE);
    }

    @Test
    void nesterovOverTwoSteps() {
        // μ = 0.9, η = 0.1, θ = [1, −2]; g1 = [1, −0.5], g2 = [0, 1]; the update uses g + μ·b.
        // 1: b = [1, −0.5]; g + μb = [1.9, −0.95];          θ = [1 − 0.19, −2 + 0.095] = [0.81, −1.905]
        // 2: b = 0.9·[1, −0.5] + [0, 1] = [0.9, 0.55];
        //    g + μb = [0.81, 1 + 0.495] = [0.81, 1.495];
        //    θ = [0.81 − 0.081, −1.905 − 0.1495] = [0.729, −2.0545]
        Sgd sgd = Sgd.learningRate(0.1).momentum(0.9).nesterov();
        double[] theta = {1, -2};
        sgd.step(theta, new double[] {1, -0.5});
        assertArrayEquals(new double[] {0.81, -1.905}, theta, DOUBLE_TOLERANCE);
        sgd.step(theta, new double[] {0, 1});
        assertArrayEquals(new double[] {0.729, -2.0545}, theta, DOUBLE_TOLERANCE);
    }

    @Test
    void nesterovOverTwoStepsInFloat() {
        Sgd sgd = Sgd.learningRate(0.1).momentum(0.9).nesterov();
        float[] theta = {1, -2};
        sgd.step(theta, new float[] {1, -0.5f});
        sgd.step(theta, new float[] {0, 1});
        assertArrayEquals(new float[] {0.729f, -2.0545f}, theta, FLOAT_TOLERANCE);
    }

    @Test
    void weightDecayEntersTheMomentumBuffer() {
        // As torch.optim.SGD: decay is added to g before the buffer. μ = 0.5, η = 0.1, λ = 0.1, g = 0.
        // 1: g = 0.1·1 = 0.1; b = 0.1;                θ = 1 − 0.01 = 0.99
        // 2: g = 0.1·0.99 = 0.099; b = 0.05 + 0.099 = 0.149; θ = 0.99 − 0.0149 = 0.9751
        Sgd sgd = Sgd.learningRate(0.1).momentum(0.5).weightDecay(0.1);
        double[] theta = {1};
        sgd.step(theta, new double[] {0});
        assertEquals(0.99, theta[0], DOUBLE_TOLERANCE);
        sgd.step(theta, new double[] {0});
        assertEquals(0.9751, theta[0], DOUBLE_TOLERANCE);
    }

    @Test
    void buildersLeaveTheReceiverUnchanged() {
        Sgd plain = Sgd.learningRate(0.1);
        plain.momentum(0.9);
        double[] theta = {1};
        plain.step(theta, new double[] {1});
        plain.step(theta, new double[] {1});
        assertEquals(0.8, theta[0], DOUBLE_TOLERANCE); // two plain steps of 0.1, no momentum
    }

    @Test
    void rejectsBadHyperparametersNamingParameterAndValue() {
        assertMessage("learningRate must be finite and > 0, but was 0.0", () -> Sgd.learningRate(0));
        assertMessage("learningRate must be finite and > 0, but was -0.1", () -> Sgd.learningRate(-0.1));
        assertMessage("learningRate must be finite and > 0, but was NaN", () -> Sgd.learningRate(Double.NaN));
        assertMessage("learningRate must be finite and > 0, but was Infinity",
                () -> Sgd.learningRate(Double.POSITIVE_INFINITY));
        assertMessage("momentum must be in [0, 1), but was 1.0", () -> Sgd.learningRate(0.1).momentum(1));
        assertMessage("momentum must be in [0, 1), but was -0.5", () -> Sgd.learningRate(0.1).momentum(-0.5));
        assertMessage("nesterov requires momentum > 0, but momentum was 0.0; call momentum(...) before nesterov()",
                () -> Sgd.learningRate(0.1).nesterov());
        assertMessage("momentum must be > 0 with nesterov, but was 0.0",
                () -> Sgd.learningRate(0.1).momentum(0.9).nesterov().momentum(0));
        assertMessage("weightDecay must be finite and >= 0, but was -1.0E-4",
                () -> Sgd.learningRate(0.1).weightDecay(-1e-4));
        assertMessage("clipNorm must be finite and > 0, but was 0.0", () -> Sgd.learningRate(0.1).clipNorm(0));
        assertThrows(NullPointerException.class, () -> Sgd.learningRate(0.1).schedule(null));
    }

    @Test
    void describesItself() {
        assertEquals("Sgd(learningRate=0.05, weightDecay=1.0E-4, clipNorm=1.0, schedule=Constant, momentum=0.9,"
                        + " nesterov=true)",
                Sgd.learningRate(0.05).momentum(0.9).nesterov().weightDecay(1e-4).clipNorm(1).toString());
    }
}
