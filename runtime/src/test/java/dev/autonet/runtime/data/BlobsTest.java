package dev.autonet.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.runtime.SeededRandom;
import org.junit.jupiter.api.Test;

class BlobsTest {
    @Test
    void rowsAreSplitAsEvenlyAsScikitLearnSplitsThem() {
        assertArrayEquals(new int[] {4, 3, 3}, classCounts(Datasets.makeBlobs(10, 2, 3, 1, 1), 3));
        assertArrayEquals(new int[] {3, 3}, classCounts(Datasets.makeBlobs(6, 2, 2, 1, 1), 2));
        assertArrayEquals(new int[] {1, 1, 0}, classCounts(Datasets.makeBlobs(2, 2, 3, 1, 1), 3));   // an empty cluster
    }

    @Test
    void withoutSpreadEveryPointIsItsCenterAndTheCentersAreDrawnFirst() {
        int features = 3;
        int centers = 4;
        Dataset blobs = Datasets.makeBlobs(40, features, centers, 0, 11);
        assertEquals(40, blobs.rows());
        assertEquals(features, blobs.featureCount());
        assertEquals(1, blobs.targetWidth());
        double[] expected = Blobs.centers(new SeededRandom(11), centers, features);
        for (double coordinate : expected) {
            assertTrue(coordinate >= -10 && coordinate < 10, "center coordinate " + coordinate);
        }
        for (int row = 0; row < blobs.rows(); row++) {
            int label = (int) blobs.target(row, 0);
            for (int feature = 0; feature < features; feature++) {
                assertEquals(expected[label * features + feature], blobs.feature(row, feature), "row " + row);
            }
        }
    }

    @Test
    void clustersHaveTheRequestedSpreadAboutTheirCenters() {
        double std = 1.5;
        Dataset blobs = Datasets.makeBlobs(3000, 2, 3, std, 5);
        double[] centers = Blobs.centers(new SeededRandom(5), 3, 2);
        for (int label = 0; label < 3; label++) {
            for (int feature = 0; feature < 2; feature++) {
                double[] moments = moments(blobs, label, feature);
                // 1000 points: the mean's standard error is std/√1000 ≈ 0.047 (we allow 4 of them, 0.19); the
                // sample deviation's is about std/√2000 ≈ 0.034 (we allow 0.15, 10% of std).
                assertEquals(centers[label * 2 + feature], moments[0], 0.19, "mean, cluster " + label);
                assertEquals(std, moments[1], 0.15, "deviation, cluster " + label);
            }
        }
    }

    @Test
    void rowsAreShuffled() {
        Dataset blobs = Datasets.makeBlobs(900, 2, 3, 1, 3);
        int firstClassInFirstThird = 0;
        for (int row = 0; row < 300; row++) {
            firstClassInFirstThird += blobs.target(row, 0) == 0 ? 1 : 0;
        }
        // Unshuffled, the first 300 rows would all be class 0; shuffled, about 100 ± 8 (one standard deviation).
        assertTrue(firstClassInFirstThird > 50 && firstClassInFirstThird < 150,
                "class 0 rows: " + firstClassInFirstThird);
    }

    @Test
    void sameSeedGivesIdenticalDataAndOtherSeedsDiffer() {
        assertEquals(Datasets.makeBlobs(200, 2, 3, 1, 7), Datasets.makeBlobs(200, 2, 3, 1, 7));
        assertNotEquals(Datasets.makeBlobs(200, 2, 3, 1, 7), Datasets.makeBlobs(200, 2, 3, 1, 8));
    }

    @Test
    void oneHotTargetsAreOneCallAway() {
        Dataset blobs = Datasets.makeBlobs(30, 2, 3, 1, 2);
        Dataset oneHot = OneHot.encode(blobs, 3);
        assertEquals(3, oneHot.targetWidth());
        for (int row = 0; row < blobs.rows(); row++) {
            assertEquals(1, oneHot.target(row, (int) blobs.target(row, 0)), "row " + row);
        }
        assertEquals(blobs, OneHot.decode(oneHot));
    }

    @Test
    void rejectsBadArguments() {
        Expect.illegalArgument("n 0 must be at least 1", () -> Datasets.makeBlobs(0, 2, 3, 1, 1));
        Expect.illegalArgument("features 0 must be at least 1", () -> Datasets.makeBlobs(10, 0, 3, 1, 1));
        Expect.illegalArgument("centers 0 must be at least 1", () -> Datasets.makeBlobs(10, 2, 0, 1, 1));
        Expect.illegalArgument("clusterStd -1.0 must be a finite standard deviation >= 0",
                () -> Datasets.makeBlobs(10, 2, 3, -1, 1));
        Expect.illegalArgument("clusterStd NaN must be a finite standard deviation >= 0",
                () -> Datasets.makeBlobs(10, 2, 3, Double.NaN, 1));
        Expect.illegalArgument("clusterStd 1.0E308 is too large: row 5, feature 1 is infinite (-Infinity)",
                () -> Datasets.makeBlobs(10, 2, 3, 1e308, 1));
    }

    private static int[] classCounts(Dataset data, int classes) {
        int[] counts = new int[classes];
        for (int row = 0; row < data.rows(); row++) {
            counts[(int) data.target(row, 0)]++;
        }
        return counts;
    }

    /** Mean and (population) standard deviation of one feature over one cluster. */
    private static double[] moments(Dataset data, int label, int feature) {
        double sum = 0;
        double squares = 0;
        int count = 0;
        for (int row = 0; row < data.rows(); row++) {
            if (data.target(row, 0) == label) {
                double value = data.feature(row, feature);
                sum += value;
                squares += value * value;
                count++;
            }
        }
        double mean = sum / count;
        return new double[] {mean, Math.sqrt(squares / count - mean * mean)};
    }
}
