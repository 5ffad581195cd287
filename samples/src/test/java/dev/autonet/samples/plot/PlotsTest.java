package dev.autonet.samples.plot;

import static dev.autonet.samples.plot.PngAssertions.assertOnlyFiles;
import static dev.autonet.samples.plot.PngAssertions.assertPng;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.runtime.data.Dataset;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

/** Loss, metric and regression charts: which series they hold, and that each is written as a valid PNG. */
class PlotsTest {
    @TempDir
    Path directory;

    /** A loss that decays from 0.7 towards 0.05, validation a little above: 200 epochs, like a real run. */
    static double[][] curves(int epochs) {
        double[] train = new double[epochs];
        double[] validation = new double[epochs];
        for (int epoch = 0; epoch < epochs; epoch++) {
            double wiggle = 0.01 * Math.sin(epoch * 1.7);
            train[epoch] = 0.65 * Math.exp(-epoch / 25.0) + 0.05 + wiggle;
            validation[epoch] = 0.65 * Math.exp(-epoch / 25.0) + 0.09 - wiggle;
        }
        return new double[][] {train, validation};
    }

    @Test
    void lossCurvesHoldTrainAndValidationAndWriteAValidPng() throws IOException {
        double[][] loss = curves(200);
        XYChart chart = Plots.lossCurves(loss[0], loss[1], "Loss");

        assertEquals(List.of("train", "validation"), legendEntries(chart));
        assertEquals("loss", chart.getYAxisTitle());
        assertEquals("epoch", chart.getXAxisTitle());
        Path file = Plots.writePng(directory.resolve("loss.png"), chart);

        assertEquals(directory.resolve("loss.png").toAbsolutePath(), file, "the path a sample prints");
        assertPng(file, 600, 450);
        assertOnlyFiles(directory, "loss.png");
    }

    @Test
    void validationCurveIsLeftOutWhenNaNOrAbsent() {
        double[] train = curves(50)[0];
        double[] noValidation = new double[train.length];
        java.util.Arrays.fill(noValidation, Double.NaN);

        assertEquals(List.of("train"), legendEntries(Plots.lossCurves(train, noValidation, "Loss")));
        assertEquals(List.of("train"), legendEntries(Plots.lossCurves(train, null, "Loss")));
    }

    @Test
    void metricCurvesAreLabelledWithTheMetric() throws IOException {
        double[][] loss = curves(120);
        double[] trainAccuracy = new double[120];
        double[] validationAccuracy = new double[120];
        for (int epoch = 0; epoch < 120; epoch++) {
            trainAccuracy[epoch] = 1 - loss[0][epoch] * 0.7;
            validationAccuracy[epoch] = 1 - loss[1][epoch] * 0.7;
        }
        XYChart accuracy = Plots.metricCurves("accuracy", trainAccuracy, validationAccuracy, "Accuracy");

        assertEquals("accuracy", accuracy.getYAxisTitle());
        assertEquals(List.of("train", "validation"), legendEntries(accuracy));
        assertEquals("mean absolute error", Plots.metricCurves("mae", loss[0], null, "MAE").getYAxisTitle());
        assertPng(Plots.writePng(directory.resolve("accuracy.png"), accuracy), 600, 450);
    }

    @Test
    void aShortRunIsWrittenToo() throws IOException {
        XYChart chart = Plots.lossCurves(new double[] {0.7, 0.52, 0.46, 0.41, 0.4}, null, "Five epochs");

        assertPng(Plots.writePng(directory.resolve("short.png"), chart), 600, 450);
    }

    @Test
    void curvesRejectValuesThatCannotBePlotted() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> Plots.lossCurves(new double[] {0.5, Double.NaN}, null, "Loss"));
        assertEquals("train loss[1] is NaN; only finite values can be plotted", nan.getMessage());

        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> Plots.lossCurves(new double[] {0.5, 0.4}, new double[] {0.6}, "Loss"));
        assertEquals("validation has 1 epochs but train has 2", length.getMessage());

        assertThrows(IllegalArgumentException.class, () -> Plots.lossCurves(new double[0], null, "Loss"));
    }

    /** y = 2x + 1 with small noise at 100 x values in [-3, 3], and 10 points pushed up by 15 to 20: outliers. */
    static Dataset withOutliers() {
        int rows = 100;
        double[] x = new double[rows];
        double[] y = new double[rows];
        for (int row = 0; row < rows; row++) {
            x[row] = -3 + 6.0 * row / (rows - 1);
            y[row] = 2 * x[row] + 1 + 0.4 * Math.sin(row * 2.3);
        }
        for (int outlier = 0; outlier < 10; outlier++) {
            y[5 + 9 * outlier] += 15 + outlier % 5;
        }
        return Dataset.of(1, x, 1, y);
    }

    @Test
    void regressionFitsDrawTheDataAndOneLinePerModelInTheMapsOrder() throws IOException {
        Map<String, DoubleUnaryOperator> fits = new LinkedHashMap<>();
        fits.put("MSE", x -> 2.1 * x + 2.8);
        fits.put("MAE", x -> 2 * x + 1.05);
        fits.put("Huber", x -> 2.02 * x + 1.2);
        XYChart chart = Plots.regressionFits(withOutliers(), fits, "Regression with outliers");

        assertEquals(List.of("data", "MSE", "MAE", "Huber"), legendEntries(chart));
        assertEquals(Plots.FIT_SAMPLES, chart.getSeriesMap().get("Huber").getXData().length);
        assertPng(Plots.writePng(directory.resolve("regression.png"), chart), 600, 450);
    }

    @Test
    void regressionFitsFromAnUnorderedMapAreSortedByName() {
        Map<String, DoubleUnaryOperator> fits = Map.of("MSE", x -> x, "MAE", x -> x, "Huber", x -> x);

        assertEquals(List.of("data", "Huber", "MAE", "MSE"),
                legendEntries(Plots.regressionFits(withOutliers(), fits, "Fits")));
    }

    @Test
    void regressionOutliersAreInsideThePlotAndDrawn() {
        Dataset data = withOutliers();
        XYChart chart = Plots.regressionFits(data, Map.of("MSE", x -> 2.1 * x + 2.8), "Outliers");
        BufferedImage image = Figure.of(chart).render();

        for (int outlier = 0; outlier < 10; outlier++) {
            int row = 5 + 9 * outlier;
            int px = (int) Math.round(chart.getScreenXFromChart(data.feature(row, 0)));
            int py = (int) Math.round(chart.getScreenYFromChart(data.target(row, 0)));
            assertTrue(px > 0 && px < image.getWidth() && py > 0 && py < image.getHeight(),
                    "outlier " + row + " at (" + px + ", " + py + ") is outside the image");
            Color centre = new Color(image.getRGB(px, py));
            // The data points are mid grey: not the white plot background, not a fit line's colour.
            assertTrue(Math.abs(centre.getRed() - centre.getBlue()) < 20 && centre.getRed() < 200,
                    "outlier " + row + " is not drawn: pixel " + centre);
        }
    }

    /** The series a reader sees in the legend, in drawing order. */
    static List<String> legendEntries(XYChart chart) {
        List<String> names = new ArrayList<>();
        chart.getSeriesMap().values().forEach(series -> {
            if (series.isShowInLegend()) {
                names.add(series.getName());
            }
        });
        return names;
    }
}
