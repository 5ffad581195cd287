package dev.autonet.runtime.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.runtime.SeededRandom;
import dev.autonet.runtime.data.Dataset;
import dev.autonet.runtime.optim.Sgd;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fit loop over a hand-written line model: convergence, history, early stopping, divergence. */
class FitLoopTest {

    /** y = 3x - 1 plus noise of std {@code noise}, x uniform in [-1, 1]. */
    private static Dataset line(int rows, double noise, long seed) {
        SeededRandom random = new SeededRandom(seed);
        double[] x = new double[rows];
        double[] y = new double[rows];
        for (int r = 0; r < rows; r++) {
            x[r] = 2 * random.nextDouble() - 1;
            y[r] = 3 * x[r] - 1 + noise * random.nextGaussian();
        }
        return Dataset.of(1, x, 1, y);
    }

    @Test
    void fitsALineAndRecordsEveryEpoch() {
        LineTrainable line = new LineTrainable(16);
        History history = FitLoop.fit(line, Sgd.learningRate(0.1), line(256, 0, 1), line(64, 0, 2),
                FitOptions.epochs(60).batchSize(16).seed(3).quiet());

        assertEquals(60, history.epochs());
        assertEquals(3, line.parameters[0], 1e-3, "slope");
        assertEquals(-1, line.parameters[1], 1e-3, "intercept");
        assertTrue(history.trainLoss(59) < history.trainLoss(0) / 1000, "loss falls by 1000x");
        assertTrue(history.validationLoss(59) < 1e-6, "validation loss " + history.validationLoss(59));
        assertEquals(0.1, history.learningRate(0), 0);
        assertTrue(Double.isNaN(history.deadFraction(0, 0)));
        assertTrue(history.gradientNorm(0, 0) > history.gradientNorm(59, 0), "gradient shrinks as it converges");
        assertFalse(history.stoppedEarly());
        assertEquals(59, history.bestEpoch());
    }

    @Test
    void sameSeedGivesBitIdenticalWeights() {
        LineTrainable first = new LineTrainable(8);
        LineTrainable second = new LineTrainable(8);
        FitOptions options = FitOptions.epochs(5).batchSize(8).seed(42).quiet();
        FitLoop.fit(first, Sgd.learningRate(0.05), line(100, 0.3, 7), null, options);
        FitLoop.fit(second, Sgd.learningRate(0.05), line(100, 0.3, 7), null, options);
        assertArrayEquals(first.parameters, second.parameters, 0.0);
    }

    @Test
    void earlyStoppingRestoresTheBestEpoch() {
        // Validation data from another line: training moves away from it, so its loss is best early.
        LineTrainable line = new LineTrainable(16);
        Dataset validation = Dataset.of(1, new double[] {0, 1}, 1, new double[] {0, 0});
        History history = FitLoop.fit(line, Sgd.learningRate(0.05), line(256, 0, 1), validation,
                FitOptions.epochs(200).batchSize(16).earlyStopping(5).quiet());

        assertTrue(history.stoppedEarly());
        int best = history.bestEpoch();
        assertEquals(best + 6, history.epochs(), "stops 5 epochs after the best");
        for (int epoch = 0; epoch < history.epochs(); epoch++) {
            assertTrue(history.validationLoss(best) <= history.validationLoss(epoch));
        }
        assertEquals(history.validationLoss(best), line.evaluate(validation).loss(), 1e-15,
                "the weights in force are the best epoch's");
    }

    @Test
    void aNanLossStopsWithEpochAndBatchAndUndoesTheStepThatCausedIt() {
        LineTrainable line = new LineTrainable(10);
        line.poisonAtBatch = 13; // 100 rows / 10 = 10 batches per epoch: epoch 2, batch 3
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> FitLoop.fit(line, Sgd.learningRate(0.05), line(100, 0, 1), null,
                        FitOptions.epochs(5).batchSize(10).quiet()));
        assertEquals(2, e.epoch());
        assertEquals(3, e.batch());
        assertTrue(e.getMessage().startsWith("Training diverged at epoch 2, batch 3: the loss is NaN."
                + " The model keeps the weights from before the last step, whose loss was finite."), e.getMessage());
        // The NaN showed at the weights step 12 made, so step 12 is undone: back to where batch 12's loss
        // was computed.
        assertArrayEquals(line.lastFiniteLossWeights, line.parameters, 0.0);
    }

    @Test
    void aNanLossAtTheFirstBatchLeavesTheWeightsAsTheyWere() {
        LineTrainable line = new LineTrainable(10);
        line.parameters[0] = 0.5;
        line.poisonAtBatch = 1;
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> FitLoop.fit(line, Sgd.learningRate(0.05), line(100, 0, 1), null,
                        FitOptions.epochs(5).batchSize(10).quiet()));
        assertTrue(e.getMessage().contains("The model keeps the weights it had before fit: no step was taken."),
                e.getMessage());
        assertArrayEquals(new double[] {0.5, 0}, line.parameters, 0.0);
    }

    @Test
    void divergenceWithEarlyStoppingGoesBackToTheBestEpoch() {
        LineTrainable line = new LineTrainable(10);
        line.poisonAtBatch = 35; // 100 rows / 10 = 10 batches per epoch: epoch 4, batch 5
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> FitLoop.fit(line, Sgd.learningRate(0.05), line(100, 0, 1), line(20, 0, 2),
                        FitOptions.epochs(10).batchSize(10).earlyStopping(5).quiet()));
        // Validation data from the same line: every epoch improves, so epoch 3 is the best so far.
        assertTrue(e.getMessage().contains("The model keeps the weights of epoch 3, the best by validation loss."),
                e.getMessage());
        assertArrayEquals(line.best, line.parameters, 0.0);
        assertFalse(java.util.Arrays.equals(line.lastFiniteLossWeights, line.parameters));
    }

    @Test
    void anEmptyValidationSetIsRefused() {
        LineTrainable line = new LineTrainable(4);
        Dataset empty = Dataset.of(1, new double[0], 1, new double[0]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FitLoop.fit(line, Sgd.learningRate(0.1), line(8, 0, 1), empty,
                        FitOptions.epochs(3).earlyStopping(1).quiet()));
        assertEquals("validation data has no rows; pass null to train without validation data", e.getMessage());
        assertArrayEquals(new double[] {0, 0}, line.parameters, 0.0);
    }

    @Test
    void aMonitoredLossThatIsNeverFiniteRestoresNothing() {
        LineTrainable line = new LineTrainable(8);
        FitLoop.fit(line, Sgd.learningRate(0.1), line(32, 0, 1), line(8, 0, 2),
                FitOptions.epochs(5).batchSize(8).earlyStopping(2).quiet());
        double[] firstFitsBest = line.best.clone();
        // A target of 1e300 makes every validation loss infinite: no epoch is a best, and the first fit's
        // best weights must not come back.
        Dataset infiniteLoss = Dataset.of(1, new double[] {0}, 1, new double[] {1e300});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        History history = FitLoop.fit(line, Sgd.learningRate(0.1), line(32, 0, 3), infiniteLoss,
                FitOptions.epochs(20).batchSize(8).earlyStopping(3)
                        .progress(FitOptions.Progress.EPOCHS, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        assertTrue(history.stoppedEarly());
        assertEquals(3, history.epochs());
        assertFalse(history.restoredBest());
        assertFalse(java.util.Arrays.equals(firstFitsBest, line.parameters));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("Stopped early after epoch 3; no epoch improved the"
                + " monitored loss (it was never finite), so the weights are the last epoch's"), bytes.toString());
    }

    @Test
    void aLargeEpochLimitCutShortByEarlyStoppingCostsNothingUpFront() {
        // The history grows with the epochs run; sized by the limit, this would need 18 GB.
        LineTrainable line = new LineTrainable(16);
        Dataset validation = Dataset.of(1, new double[] {0, 1}, 1, new double[] {0, 0});
        History history = FitLoop.fit(line, Sgd.learningRate(0.05), line(256, 0, 1), validation,
                FitOptions.epochs(Integer.MAX_VALUE).batchSize(16).earlyStopping(5).quiet());
        assertTrue(history.stoppedEarly());
        assertEquals(history.bestEpoch() + 6, history.epochs());
        assertTrue(history.restoredBest());
        assertEquals(history.epochs(), history.trainLosses().length);
    }

    @Test
    void theHistoryKeepsEveryEpochPastItsFirstCapacity() {
        // 150 epochs: the arrays grow twice (64, 128, 256). Each epoch's line is printed while it is the
        // newest, so a value lost or moved by a later growth differs from its line.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        History history = FitLoop.fit(new LineTrainable(16), Sgd.learningRate(0.1), line(64, 0.3, 1),
                line(16, 0.3, 2), FitOptions.epochs(150).batchSize(16)
                        .progress(FitOptions.Progress.EPOCHS, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(150, history.epochs());
        assertEquals(150, lines.length);
        for (int epoch = 0; epoch < 150; epoch++) {
            String expected = String.format(java.util.Locale.ROOT, "loss %.4f - mae %.4f - val_loss %.4f - val_mae %.4f",
                    history.trainLoss(epoch), history.trainMetric(epoch), history.validationLoss(epoch),
                    history.validationMetric(epoch));
            assertTrue(lines[epoch].endsWith(expected), lines[epoch] + " against " + expected);
            assertTrue(history.trainLoss(epoch) > 0.01, "a noisy line's loss stays above 0.01");
        }
        assertEquals(150, history.validationLosses().length);
    }

    @Test
    void weightsThatWouldOverflowAreRolledBack() {
        LineTrainable line = new LineTrainable(10);
        // The loss and gradient stay finite (errors of 1 and 2, gradient ~1e150), but one step of
        // 1e200 × 1e150 overflows the slope.
        Dataset huge = Dataset.of(1, new double[] {1e150, -1e150}, 1, new double[] {1, 2});
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> FitLoop.fit(line, Sgd.learningRate(1e200), huge, null,
                        FitOptions.epochs(3).batchSize(10).quiet()));
        assertEquals(1, e.epoch());
        assertTrue(e.getMessage().contains("a weight would become NaN or infinite"), e.getMessage());
        assertTrue(Double.isFinite(line.parameters[0]) && Double.isFinite(line.parameters[1]),
                "weights " + line.parameters[0] + ", " + line.parameters[1]);
    }

    @Test
    void badDataIsRejectedBeforeAnyStep() {
        LineTrainable line = new LineTrainable(4);
        Dataset twoFeatures = Dataset.of(new double[][] {{1, 2}}, new double[][] {{0}});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FitLoop.fit(line, Sgd.learningRate(0.1), line(8, 0, 1), twoFeatures, FitOptions.epochs(1)));
        assertEquals("validation data has 2 features, expected 1", e.getMessage());
        assertArrayEquals(new double[] {0, 0}, line.parameters, 0.0);
    }

    @Test
    void epochLinesPrintOneLinePerEpoch() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        FitLoop.fit(new LineTrainable(8), Sgd.learningRate(0.1), line(32, 0, 1), line(8, 0, 2),
                FitOptions.epochs(3).batchSize(8).progress(FitOptions.Progress.EPOCHS, out));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[2].matches("Epoch 3/3 - \\d+\\.\\ds - loss \\d\\.\\d{4} - mae \\d\\.\\d{4}"
                + " - val_loss \\d\\.\\d{4} - val_mae \\d\\.\\d{4}"), lines[2]);
    }

    @Test
    void reportEveryPrintsTheFirstEveryNthAndTheLastEpoch() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        FitLoop.fit(new LineTrainable(8), Sgd.learningRate(0.1), line(32, 0, 1), null,
                FitOptions.epochs(7).batchSize(8).progress(FitOptions.Progress.EPOCHS, out).reportEvery(3));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(4, lines.length, String.join("\n", lines));
        assertTrue(lines[0].startsWith("Epoch 1/7 "));
        assertTrue(lines[1].startsWith("Epoch 3/7 "));
        assertTrue(lines[2].startsWith("Epoch 6/7 "));
        assertTrue(lines[3].startsWith("Epoch 7/7 "));
    }

    @Test
    void quietPrintsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FitLoop.fit(new LineTrainable(8), Sgd.learningRate(0.1), line(32, 0, 1), null,
                FitOptions.epochs(2).batchSize(8).progress(FitOptions.Progress.QUIET,
                        new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        assertEquals(0, bytes.size());
    }
}
