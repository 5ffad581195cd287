package dev.autonet.processor.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.runtime.data.CsvReader;
import dev.autonet.runtime.data.Dataset;
import dev.autonet.runtime.data.Split;
import dev.autonet.runtime.optim.Sgd;
import dev.autonet.runtime.train.FitOptions;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Targets outside the loss's domain, wrong lengths and non-finite inputs are rejected with an
 * IllegalArgumentException that names the row and the problem, by {@code lossAndGradient} and by
 * {@code fit} (through {@code checkData}), before any weight changes.
 */
class BadInputTest {
    private static final FitOptions ONE_EPOCH = FitOptions.epochs(1).batchSize(2).quiet();

    @Test
    void bceTargetOutsideZeroOne() {
        TrainingNetworks_MoonsTrainer trainer = moons();
        float[] before = trainer.parameters();
        float[] inputs = {0, 1, 1, 0, 0.5f, 0.5f};
        rejects(() -> trainer.lossAndGradient(inputs, new float[] {0, 1.5f, 1}, 3, new float[769], null),
                "row 1: BCE target 1.5 is outside [0, 1]");
        Dataset data = Dataset.of(new double[][] {{0, 1}, {1, 0}, {0.5, 0.5}}, new double[][] {{0}, {1}, {-0.5}});
        rejects(() -> trainer.fit(data, ONE_EPOCH), "training data, row 2: BCE target -0.5 is outside [0, 1]");
        rejects(() -> trainer.fit(Dataset.of(new double[][] {{0, 1}}, new double[][] {{1}}), data, ONE_EPOCH),
                "validation data, row 2: BCE target -0.5 is outside [0, 1]");
        assertArrayEquals(before, trainer.parameters(), "weights unchanged");
    }

    @Test
    void aBadTargetReadFromAFileNamesItsLineAfterAShuffledSplit() throws IOException {
        // 40 rows; line 12 (row 10) has label 2, which BCE cannot take. The split shuffles the rows, so the
        // training set's row number alone could not be traced back to the file.
        StringBuilder csv = new StringBuilder("x1,x2,label\n");
        for (int row = 0; row < 40; row++) {
            csv.append(row * 0.1).append(',').append(1 - row * 0.1).append(',').append(row == 10 ? 2 : row % 2).append('\n');
        }
        Dataset data = CsvReader.numericLabel(List.of("x1", "x2"), "label")
                .read(new StringReader(csv.toString()), "labels.csv").data();
        Split split = data.split(1.0, 0.0, 7);
        TrainingNetworks_MoonsTrainer trainer = moons();
        float[] before = trainer.parameters();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> trainer.fit(split.train(), ONE_EPOCH));
        assertTrue(e.getMessage().matches("training data, row \\d+ \\(labels\\.csv line 12\\): BCE target 2 is outside"
                + " \\[0, 1\\]"), e.getMessage());
        assertTrue(!e.getMessage().startsWith("training data, row 10 "), "the split moved the row: " + e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> trainer.evaluate(data));
        assertTrue(e.getMessage().endsWith(", row 10 (labels.csv line 12): BCE target 2 is outside [0, 1]"),
                e.getMessage());
        assertArrayEquals(before, trainer.parameters(), "weights unchanged");
    }

    @Test
    void classIndexOutOfRange() {
        double[] p = TorchReference.load("SparseNet").parameters();
        TorchNetworks_SparseNetTrainer trainer = new TorchNetworks_SparseNetTrainer(TorchNetworks_SparseNetModel.fromParameters(p));
        double[] inputs = new double[3 * 4];
        rejects(() -> trainer.lossAndGradient(inputs, new double[] {0, 2, 3}, 3, new double[p.length], null),
                "row 2: class index 3 is outside [0, 3)");
        rejects(() -> trainer.lossAndGradient(inputs, new double[] {0, 1.5, 2}, 3, new double[p.length], null),
                "row 1: class index 1.5 is not a whole number");
        Dataset data = Dataset.of(new double[][] {{0, 0, 0, 0}, {1, 1, 1, 1}}, new double[][] {{-1}, {0}});
        rejects(() -> trainer.fit(data, ONE_EPOCH), "training data, row 0: class index -1 is outside [0, 3)");
        assertArrayEquals(p, trainer.parameters());
    }

    @Test
    void oneHotRowsMustSumToOne() {
        double[] p = TorchReference.load("CategoricalNet").parameters();
        TorchNetworks_CategoricalNetTrainer trainer =
                new TorchNetworks_CategoricalNetTrainer(TorchNetworks_CategoricalNetModel.fromParameters(p));
        double[] targets = {0, 1, 0, 0, 0.5, 0, 0, 0};
        rejects(() -> trainer.lossAndGradient(new double[6], targets, 2, new double[p.length], null),
                "row 1: one-hot targets sum to 0.5, expected 1");
        Dataset data = Dataset.of(new double[][] {{0, 0, 0}, {1, 1, 1}}, new double[][] {{0, 1, 0, 0}, {1, 1, 0, 0}});
        rejects(() -> trainer.fit(data, ONE_EPOCH), "training data, row 1: one-hot targets sum to 2, expected 1");
        assertArrayEquals(p, trainer.parameters());
    }

    @Test
    void hingeTargetsMustBePlusOrMinusOne() {
        double[] p = TorchReference.load("HingeNet").parameters();
        TorchNetworks_HingeNetTrainer trainer = new TorchNetworks_HingeNetTrainer(TorchNetworks_HingeNetModel.fromParameters(p));
        rejects(() -> trainer.lossAndGradient(new double[6], new double[] {1, 0}, 2, new double[p.length], null),
                "row 1: hinge target 0 must be -1 or +1");
        Dataset data = Dataset.of(new double[][] {{0, 0, 0}, {1, 1, 1}}, new double[][] {{1}, {0}});
        rejects(() -> trainer.fit(data, ONE_EPOCH), "training data, row 1: hinge target 0 must be -1 or +1");
        assertArrayEquals(p, trainer.parameters());
    }

    @Test
    void nonFiniteInputs() {
        TrainingNetworks_MoonsTrainer trainer = moons();
        float[] before = trainer.parameters();
        float[] targets = {0, 1, 1};
        rejects(() -> trainer.lossAndGradient(new float[] {0, 1, 1, 0, Float.NaN, 0}, targets, 3, new float[769], null),
                "row 2, input 0 is NaN");
        rejects(() -> trainer.lossAndGradient(new float[] {0, Float.POSITIVE_INFINITY, 1, 0, 0, 0}, targets, 3,
                new float[769], null), "row 0, input 1 is infinite");
        // A Dataset holds only finite doubles, but 1e39 is infinite once rounded to float.
        Dataset data = Dataset.of(new double[][] {{0, 1}, {1, 0}, {0, 1e39}}, new double[][] {{0}, {1}, {1}});
        rejects(() -> trainer.fit(data, ONE_EPOCH), "training data, row 2, feature 1 is 1.0E39, beyond the range of float");
        assertArrayEquals(before, trainer.parameters());
    }

    @Test
    void mismatchedLengths() {
        TrainingNetworks_MoonsTrainer trainer = moons();
        float[] before = trainer.parameters();
        float[] inputs = {0, 1, 1, 0};
        float[] targets = {0, 1};
        rejects(() -> trainer.lossAndGradient(new float[5], targets, 2, new float[769], null),
                "inputs has 5 values, expected 2 rows × 2 = 4");
        rejects(() -> trainer.lossAndGradient(inputs, new float[3], 2, new float[769], null),
                "targets has 3 values, expected 2 rows × 1 = 2");
        rejects(() -> trainer.lossAndGradient(inputs, targets, 2, new float[768], null),
                "parameterGradient has length 768, expected 769");
        rejects(() -> trainer.lossAndGradient(inputs, targets, 2, new float[769], new float[2]),
                "inputGradient has 2 values, expected 2 rows × 2 = 4");
        rejects(() -> trainer.lossAndGradient(new float[0], new float[0], 0, new float[769], null),
                "rows is 0, but a batch needs at least 1 row");
        rejects(() -> trainer.fit(Dataset.of(new double[][] {{0, 1, 2}}, new double[][] {{1}}), ONE_EPOCH),
                "training data has 3 features per row, but Moons takes 2");
        rejects(() -> trainer.fit(Dataset.of(new double[][] {{0, 1}}, new double[][] {{1, 0}}), ONE_EPOCH),
                "training data has 2 target values per row, but BCE needs 1");
        assertArrayEquals(before, trainer.parameters());
    }

    private static TrainingNetworks_MoonsTrainer moons() {
        return new TrainingNetworks_MoonsTrainer(TrainingNetworks_MoonsModel.initialize(1)).optimizer(Sgd.learningRate(0.1));
    }

    private static void rejects(Executable call, String expectedMessage) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expectedMessage),
                () -> "message '" + e.getMessage() + "' should contain '" + expectedMessage + "'");
    }
}
