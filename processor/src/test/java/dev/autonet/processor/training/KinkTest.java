package dev.autonet.processor.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * The generated gradients exactly at the kinks, where finite differences cannot say anything: PyTorch's
 * conventions ReLU'(0) = 0, LeakyReLU'(0) = PReLU'(0) = alpha, MAE'(0) = 0, and a hinge gradient of 0 at
 * margin exactly 1. Each network has one input and hand-picked parameters that put a unit's pre-activation
 * (or an error, or a margin) at exactly 0 in double arithmetic.
 *
 * <p>Layout of the 1 → 2 → 1 networks: W1 = p[0..1], b1 = p[2..3], (PReLU's slope,) W2, b2.
 */
class KinkTest {
    private static final double[] X = {1};
    private static final double[] Y = {3};

    @Test
    void reluUnitAtZeroGetsNoGradient() {
        // z = (2·1 − 2, 1·1 + 0.5) = (0, 1.5)
        double[] p = {2, 1, -2, 0.5, 0.7, -0.4, 0.1};
        double[] gradient = new double[p.length];
        double[] inputGradient = new double[1];
        new TrainingNetworks_ReluKinkTrainer(TrainingNetworks_ReluKinkModel.fromParameters(p))
                .lossAndGradient(X, Y, 1, gradient, inputGradient);
        double upstream = 2 * (prediction(TrainingNetworks_ReluKinkModel.fromParameters(p).predict(X)) - Y[0]);
        assertEquals(0.0, gradient[0], "W1 of the unit at z = 0");
        assertEquals(0.0, gradient[2], "b1 of the unit at z = 0");
        assertEquals(0.0, gradient[4], "W2 from the unit at z = 0, whose activation is 0");
        assertEquals(upstream * -0.4, gradient[3], 1e-15, "b1 of the active unit");
        assertEquals(upstream * -0.4 * 1, inputGradient[0], 1e-15, "only the active unit reaches the input");
    }

    @Test
    void leakyReluSlopeAtZeroIsAlpha() {
        double[] p = {2, 1, -2, 0.5, 0.7, -0.4, 0.1};
        double[] gradient = new double[p.length];
        new TrainingNetworks_LeakyReluKinkTrainer(TrainingNetworks_LeakyReluKinkModel.fromParameters(p))
                .lossAndGradient(X, Y, 1, gradient, null);
        double upstream = 2 * (prediction(TrainingNetworks_LeakyReluKinkModel.fromParameters(p).predict(X)) - Y[0]);
        assertEquals(upstream * 0.7 * 0.1, gradient[2], 1e-15, "b1 of the unit at z = 0: LeakyReLU'(0) = 0.1");
        assertEquals(upstream * 0.7 * 0.1, gradient[0], 1e-15, "W1 of the unit at z = 0");
    }

    @Test
    void preluSlopeAtZeroIsTheLearnedAlphaAndTheAlphaGradientIgnoresThatUnit() {
        // z = (0, −1.5); slope p[4] = 0.3; W2 = p[5..6], b2 = p[7]
        double[] p = {2, 1, -2, -2.5, 0.3, 0.7, -0.4, 0.1};
        double[] gradient = new double[p.length];
        new TrainingNetworks_PreluKinkTrainer(TrainingNetworks_PreluKinkModel.fromParameters(p))
                .lossAndGradient(X, Y, 1, gradient, null);
        double upstream = 2 * (prediction(TrainingNetworks_PreluKinkModel.fromParameters(p).predict(X)) - Y[0]);
        assertEquals(upstream * 0.7 * 0.3, gradient[2], 1e-15, "b1 of the unit at z = 0: PReLU'(0) = alpha");
        assertEquals(upstream * -0.4 * -1.5, gradient[4], 1e-15, "slope gradient: z of the unit at 0 adds 0");
    }

    @Test
    void maeGradientIsZeroWhereThePredictionIsExact() {
        // y^ = (0.25 + 1.5 · 0.5, −1 + 1.5 · 2) = (1, 2) against targets (1, 0)
        double[] p = {0.5, 2, 0.25, -1};
        double[] gradient = new double[p.length];
        new TrainingNetworks_MaeKinkTrainer(TrainingNetworks_MaeKinkModel.fromParameters(p))
                .lossAndGradient(new double[] {1.5}, new double[] {1, 0}, 1, gradient, null);
        assertArrayEquals(new double[] {0, 0.5 * 1.5, 0, 0.5}, gradient, "mean over 2 outputs: sign(error) / 2");
    }

    @Test
    void hingeGradientIsZeroAtMarginExactlyOne() {
        // scores 0.5 · (2, −2, 1) = (1, −1, 0.5) against labels (1, −1, 1): margins 1, 1 and 0.5
        double[] p = {0.5, 0};
        double[] gradient = new double[p.length];
        double[] inputGradient = new double[3];
        double loss = new TrainingNetworks_HingeKinkTrainer(TrainingNetworks_HingeKinkModel.fromParameters(p))
                .lossAndGradient(new double[] {2, -2, 1}, new double[] {1, -1, 1}, 3, gradient, inputGradient);
        assertEquals(0.5 / 3, loss, 1e-16);
        assertArrayEquals(new double[] {-1.0 / 3, -1.0 / 3}, gradient, 1e-16, "only the third row, -y x / rows");
        assertArrayEquals(new double[] {0, 0, -0.5 / 3}, inputGradient, 1e-16);
        assertNotEquals(0.0, gradient[0]);
    }

    private static double prediction(double[] output) {
        return output[0];
    }
}
