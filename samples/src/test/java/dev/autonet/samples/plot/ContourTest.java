package dev.autonet.samples.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Marching squares: the level line lies where the function crosses the level, in pieces separated by NaN. */
class ContourTest {

    @Test
    void aCircleIsTracedAtItsRadius() {
        double[] xs = PlotArea.linspace(-2, 2, 41);
        double[] ys = PlotArea.linspace(-2, 2, 41);
        double[][] values = new double[ys.length][xs.length];
        for (int row = 0; row < ys.length; row++) {
            for (int column = 0; column < xs.length; column++) {
                values[row][column] = Math.hypot(xs[column], ys[row]);
            }
        }

        double[][] line = Contour.at(values, xs, ys, 1);

        int ends = 0;
        for (int i = 0; i < line[0].length; i++) {
            if ((i + 1) % 3 == 0) {
                assertTrue(Double.isNaN(line[0][i]) && Double.isNaN(line[1][i]), "separator at " + i);
            } else {
                // Linear interpolation of a distance on a 0.1 grid is off by at most ~0.005 near radius 1.
                assertEquals(1, Math.hypot(line[0][i], line[1][i]), 0.01, "end " + i);
                ends++;
            }
        }
        assertTrue(ends > 40, "a closed circle through ~60 cells, but only " + ends + " segment ends");
    }

    @Test
    void aSaddleIsSplitByTheCentreValue() {
        double[] xs = {0, 1};
        double[] ys = {0, 1};
        // a (bottom left) and c (top right) high, b and d low, centre high: a and c connect, b and d are cut off.
        double[][] values = {{1, 0}, {0, 1}};

        double[][] line = Contour.at(values, xs, ys, 0.4);

        assertEquals(6, line[0].length, "two segments");
        // The segment cutting off b = (1, 0) joins its bottom and right edges.
        assertEquals(0.6, line[0][0], 1e-12);
        assertEquals(0, line[1][0], 1e-12);
        assertEquals(1, line[0][1], 1e-12);
        assertEquals(0.4, line[1][1], 1e-12);
    }

    @Test
    void aFunctionThatNeverCrossesTheLevelHasNoLine() {
        double[][] line = Contour.at(new double[][] {{0.1, 0.2}, {0.3, 0.4}}, new double[] {0, 1},
                new double[] {0, 1}, 0.5);

        assertEquals(0, line[0].length);
        assertEquals(0, line[1].length);
    }
}
