package dev.autonet.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OneHotTest {
    private static final Dataset INDICES = Dataset.of(
            new double[][] {{0.5, 1}, {2, 3}, {4, 5}, {6, 7}},
            new double[][] {{2}, {0}, {1}, {2}});

    @Test
    void encodesEachIndexAsASingleOneAndKeepsTheFeatures() {
        Dataset oneHot = OneHot.encode(INDICES, 3);
        assertEquals(3, oneHot.targetWidth());
        assertArrayEquals(new double[] {0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1}, oneHot.targets());
        assertArrayEquals(INDICES.features(), oneHot.features());
        assertArrayEquals(new double[] {0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0},
                OneHot.encode(INDICES, 4).targets(), "more classes than the data uses");
    }

    @Test
    void decodeUndoesEncode() {
        assertEquals(INDICES, OneHot.decode(OneHot.encode(INDICES, 3)));
        assertEquals(INDICES, OneHot.decode(OneHot.encode(INDICES, 5)));
    }

    @Test
    void encodeNamesTheFirstBadRow() {
        Expect.illegalArgument("row 0: class index 2 is outside [0, 2)", () -> OneHot.encode(INDICES, 2));
        Dataset fractional = Dataset.of(new double[][] {{0}, {1}}, new double[][] {{1}, {0.5}});
        Expect.illegalArgument("row 1: class index 0.5 is not a whole number", () -> OneHot.encode(fractional, 2));
        Dataset negative = Dataset.of(new double[][] {{0}}, new double[][] {{-1}});
        Expect.illegalArgument("row 0: class index -1 is outside [0, 2)", () -> OneHot.encode(negative, 2));
        Expect.illegalArgument("classes 0 must be at least 1", () -> OneHot.encode(INDICES, 0));
        Dataset wide = Dataset.of(new double[][] {{0}}, new double[][] {{0, 1}});
        Expect.illegalArgument("one-hot encoding needs one class index per row, but the data set has 2 target "
                + "values per row", () -> OneHot.encode(wide, 2));
    }

    @Test
    void decodeAcceptsOnlyExactlyOneHotRows() {
        Dataset twoOnes = Dataset.of(new double[][] {{0}, {1}}, new double[][] {{0, 1, 0}, {0, 1, 1}});
        Expect.illegalArgument("row 1: targets [0, 1, 1] are not one-hot (one 1, the rest 0)",
                () -> OneHot.decode(twoOnes));
        Dataset soft = Dataset.of(new double[][] {{0}}, new double[][] {{0.9, 0.1}});
        Expect.illegalArgument("row 0: targets [0.9, 0.1] are not one-hot (one 1, the rest 0)",
                () -> OneHot.decode(soft));
        Dataset none = Dataset.of(new double[][] {{0}}, new double[][] {{0, 0}});
        Expect.illegalArgument("row 0: targets [0, 0] are not one-hot (one 1, the rest 0)",
                () -> OneHot.decode(none));
        Dataset oneAfterBad = Dataset.of(new double[][] {{0}}, new double[][] {{2, 1}});
        Expect.illegalArgument("row 0: targets [2, 1] are not one-hot (one 1, the rest 0)",
                () -> OneHot.decode(oneAfterBad));
    }
}
