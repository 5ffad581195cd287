package dev.autonet.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RegressionDataTest {
    @Test
    void withoutNoiseOrOutliersEveryRowIsOnTheCurve() {
        RegressionData regression = Datasets.makeRegressionWithOutliers(500, 0, 0, 5, 1);
        Dataset data = regression.data();
        assertEquals(500, data.rows());
        assertEquals(1, data.featureCount());
        assertEquals(1, data.targetWidth());
        assertEquals(0, regression.outlierCount());
        for (int row = 0; row < data.rows(); row++) {
            double x = data.feature(row, 0);
            assertTrue(x >= -3 && x < 3, "row " + row + " x " + x);
            assertEquals(RegressionData.curve(x), data.target(row, 0), "row " + row);   // bit for bit
        }
        assertEquals(0.5 * 2 + Math.sin(2), RegressionData.curve(2), 1e-15);
    }

    @Test
    void exactlyTheRoundedFractionOfRowsAreOutliers() {
        RegressionData regression = Datasets.makeRegressionWithOutliers(1001, 0.1, 0.1, 5, 2);
        assertEquals(100, regression.outlierCount());   // round(100.1)
        int[] rows = regression.outlierRows();
        assertEquals(100, rows.length);
        int[] sorted = rows.clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, rows);
        for (int row : rows) {
            assertTrue(regression.isOutlier(row), "row " + row);
        }
        assertEquals(901, regression.inliers().rows());
        assertEquals(1001, Datasets.makeRegressionWithOutliers(1001, 0.1, 1, 5, 2).outlierCount());
    }

    @Test
    void cleanRowsStayNearTheCurveAndOutliersFarFromIt() {
        double noise = 0.1;
        double scale = 5;
        RegressionData regression = Datasets.makeRegressionWithOutliers(2000, noise, 0.1, scale, 3);
        Dataset data = regression.data();
        for (int row = 0; row < data.rows(); row++) {
            double residual = data.target(row, 0) - RegressionData.curve(data.feature(row, 0));
            if (regression.isOutlier(row)) {
                // At least scale / 2 = 2.5 off by design, less at most 6 noise deviations.
                assertTrue(Math.abs(residual) >= scale / 2 - 6 * noise, "outlier row " + row + ": " + residual);
            } else {
                // 6 standard deviations: about 2e-9 per row, so 4e-6 for the 2000 rows of this fixed seed.
                assertTrue(Math.abs(residual) < 6 * noise, "clean row " + row + ": " + residual);
            }
        }
    }

    @Test
    void outliersLeanUpSoTheMeanMovesWhileTheMedianDoesNot() {
        double scale = 5;
        RegressionData regression = Datasets.makeRegressionWithOutliers(5000, 0.1, 0.2, scale, 4);
        Dataset data = regression.data();
        double[] residuals = new double[data.rows()];
        int upward = 0;
        for (int row = 0; row < data.rows(); row++) {
            residuals[row] = data.target(row, 0) - RegressionData.curve(data.feature(row, 0));
            upward += regression.isOutlier(row) && residuals[row] > 0 ? 1 : 0;
        }
        // 1000 outliers, each up with probability 0.8: 800 ± 13 (one standard deviation); we allow ±60.
        assertTrue(upward > 740 && upward < 860, "upward outliers: " + upward);
        // The mean residual, what MSE chases, is 0.6 · 0.2 · 5 = 0.6 in expectation, ± about 0.03 here.
        double mean = Arrays.stream(residuals).average().orElseThrow();
        assertEquals(0.6, mean, 0.12);
        // The median, what MAE chases, moves only to the 53rd percentile of the clean noise: about 0.01.
        Arrays.sort(residuals);
        assertEquals(0, residuals[residuals.length / 2], 0.05);
    }

    @Test
    void sameSeedGivesTheSameRowsAndOutliersAndOtherSeedsDiffer() {
        RegressionData first = Datasets.makeRegressionWithOutliers(300, 0.2, 0.1, 4, 7);
        RegressionData again = Datasets.makeRegressionWithOutliers(300, 0.2, 0.1, 4, 7);
        assertEquals(first.data(), again.data());
        assertArrayEquals(first.outlierRows(), again.outlierRows());
        RegressionData other = Datasets.makeRegressionWithOutliers(300, 0.2, 0.1, 4, 8);
        assertNotEquals(first.data(), other.data());
        assertEquals("RegressionData[Dataset[rows=300, features=1, targets=1], outliers=30]", first.toString());
    }

    @Test
    void rejectsBadArguments() {
        Expect.illegalArgument("n 0 must be at least 1", () -> Datasets.makeRegressionWithOutliers(0, 0.1, 0.1, 5, 1));
        Expect.illegalArgument("noise NaN must be a finite standard deviation >= 0",
                () -> Datasets.makeRegressionWithOutliers(10, Double.NaN, 0.1, 5, 1));
        Expect.illegalArgument("outlierFraction 1.5 is outside [0, 1]",
                () -> Datasets.makeRegressionWithOutliers(10, 0.1, 1.5, 5, 1));
        Expect.illegalArgument("outlierFraction NaN is outside [0, 1]",
                () -> Datasets.makeRegressionWithOutliers(10, 0.1, Double.NaN, 5, 1));
        Expect.illegalArgument("outlierScale -1.0 must be finite and >= 0",
                () -> Datasets.makeRegressionWithOutliers(10, 0.1, 0.1, -1, 1));
        Expect.illegalArgument("outlierScale Infinity must be finite and >= 0",
                () -> Datasets.makeRegressionWithOutliers(10, 0.1, 0.1, Double.POSITIVE_INFINITY, 1));
    }
}
