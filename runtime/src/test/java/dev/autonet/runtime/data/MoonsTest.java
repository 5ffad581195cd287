package dev.autonet.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MoonsTest {
    /** Circle equations evaluated in double on points computed with cos/sin: a few ulps of 1. */
    private static final double ON_CIRCLE = 1e-12;

    @Test
    void noiseFreePointsLieOnTheirMoons() {
        Dataset moons = Datasets.makeMoons(1000, 0, 42);
        assertEquals(1000, moons.rows());
        assertEquals(2, moons.featureCount());
        assertEquals(1, moons.targetWidth());
        int outer = 0;
        int inner = 0;
        for (int row = 0; row < moons.rows(); row++) {
            double x = moons.feature(row, 0);
            double y = moons.feature(row, 1);
            double label = moons.target(row, 0);
            if (label == 0) {
                outer++;
                assertEquals(1, x * x + y * y, ON_CIRCLE, "row " + row);
                assertTrue(y >= 0, "row " + row + " y " + y);
            } else {
                assertEquals(1, label, "row " + row);
                inner++;
                assertEquals(1, (x - 1) * (x - 1) + (y - 0.5) * (y - 0.5), ON_CIRCLE, "row " + row);
                assertTrue(y <= 0.5, "row " + row + " y " + y);
            }
        }
        assertEquals(500, outer);
        assertEquals(500, inner);
    }

    @Test
    void anglesAreEvenlySpacedWithBothEndsIncluded() {
        Dataset moons = Datasets.makeMoons(7, 0, 1);   // n / 2 = 3 outer points, 4 inner points
        double[] outerAngles = angles(moons, 0, 0, 0);
        double[] innerAngles = angles(moons, 1, 1, 0.5);
        assertEquals(3, outerAngles.length);
        assertEquals(4, innerAngles.length);
        // Outer: t itself. Inner: (1 - cos t, 0.5 - sin t) seen from (1, 0.5) is at angle π + t.
        assertArrayEquals(new double[] {0, Math.PI / 2, Math.PI}, outerAngles);
        assertArrayEquals(new double[] {-Math.PI, -2 * Math.PI / 3, -Math.PI / 3, 0}, innerAngles);
    }

    /** Sorted angles about (cx, cy) of the rows with this label; the inner moon's t = 0 end (at +π) is read as -π. */
    private static double[] angles(Dataset moons, double label, double cx, double cy) {
        return IntStream.range(0, moons.rows())
                .filter(row -> moons.target(row, 0) == label)
                .mapToDouble(row -> Math.atan2(moons.feature(row, 1) - cy, moons.feature(row, 0) - cx))
                .map(angle -> label == 1 && angle > 3 ? angle - 2 * Math.PI : angle)
                .sorted()
                .toArray();
    }

    private static void assertArrayEquals(double[] expected, double[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, ON_CIRCLE);
    }

    @Test
    void rowsAreShuffled() {
        Dataset moons = Datasets.makeMoons(1000, 0, 42);
        int innerInFirstHalf = 0;
        for (int row = 0; row < 500; row++) {
            innerInFirstHalf += (int) moons.target(row, 0);
        }
        // Unshuffled, the first half would be all outer (0). A fair shuffle puts about 250 inner rows there;
        // ±100 is about 9 standard deviations.
        assertTrue(innerInFirstHalf > 150 && innerInFirstHalf < 350, "inner rows in first half: " + innerInFirstHalf);
    }

    @Test
    void meanDistanceOffTheCircleGrowsWithNoise() {
        double previous = meanDistanceOffCircle(Datasets.makeMoons(2000, 0, 3));
        assertEquals(0, previous, ON_CIRCLE);
        for (double noise : new double[] {0.02, 0.05, 0.1, 0.2}) {
            double distance = meanDistanceOffCircle(Datasets.makeMoons(2000, noise, 3));
            assertTrue(distance > previous, "noise " + noise + ": " + distance + " <= " + previous);
            previous = distance;
            if (noise <= 0.05) {
                // Small isotropic noise moves a point radially by N(0, noise²), so the mean distance is
                // noise·sqrt(2/π) ≈ 0.80·noise; 2000 rows pin that to about ±2%, we allow ±12%.
                assertEquals(Math.sqrt(2 / Math.PI), distance / noise, 0.1, "noise " + noise);
            }
        }
    }

    private static double meanDistanceOffCircle(Dataset moons) {
        double total = 0;
        for (int row = 0; row < moons.rows(); row++) {
            boolean inner = moons.target(row, 0) == 1;
            double dx = moons.feature(row, 0) - (inner ? 1 : 0);
            double dy = moons.feature(row, 1) - (inner ? 0.5 : 0);
            total += Math.abs(Math.hypot(dx, dy) - 1);
        }
        return total / moons.rows();
    }

    @Test
    void sameSeedGivesIdenticalDataAndOtherSeedsDiffer() {
        Dataset first = Datasets.makeMoons(300, 0.1, 7);
        Dataset again = Datasets.makeMoons(300, 0.1, 7);
        assertEquals(first, again);
        assertTrue(Arrays.equals(first.features(), again.features()));
        assertNotEquals(first, Datasets.makeMoons(300, 0.1, 8));
        assertNotEquals(Datasets.makeMoons(300, 0, 7), Datasets.makeMoons(300, 0, 8));   // order alone
    }

    @Test
    void oneRowIsTheInnerMoonsStart() {
        Dataset moons = Datasets.makeMoons(1, 0, 0);   // as sklearn: n_out = 0, n_in = 1, t = 0
        assertEquals(1, moons.target(0, 0));
        assertEquals(0, moons.feature(0, 0), ON_CIRCLE);
        assertEquals(0.5, moons.feature(0, 1), ON_CIRCLE);
    }

    @Test
    void rejectsBadArguments() {
        Expect.illegalArgument("n 0 must be at least 1", () -> Datasets.makeMoons(0, 0.1, 1));
        Expect.illegalArgument("noise -0.1 must be a finite standard deviation >= 0",
                () -> Datasets.makeMoons(10, -0.1, 1));
        Expect.illegalArgument("noise NaN must be a finite standard deviation >= 0",
                () -> Datasets.makeMoons(10, Double.NaN, 1));
        Expect.illegalArgument("noise Infinity must be a finite standard deviation >= 0",
                () -> Datasets.makeMoons(10, Double.POSITIVE_INFINITY, 1));
        Expect.illegalArgument("noise 1.0E308 is too large: row 0, feature 1 is infinite (Infinity)",
                () -> Datasets.makeMoons(10, 1e308, 1));
    }
}
