package dev.autonet.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CirclesTest {
    /** Radii and angles computed from cos/sin in double: a few ulps. */
    private static final double EXACT = 1e-12;

    @Test
    void noiseFreePointsLieOnTheirCircles() {
        Dataset circles = Datasets.makeCircles(1001, 0, 0.3, 42);
        assertEquals(1001, circles.rows());
        assertEquals(2, circles.featureCount());
        assertEquals(1, circles.targetWidth());
        int outer = 0;
        for (int row = 0; row < circles.rows(); row++) {
            double label = circles.target(row, 0);
            assertTrue(label == 0 || label == 1, "row " + row + " label " + label);
            outer += label == 0 ? 1 : 0;
            assertEquals(label == 0 ? 1 : 0.3, radius(circles, row), EXACT, "row " + row);
        }
        assertEquals(500, outer);   // n / 2 outer, the other 501 inner, as scikit-learn
    }

    @Test
    void anglesAreEvenlySpacedWithTwoPiLeftOut() {
        Dataset circles = Datasets.makeCircles(9, 0, 0.5, 1);   // 4 outer points, 5 inner points
        assertArrayEquals(new double[] {0, 0.5, 1, 1.5}, anglesOverPi(circles, 0), EXACT);
        assertArrayEquals(new double[] {0, 0.4, 0.8, 1.2, 1.6}, anglesOverPi(circles, 1), EXACT);
    }

    @Test
    void factorZeroPutsTheInnerCircleAtTheOriginAndOneRowIsItsStart() {
        Dataset circles = Datasets.makeCircles(10, 0, 0, 3);
        for (int row = 0; row < circles.rows(); row++) {
            if (circles.target(row, 0) == 1) {
                assertEquals(0, radius(circles, row), "row " + row);
            }
        }
        Dataset one = Datasets.makeCircles(1, 0, 0.8, 0);   // n_out = 0, n_in = 1, t = 0
        assertEquals(1, one.target(0, 0));
        assertEquals(0.8, one.feature(0, 0));
        assertEquals(0, one.feature(0, 1));
    }

    @Test
    void rowsAreShuffled() {
        Dataset circles = Datasets.makeCircles(1000, 0, 0.5, 42);
        int innerInFirstHalf = 0;
        for (int row = 0; row < 500; row++) {
            innerInFirstHalf += (int) circles.target(row, 0);
        }
        // Unshuffled, the first half would be all outer; shuffled, about 250 ± 11 (one standard deviation).
        assertTrue(innerInFirstHalf > 150 && innerInFirstHalf < 350,
                "inner rows in first half: " + innerInFirstHalf);
    }

    @Test
    void noiseMovesPointsOffTheirCirclesByTheStatedDeviation() {
        double noise = 0.03;
        Dataset circles = Datasets.makeCircles(4000, noise, 0.5, 9);
        double total = 0;
        for (int row = 0; row < circles.rows(); row++) {
            total += Math.abs(radius(circles, row) - (circles.target(row, 0) == 0 ? 1 : 0.5));
        }
        // Small isotropic noise moves a point radially by N(0, noise²): mean distance noise·√(2/π) ≈ 0.80·noise.
        // 4000 rows pin the ratio to about ±1.2%; we allow ±0.08 (10%).
        assertEquals(Math.sqrt(2 / Math.PI), total / circles.rows() / noise, 0.08);
    }

    @Test
    void sameSeedGivesIdenticalDataAndOtherSeedsDiffer() {
        assertEquals(Datasets.makeCircles(300, 0.1, 0.5, 7), Datasets.makeCircles(300, 0.1, 0.5, 7));
        assertNotEquals(Datasets.makeCircles(300, 0.1, 0.5, 7), Datasets.makeCircles(300, 0.1, 0.5, 8));
        assertNotEquals(Datasets.makeCircles(300, 0, 0.5, 7), Datasets.makeCircles(300, 0, 0.5, 8));   // order alone
    }

    @Test
    void rejectsBadArguments() {
        Expect.illegalArgument("n 0 must be at least 1", () -> Datasets.makeCircles(0, 0.1, 0.5, 1));
        Expect.illegalArgument("noise -0.1 must be a finite standard deviation >= 0",
                () -> Datasets.makeCircles(10, -0.1, 0.5, 1));
        String why = " must be in [0, 1): it is the inner circle's radius, the outer circle's being 1";
        Expect.illegalArgument("factor 1.0" + why, () -> Datasets.makeCircles(10, 0.1, 1, 1));
        Expect.illegalArgument("factor -0.5" + why, () -> Datasets.makeCircles(10, 0.1, -0.5, 1));
        Expect.illegalArgument("factor NaN" + why, () -> Datasets.makeCircles(10, 0.1, Double.NaN, 1));
        Expect.illegalArgument("noise 1.0E308 is too large: row 0, feature 1 is infinite (Infinity)",
                () -> Datasets.makeCircles(10, 1e308, 0.5, 1));
    }

    private static double radius(Dataset circles, int row) {
        return Math.hypot(circles.feature(row, 0), circles.feature(row, 1));
    }

    /** The sorted angles, in [0, 2π) and divided by π, of the rows with this label. */
    private static double[] anglesOverPi(Dataset circles, double label) {
        return IntStream.range(0, circles.rows())
                .filter(row -> circles.target(row, 0) == label)
                .mapToDouble(row -> Math.atan2(circles.feature(row, 1), circles.feature(row, 0)))
                .map(angle -> (angle < -EXACT ? angle + 2 * Math.PI : angle) / Math.PI)
                .sorted()
                .toArray();
    }
}
