package dev.autonet.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DatasetTest {
    private static final double[][] FEATURES = {{1, 2}, {3, 4}, {5, 6}};
    private static final double[][] TARGETS = {{0}, {1}, {0.5}};

    @Test
    void storesRowsRowMajor() {
        Dataset data = Dataset.of(FEATURES, TARGETS);
        assertEquals(3, data.rows());
        assertEquals(2, data.featureCount());
        assertEquals(1, data.targetWidth());
        assertEquals(4, data.feature(1, 1));
        assertEquals(0.5, data.target(2, 0));
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, data.features());
        assertArrayEquals(new double[] {0, 1, 0.5}, data.targets());
        assertEquals(data, Dataset.of(2, new double[] {1, 2, 3, 4, 5, 6}, 1, new double[] {0, 1, 0.5}));
        assertEquals("Dataset[rows=3, features=2, targets=1]", data.toString());
    }

    @Test
    void isImmutable() {
        double[][] features = {{1, 2}, {3, 4}};
        double[] flat = {1, 2, 3, 4};
        Dataset fromRows = Dataset.of(features, new double[][] {{0}, {1}});
        Dataset fromFlat = Dataset.of(2, flat, 1, new double[] {0, 1});
        features[0][0] = 99;
        flat[0] = 99;
        fromRows.features()[1] = 99;
        fromFlat.targets()[1] = 99;
        assertEquals(1, fromRows.feature(0, 0));
        assertEquals(2, fromRows.feature(0, 1));
        assertEquals(1, fromFlat.feature(0, 0));
        assertEquals(1, fromFlat.target(1, 0));
    }

    @Test
    void copiesRowsIntoBuffersAtAnOffset() {
        Dataset data = Dataset.of(new double[][] {{0.1, 0.2}, {0.3, 0.4}}, new double[][] {{1, 2, 3}, {4, 5, 6}});
        double[] doubles = new double[5];
        float[] floats = new float[5];
        data.copyFeatures(1, doubles, 2);
        data.copyFeatures(1, floats, 1);
        assertArrayEquals(new double[] {0, 0, 0.3, 0.4, 0}, doubles);
        assertArrayEquals(new float[] {0, 0.3f, 0.4f, 0, 0}, floats);
        data.copyTargets(0, doubles, 0);
        data.copyTargets(1, floats, 2);
        assertArrayEquals(new double[] {1, 2, 3, 0.4, 0}, doubles);
        assertArrayEquals(new float[] {0, 0.3f, 4, 5, 6}, floats);
        assertThrows(IndexOutOfBoundsException.class, () -> data.copyFeatures(2, doubles, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> data.copyTargets(0, floats, 3));
    }

    @Test
    void subsetTakesRowsInTheGivenOrderAndMayRepeat() {
        Dataset data = Dataset.of(FEATURES, TARGETS);
        Dataset subset = data.subset(new int[] {2, 0, 2});
        assertArrayEquals(new double[] {5, 6, 1, 2, 5, 6}, subset.features());
        assertArrayEquals(new double[] {0.5, 0, 0.5}, subset.targets());
        assertEquals(0, data.subset(new int[0]).rows());
        Expect.illegalArgument("rowIndices[1] = 3 is outside [0, 3)", () -> data.subset(new int[] {0, 3}));
        Expect.illegalArgument("rowIndices[0] = -1 is outside [0, 3)", () -> data.subset(new int[] {-1}));
    }

    @Test
    void mayBeEmptyWhenBuiltFromFlatArrays() {
        Dataset empty = Dataset.of(2, new double[0], 1, new double[0]);
        assertEquals(0, empty.rows());
        assertEquals(2, empty.featureCount());
    }

    @Test
    void equalityIsBitForBit() {
        Dataset data = Dataset.of(FEATURES, TARGETS);
        assertEquals(data.hashCode(), Dataset.of(FEATURES, TARGETS).hashCode());
        assertNotEquals(data, Dataset.of(new double[][] {{1, 2}, {3, 4}, {5, 6.000000000000001}}, TARGETS));
        assertNotEquals(Dataset.of(new double[][] {{0.0}}, new double[][] {{1}}),
                Dataset.of(new double[][] {{-0.0}}, new double[][] {{1}}));
        assertNotEquals(Dataset.of(1, new double[] {1, 2}, 1, new double[] {0, 0}),
                Dataset.of(2, new double[] {1, 2}, 1, new double[] {0}));
    }

    @Test
    void namesTheRowAndColumnOfANonFiniteValue() {
        double[][] features = new double[20][2];
        double[][] targets = new double[20][1];
        features[17][1] = Double.NaN;
        Expect.illegalArgument("row 17, feature 1 is NaN", () -> Dataset.of(features, targets));
        features[17][1] = 0;
        features[3][0] = Double.NEGATIVE_INFINITY;
        Expect.illegalArgument("row 3, feature 0 is infinite (-Infinity)", () -> Dataset.of(features, targets));
        features[3][0] = 0;
        targets[19][0] = Double.POSITIVE_INFINITY;
        Expect.illegalArgument("row 19, target 0 is infinite (Infinity)", () -> Dataset.of(features, targets));
        Expect.illegalArgument("row 1, target 1 is NaN",
                () -> Dataset.of(1, new double[] {0, 0}, 2, new double[] {0, 0, 0, Double.NaN}));
    }

    @Test
    void rejectsMismatchedAndRaggedShapes() {
        Expect.illegalArgument("features has 3 rows but targets has 2",
                () -> Dataset.of(FEATURES, new double[][] {{0}, {1}}));
        Expect.illegalArgument("row 2 of features has length 1, expected 2 (the length of row 0)",
                () -> Dataset.of(new double[][] {{1, 2}, {3, 4}, {5}}, TARGETS));
        Expect.illegalArgument("row 1 of targets has length 2, expected 1 (the length of row 0)",
                () -> Dataset.of(FEATURES, new double[][] {{0}, {1, 1}, {0}}));
        Expect.illegalArgument("row 1 of features is null",
                () -> Dataset.of(new double[][] {{1, 2}, null, {5, 6}}, TARGETS));
        Expect.illegalArgument("row 0 of targets is empty",
                () -> Dataset.of(FEATURES, new double[][] {{}, {}, {}}));
        Expect.illegalArgument("features has no rows; use Dataset.of(featureCount, flatFeatures, targetWidth, "
                + "flatTargets) for an empty data set", () -> Dataset.of(new double[0][], new double[0][]));
    }

    @Test
    void rejectsFlatArraysThatAreNotWholeRowsOrDisagree() {
        Expect.illegalArgument("features has 7 values, which is not a whole number of rows of 2",
                () -> Dataset.of(2, new double[7], 1, new double[3]));
        Expect.illegalArgument("targets has 5 values, which is not a whole number of rows of 2",
                () -> Dataset.of(2, new double[6], 2, new double[5]));
        Expect.illegalArgument("features has 3 rows of 2 but targets has 4 rows of 1",
                () -> Dataset.of(2, new double[6], 1, new double[4]));
        Expect.illegalArgument("features: width 0 must be at least 1",
                () -> Dataset.of(0, new double[0], 1, new double[0]));
        Expect.illegalArgument("targets: width -1 must be at least 1",
                () -> Dataset.of(1, new double[0], -1, new double[0]));
    }

    @Test
    void accessorsCheckBounds() {
        Dataset data = Dataset.of(FEATURES, TARGETS);
        assertThrows(IndexOutOfBoundsException.class, () -> data.feature(3, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> data.feature(0, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> data.target(0, 1));
    }
}
