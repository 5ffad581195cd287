package dev.autonet.runtime.optim;

import static dev.autonet.runtime.optim.Optimizers.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each schedule at several epochs, computed by hand (tolerance 1e-12), and how optimizers apply it. */
class LearningRateScheduleTest {
    private static final double TOLERANCE = 1e-12;

    @Test
    void constant() {
        LearningRateSchedule schedule = LearningRateSchedule.constant();
        assertEquals(0.1, schedule.rate(0.1, 0), 0.0);
        assertEquals(0.1, schedule.rate(0.1, 7), 0.0);
        assertEquals(0.1, schedule.rate(0.1, 1_000_000), 0.0);
    }

    @Test
    void stepDecay() {
        // 0.1·0.5^floor(epoch/10)
        LearningRateSchedule schedule = LearningRateSchedule.stepDecay(10, 0.5);
        assertEquals(0.1, schedule.rate(0.1, 0), TOLERANCE);
        assertEquals(0.1, schedule.rate(0.1, 9), TOLERANCE);
        assertEquals(0.05, schedule.rate(0.1, 10), TOLERANCE);
        assertEquals(0.05, schedule.rate(0.1, 19), TOLERANCE);
        assertEquals(0.025, schedule.rate(0.1, 20), TOLERANCE);
        assertEquals(0.0125, schedule.rate(0.1, 35), TOLERANCE);
    }

    @Test
    void cosine() {
        // base 0.1, min 0.001, T = 10: 0.001 + 0.099·(1 + cos(π·e/10))/2.
        // e = 2: cos(π/5) = (1 + √5)/4, so 0.001 + 0.099·(5 + √5)/8 = 0.0905463412215598975
        // e = 5: cos(π/2) = 0, so 0.001 + 0.0495 = 0.0505
        // e = 8: cos(4π/5) = −(1 + √5)/4, so 0.001 + 0.099·(3 − √5)/8 = 0.0104536587784401025
        // e ≥ 10: the minimum, 0.001
        LearningRateSchedule schedule = LearningRateSchedule.cosine(10, 0.001);
        assertEquals(0.1, schedule.rate(0.1, 0), TOLERANCE);
        assertEquals(0.0905463412215598975, schedule.rate(0.1, 2), TOLERANCE);
        assertEquals(0.0505, schedule.rate(0.1, 5), TOLERANCE);
        assertEquals(0.0104536587784401025, schedule.rate(0.1, 8), TOLERANCE);
        assertEquals(0.001, schedule.rate(0.1, 10), TOLERANCE);
        assertEquals(0.001, schedule.rate(0.1, 25), TOLERANCE);
    }

    @Test
    void rejectsBadArguments() {
        assertMessage("stepSize must be >= 1, but was 0", () -> LearningRateSchedule.stepDecay(0, 0.5));
        assertMessage("gamma must be finite and > 0, but was 0.0", () -> LearningRateSchedule.stepDecay(1, 0));
        assertMessage("gamma must be finite and > 0, but was NaN", () -> LearningRateSchedule.stepDecay(1, Double.NaN));
        assertMessage("totalEpochs must be >= 1, but was 0", () -> LearningRateSchedule.cosine(0, 0));
        assertMessage("minRate must be finite and >= 0, but was -1.0", () -> LearningRateSchedule.cosine(10, -1));
        assertMessage("epoch must be >= 0, but was -1", () -> LearningRateSchedule.cosine(10, 0).rate(0.1, -1));
    }

    @Test
    void printsItsParameters() {
        assertEquals("Constant", LearningRateSchedule.constant().toString());
        assertEquals("StepDecay[stepSize=10, gamma=0.5]", LearningRateSchedule.stepDecay(10, 0.5).toString());
        assertEquals("Cosine[totalEpochs=10, minRate=0.001]", LearningRateSchedule.cosine(10, 0.001).toString());
    }

    @Test
    void setEpochAppliesTheScheduleToTheNextStep() {
        Sgd sgd = Sgd.learningRate(0.1).schedule(LearningRateSchedule.stepDecay(2, 0.5));
        assertEquals(0.1, sgd.learningRate(), 0.0);
        sgd.setEpoch(2);
        assertEquals(0.05, sgd.learningRate(), TOLERANCE);
        double[] theta = {1};
        sgd.step(theta, new double[] {1});
        assertEquals(0.95, theta[0], TOLERANCE); // 1 − 0.05·1
        sgd.reset();
        assertEquals(0.1, sgd.learningRate(), 0.0); // reset returns to epoch 0
    }

    @Test
    void scheduledRateDrivesAdamToo() {
        // Cosine over 2 epochs from 0.1 to 0: epoch 1 gives 0.05; Adam's first step is then 0.05·g/(|g| + ε).
        Adam adam = Adam.learningRate(0.1).schedule(LearningRateSchedule.cosine(2, 0));
        adam.setEpoch(1);
        double[] theta = {0};
        adam.step(theta, new double[] {2});
        assertEquals(-0.05 * 2 / (2 + 1e-8), theta[0], TOLERANCE);
    }

    @Test
    void rejectsBadEpochsAndBadScheduledRates() {
        Sgd sgd = Sgd.learningRate(0.1);
        assertMessage("epoch must be >= 0, but was -1", () -> sgd.setEpoch(-1));
        LearningRateSchedule linear = (base, epoch) -> base - epoch;
        Sgd sgdOnLinear = Sgd.learningRate(0.1).schedule(linear);
        assertMessage("schedule " + linear + " gave learning rate -0.9 for epoch 1; a rate must be finite and >= 0",
                () -> sgdOnLinear.setEpoch(1));
    }
}
