package dev.autonet.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SplitTest {
    /** Row r has feature r and target -r, so every part says which rows it took. */
    private static Dataset numbered(int rows) {
        double[] features = IntStream.range(0, rows).asDoubleStream().toArray();
        return Dataset.of(1, features, 1, DoubleStream.of(features).map(x -> -x).toArray());
    }

    private static void assertSizes(Split split, int train, int validation, int test) {
        assertEquals(train, split.train().rows(), "train");
        assertEquals(validation, split.validation().rows(), "validation");
        assertEquals(test, split.test().rows(), "test");
    }

    @Test
    void sizesRoundEachFractionAndTestTakesTheRest() {
        assertSizes(numbered(1000).split(0.7, 0.15, 1), 700, 150, 150);
        assertSizes(numbered(10).split(0.75, 0.15, 1), 8, 2, 0);    // round(7.5) = 8, round(1.5) = 2
        assertSizes(numbered(3).split(0.5, 0.5, 1), 2, 1, 0);       // validation capped at what is left
        assertSizes(numbered(10).split(0.7, 0.3, 1), 7, 3, 0);      // 0.7 + 0.3 is accepted
        assertSizes(numbered(10).split(0, 0, 1), 0, 0, 10);
        assertSizes(numbered(10).split(1, 0, 1), 10, 0, 0);
    }

    @Test
    void partsAreDisjointCoverEveryRowAndKeepRowsWhole() {
        Split split = numbered(101).split(0.6, 0.2, 4);
        double[] sorted = Stream.of(split.train(), split.validation(), split.test())
                .flatMapToDouble(part -> DoubleStream.of(part.features()))
                .toArray();
        Arrays.sort(sorted);
        assertArrayEquals(IntStream.range(0, 101).asDoubleStream().toArray(), sorted);
        for (Dataset part : new Dataset[] {split.train(), split.validation(), split.test()}) {
            for (int row = 0; row < part.rows(); row++) {
                assertEquals(-part.feature(row, 0), part.target(row, 0));
            }
        }
        // Shuffled, not a cut of the original order.
        assertNotEquals(numbered(101).subset(IntStream.range(0, 61).toArray()), split.train());
    }

    @Test
    void sameSeedSameSplitAndOtherSeedsDiffer() {
        Dataset data = numbered(200);
        Split split = data.split(0.8, 0.1, 21);
        assertEquals(split, Split.of(data, 0.8, 0.1, 21));
        assertNotEquals(split.train(), data.split(0.8, 0.1, 22).train());
    }

    @Test
    void rejectsBadFractions() {
        Dataset data = numbered(10);
        Expect.illegalArgument("trainFraction 1.2 is outside [0, 1]", () -> data.split(1.2, 0, 1));
        Expect.illegalArgument("validationFraction -0.1 is outside [0, 1]", () -> data.split(0.5, -0.1, 1));
        Expect.illegalArgument("trainFraction NaN is outside [0, 1]", () -> data.split(Double.NaN, 0, 1));
        Expect.illegalArgument("trainFraction 0.75 + validationFraction 0.5 = 1.25 exceeds 1; the test part gets "
                + "1 minus their sum", () -> data.split(0.75, 0.5, 1));
        assertEquals(0, data.split(0.75, 0.25, 1).test().rows());
    }
}
