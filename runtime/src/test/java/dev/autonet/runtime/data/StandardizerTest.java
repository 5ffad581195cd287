package dev.autonet.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class StandardizerTest {
    /** Mean and std of standardized data, against 0 and 1: a few hundred ulps of accumulated rounding. */
    private static final double TOLERANCE = 1e-12;

    /** Moons stretched and moved far from the origin, so an unstandardized mean or std would be obvious. */
    private static Dataset farAndWide() {
        Dataset moons = Datasets.makeMoons(999, 0.2, 11);
        double[] features = moons.features();
        for (int i = 0; i < features.length; i += 2) {
            features[i] = 5_000 + 1_000 * features[i];
            features[i + 1] = -3 + 1e-3 * features[i + 1];
        }
        return Dataset.of(2, features, 1, moons.targets());
    }

    @Test
    void standardizedTrainingDataHasMeanZeroAndStdOne() {
        Dataset train = farAndWide();
        Dataset standardized = Standardizer.fit(train).apply(train);
        for (int feature = 0; feature < 2; feature++) {
            double mean = 0;
            for (int row = 0; row < standardized.rows(); row++) {
                mean += standardized.feature(row, feature);
            }
            mean /= standardized.rows();
            double variance = 0;
            for (int row = 0; row < standardized.rows(); row++) {
                double deviation = standardized.feature(row, feature) - mean;
                variance += deviation * deviation;
            }
            assertEquals(0, mean, TOLERANCE, "feature " + feature);
            assertEquals(1, Math.sqrt(variance / standardized.rows()), TOLERANCE, "feature " + feature);
        }
        assertArrayEquals(train.targets(), standardized.targets());
    }

    @Test
    void scaleIsThePopulationStandardDeviation() {
        Standardizer scaler = Standardizer.fit(Dataset.of(1, new double[] {1, 2, 3, 4}, 1, new double[4]));
        assertEquals(1, scaler.featureCount());
        assertEquals(2.5, scaler.mean(0), 0);
        assertEquals(Math.sqrt(1.25), scaler.scale(0), 1e-15);   // ddof = 1 would give sqrt(5/3)
    }

    @Test
    void aConstantFeatureKeepsScaleOneAndIsOnlyCentred() {
        // 0.1 three times: its computed mean is not exactly 0.1, leaving a variance of rounding error only.
        Dataset data = Dataset.of(new double[][] {{0.1, 7, 1}, {0.1, 7, 2}, {0.1, 7, 3}},
                new double[][] {{0}, {1}, {0}});
        Standardizer scaler = Standardizer.fit(data);
        assertEquals(1, scaler.scale(0), 0);
        assertEquals(1, scaler.scale(1), 0);
        assertEquals(Math.sqrt(2.0 / 3), scaler.scale(2), 1e-15);
        Dataset standardized = scaler.apply(data);
        for (int row = 0; row < 3; row++) {
            assertEquals(0, standardized.feature(row, 0), 1e-15);
            assertEquals(0, standardized.feature(row, 1), 0);
        }
    }

    @Test
    void otherDataUsesTheTrainingStatistics() {
        Standardizer scaler = Standardizer.fit(Dataset.of(1, new double[] {0, 2}, 1, new double[2]));
        Dataset test = Dataset.of(1, new double[] {5}, 1, new double[] {1});
        assertEquals(4, scaler.apply(test).feature(0, 0), 0);   // (5 - 1) / 1
    }

    @Test
    void transformsRowsInPlace() {
        Standardizer scaler = Standardizer.of(new double[] {1, -2}, new double[] {2, 0.5});
        double[] doubles = {3, -2, 1, -1};   // two rows
        scaler.transform(doubles);
        assertArrayEquals(new double[] {1, 0, 0, 2}, doubles);
        float[] floats = {0.2f, -1.9f};
        scaler.transform(floats);
        assertArrayEquals(new float[] {(float) ((0.2f - 1) / 2.0), (float) ((-1.9f + 2) / 0.5)}, floats);
        Expect.illegalArgument("values has 3 values, which is not a whole number of rows of 2",
                () -> scaler.transform(new double[3]));
        Expect.illegalArgument("values has 1 values, which is not a whole number of rows of 2",
                () -> scaler.transform(new float[1]));
    }

    @Test
    void applyKeepsTheTargetsAndChecksTheWidth() {
        Dataset data = farAndWide();
        Standardizer scaler = Standardizer.fit(data);
        assertSame(data.targetArray(), scaler.apply(data).targetArray());   // immutable, so shared
        Expect.illegalArgument("the standardizer was fit on 2 features but the data set has 1",
                () -> scaler.apply(Dataset.of(1, new double[] {1}, 1, new double[] {0})));
    }

    @Test
    void rejectsBadInput() {
        Expect.illegalArgument("cannot fit a standardizer on a data set with no rows",
                () -> Standardizer.fit(Dataset.of(2, new double[0], 1, new double[0])));
        Expect.illegalArgument("feature 1: scale 0.0 must be finite and positive",
                () -> Standardizer.of(new double[] {0, 0}, new double[] {1, 0}));
        Expect.illegalArgument("feature 0: scale NaN must be finite and positive",
                () -> Standardizer.of(new double[] {0}, new double[] {Double.NaN}));
        Expect.illegalArgument("feature 0: mean Infinity is not finite",
                () -> Standardizer.of(new double[] {Double.POSITIVE_INFINITY}, new double[] {1}));
        Expect.illegalArgument("need one mean and one scale per feature, at least one feature, but got 2 means "
                + "and 1 scales", () -> Standardizer.of(new double[2], new double[1]));
        Expect.illegalArgument("row 0, standardized feature 0 is infinite (Infinity)",
                () -> Standardizer.of(new double[] {0}, new double[] {Double.MIN_VALUE})
                        .apply(Dataset.of(1, new double[] {1}, 1, new double[] {0})));
    }
}
