package dev.autonet.samples.plot;

import static dev.autonet.samples.plot.PngAssertions.assertOnlyFiles;
import static dev.autonet.samples.plot.PngAssertions.assertPng;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.autonet.runtime.data.Dataset;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

/** The three-panel figure and the row layout under it. */
class FigureTest {
    @TempDir
    Path directory;

    @Test
    void threePanelFigureIsThreeChartsWide() throws IOException {
        double[][] loss = PlotsTest.curves(100);
        XYChart lossChart = Plots.lossCurves(loss[0], loss[1], "Loss");
        XYChart accuracy = Plots.metricCurves("accuracy", complement(loss[0]), complement(loss[1]), "Accuracy");
        Dataset points = Dataset.of(new double[][] {{-1, -1}, {1, 1}, {-1, 1}, {1, -1}},
                new double[][] {{0}, {1}, {0}, {1}});
        DecisionBoundary boundary = Plots.decisionBoundary(points, (x, y) -> 1 / (1 + Math.exp(-4 * x * y)),
                "Decision boundary");

        Path file = Plots.writeThreePanel(directory.resolve("moons.png"), lossChart, accuracy, boundary);

        BufferedImage image = assertPng(file, 3 * lossChart.getWidth(), lossChart.getHeight());
        assertEquals(1800, image.getWidth());
        assertOnlyFiles(directory, "moons.png");
    }

    @Test
    void rowCentresShorterPanelsOnWhite() {
        Figure tall = solid(10, 40, Color.RED);
        Figure short_ = solid(20, 10, Color.BLUE);

        BufferedImage row = Figure.row(tall, short_).render();

        assertEquals(30, row.getWidth());
        assertEquals(40, row.getHeight());
        assertEquals(Color.RED.getRGB(), row.getRGB(5, 0));
        assertEquals(Color.WHITE.getRGB(), row.getRGB(15, 5));
        assertEquals(Color.BLUE.getRGB(), row.getRGB(15, 20));
        assertThrows(IllegalArgumentException.class, Figure::row);
    }

    private static Figure solid(int width, int height, Color color) {
        return () -> {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    image.setRGB(x, y, color.getRGB());
                }
            }
            return image;
        };
    }

    private static double[] complement(double[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = 1 - values[i];
        }
        return result;
    }
}
