package dev.autonet.samples.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;

/**
 * Something that draws itself into an image: an XChart chart, a {@link DecisionBoundary}, or a row of panels.
 * {@link Plots#writePng(java.nio.file.Path, Figure)} writes any of them to a PNG file.
 */
@FunctionalInterface
public interface Figure {

    /** A new RGB image of this figure at its own size. */
    BufferedImage render();

    /**
     * The chart as XChart draws it, at the chart's width and height: what {@code BitmapEncoder.getBufferedImage}
     * gives, but with pure strokes, so that lines are not snapped to whole pixels and curves stay smooth.
     */
    static Figure of(XYChart chart) {
        Objects.requireNonNull(chart, "chart");
        return () -> {
            BufferedImage image = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
            ChartStyle.paint(chart, image);
            return image;
        };
    }

    /**
     * The panels side by side, left to right, on a white background as tall as the tallest panel; shorter
     * panels are centred vertically. Like matplotlib's {@code plt.subplots(1, n)}.
     */
    static Figure row(Figure... panels) {
        List<Figure> copy = List.of(panels);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a row needs at least one panel");
        }
        return () -> {
            BufferedImage[] images = copy.stream().map(Figure::render).toArray(BufferedImage[]::new);
            int width = Arrays.stream(images).mapToInt(BufferedImage::getWidth).sum();
            int height = Arrays.stream(images).mapToInt(BufferedImage::getHeight).max().orElseThrow();
            BufferedImage row = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = row.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
                int x = 0;
                for (BufferedImage image : images) {
                    g.drawImage(image, x, (height - image.getHeight()) / 2, null);
                    x += image.getWidth();
                }
            } finally {
                g.dispose();
            }
            return row;
        };
    }
}
