package dev.autonet.samples.plot;

import static dev.autonet.samples.plot.PngAssertions.assertPng;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.runtime.data.Dataset;
import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decision-boundary panel draws the function it is given, its 0.5 line, and the points by class. */
class DecisionBoundaryTest {
    /**
     * p near 1 where x and y have the same sign, near 0 where they differ, with a steep but smooth step: a
     * map flipped or shifted along either axis gets the quadrants wrong.
     */
    private static final DoubleBinaryOperator SAME_SIGN = (x, y) -> 1 / (1 + Math.exp(-20 * x * y));

    @TempDir
    Path directory;

    /**
     * Class 1 at (-1, -1) and (0.5, 0.2), class 0 at (-1, 1) and (1, -1): the top-right corner stays empty,
     * so the legend goes there and covers none of the places the tests look at.
     */
    private static Dataset fourPoints() {
        return Dataset.of(new double[][] {{-1, -1}, {-1, 1}, {1, -1}, {0.5, 0.2}},
                new double[][] {{1}, {0}, {0}, {1}});
    }

    @Test
    void theMapIsBlueWhereTheFunctionIsZeroAndRedWhereItIsOne() {
        DecisionBoundary boundary = Plots.decisionBoundary(fourPoints(), SAME_SIGN, "Quadrants");
        BufferedImage image = boundary.render();

        for (double[] point : new double[][] {{-0.5, 0.5}, {0.5, -0.5}, {-0.3, 0.7}}) {
            Color c = pixel(image, boundary.screenPoint(point[0], point[1]));
            assertTrue(c.getBlue() > c.getRed() + 60, "p = 0 at " + Arrays.toString(point) + " should be blue: " + c);
        }
        for (double[] point : new double[][] {{0.5, 0.5}, {-0.5, -0.5}, {0.3, 0.7}}) {
            Color c = pixel(image, boundary.screenPoint(point[0], point[1]));
            assertTrue(c.getRed() > c.getBlue() + 60, "p = 1 at " + Arrays.toString(point) + " should be red: " + c);
        }
    }

    @Test
    void theHalfLevelIsDrawnAsADarkLine() {
        DecisionBoundary boundary = Plots.decisionBoundary(fourPoints(), SAME_SIGN, "Quadrants");
        BufferedImage image = boundary.render();

        for (double y : new double[] {-0.6, -0.2, 0.4}) {
            Point2D onLine = boundary.screenPoint(0, y);
            int darkest = 255 * 3;
            for (int dx = -2; dx <= 2; dx++) {
                Color c = pixel(image, new Point2D.Double(onLine.getX() + dx, onLine.getY()));
                darkest = Math.min(darkest, c.getRed() + c.getGreen() + c.getBlue());
            }
            assertTrue(darkest < 150, "no dark p = 0.5 line near x = 0 at y = " + y + " (darkest sum " + darkest + ")");
            // Away from the line the map is light: the line is drawn, not the map itself dark.
            Color beside = pixel(image, boundary.screenPoint(-0.15, y));
            assertTrue(beside.getRed() + beside.getGreen() + beside.getBlue() > 400, "map beside the line: " + beside);
        }
    }

    @Test
    void pointsAreDrawnOnTopInTheirClassColour() {
        DecisionBoundary boundary = Plots.decisionBoundary(fourPoints(), SAME_SIGN, "Quadrants");
        BufferedImage image = boundary.render();

        // Each point sits in the region of its own class and still stands out from the lighter map around it.
        Color class1 = pixel(image, boundary.screenPoint(-1, -1));
        Color class0 = pixel(image, boundary.screenPoint(1, -1));
        assertEquals(new Color(0xB2182B), class1, "class 1 point");
        assertEquals(new Color(0x2166AC), class0, "class 0 point");
        assertTrue(pixel(image, boundary.screenPoint(-1, -0.6)).getGreen() > class1.getGreen() + 40,
                "the map around a class 1 point is lighter than the point");
        assertTrue(pixel(image, boundary.screenPoint(1, -0.6)).getGreen() > class0.getGreen() + 40,
                "the map around a class 0 point is lighter than the point");
    }

    @Test
    void theLegendNamesThePointsAsAskedFor() {
        assertEquals(List.of("p = 0.5", "class 0", "class 1"),
                Plots.decisionBoundary(fourPoints(), SAME_SIGN, "Quadrants").legend());
        // One class of several (one-vs-rest): blue is every other class, not "class 0".
        assertEquals(List.of("p = 0.5", "not class 2", "class 2"),
                Plots.decisionBoundary(fourPoints(), SAME_SIGN, "p(class 2)", "not class 2", "class 2").legend());
    }

    @Test
    void writesAValidPngOfOnePanel() throws IOException {
        DecisionBoundary boundary = Plots.decisionBoundary(fourPoints(), SAME_SIGN, "Quadrants");

        assertEquals(Plots.BOUNDARY_RESOLUTION, boundary.resolution());
        assertPng(Plots.writePng(directory.resolve("boundary.png"), boundary), 600, 450);
    }

    @Test
    void rejectsDataWithoutTwoFeaturesAndNaNProbabilities() {
        Dataset oneFeature = Dataset.of(new double[][] {{0}, {1}}, new double[][] {{0}, {1}});
        assertThrows(IllegalArgumentException.class, () -> Plots.decisionBoundary(oneFeature, SAME_SIGN, "x"));

        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> Plots.decisionBoundary(fourPoints(), (x, y) -> Double.NaN, "x"));
        assertTrue(nan.getMessage().contains("is NaN"), nan.getMessage());
    }

    private static Color pixel(BufferedImage image, Point2D point) {
        return new Color(image.getRGB((int) Math.floor(point.getX()), (int) Math.floor(point.getY())));
    }
}
