package dev.autonet.samples.plot;

import static dev.autonet.samples.plot.PngAssertions.assertPng;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autonet.runtime.data.Dataset;
import dev.autonet.runtime.optim.Sgd;
import dev.autonet.runtime.train.FitLoop;
import dev.autonet.runtime.train.FitOptions;
import dev.autonet.runtime.train.History;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

/** Curves from a real History, produced by the runtime's fit loop on a hand-written logistic model. */
class HistoryPlotsTest {
    @TempDir
    Path directory;

    /** Label 1 when x + 0.3 sin(7x) > 0.2, for x evenly spread over [-2, 2]: separable up to a few points. */
    private static Dataset labelled(int rows, double offset) {
        double[] x = new double[rows];
        double[] y = new double[rows];
        for (int row = 0; row < rows; row++) {
            x[row] = -2 + 4.0 * (row + offset) / rows;
            y[row] = x[row] + 0.3 * Math.sin(7 * x[row]) > 0.2 ? 1 : 0;
        }
        return Dataset.of(1, x, 1, y);
    }

    private static History fit(Dataset validation) {
        return FitLoop.fit(new LogisticTrainable(16), Sgd.learningRate(0.5), labelled(200, 0), validation,
                FitOptions.epochs(40).batchSize(16).seed(5).quiet());
    }

    @Test
    void lossAndAccuracyOfAFitAreWrittenAsPngs() throws IOException {
        History history = fit(labelled(60, 0.5));

        XYChart loss = Plots.lossCurves(history, "Loss");
        XYChart accuracy = Plots.metricCurves(history, "Accuracy");

        assertEquals(List.of("train", "validation"), PlotsTest.legendEntries(loss));
        assertArrayEquals(history.trainLosses(), loss.getSeriesMap().get("train").getYData());
        assertArrayEquals(history.validationMetrics(), accuracy.getSeriesMap().get("validation").getYData());
        assertEquals("accuracy", accuracy.getYAxisTitle());
        assertPng(Plots.writePng(directory.resolve("loss.png"), loss), 600, 450);
        assertPng(Plots.writePng(directory.resolve("accuracy.png"), accuracy), 600, 450);
    }

    @Test
    void aFitWithoutValidationDataHasOnlyTheTrainingCurve() {
        History history = fit(null);

        assertEquals(List.of("train"), PlotsTest.legendEntries(Plots.lossCurves(history, "Loss")));
        assertEquals(List.of("train"), PlotsTest.legendEntries(Plots.metricCurves(history, "Accuracy")));
    }
}
