package dev.autonet.samples.plot;

import dev.autonet.runtime.data.Dataset;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A classifier's probability p(x1, x2) over the plane as a filled blue (0) to red (1) map, its p = 0.5 line,
 * and the data points on top coloured by class: the third panel of the source figure.
 *
 * <p>XChart has no contour plot, so the map is drawn with Java2D under a normal XChart chart: the chart is
 * laid out once to learn where the grid's corners fall on screen, the map is painted into exactly that
 * rectangle (one colour per pixel, bilinear between the grid's samples), and the chart is painted over it
 * with transparent backgrounds, so its frame, ticks, points and legend sit on top. This gives a smooth image
 * with XChart's own axes, where 22,500 rectangle annotations would be slow and still blocky.
 * Not thread-safe: rendering paints the one chart.
 */
public final class DecisionBoundary implements Figure {
    private static final Color CLASS_0 = new Color(0x2166AC);
    private static final Color CLASS_1 = new Color(0xB2182B);
    private static final Color TRANSPARENT = new Color(0, 0, 0, 0);

    private final XYChart chart;
    private final double[] xs;
    private final double[] ys;
    private final double[][] probabilities;

    private DecisionBoundary(XYChart chart, double[] xs, double[] ys, double[][] probabilities) {
        this.chart = chart;
        this.xs = xs;
        this.ys = ys;
        this.probabilities = probabilities;
    }

    /**
     * Samples {@code probability} on a {@code resolution × resolution} grid over the points' area and puts the
     * points on top, split by class: target 0 in blue, named {@code negative} in the legend, target 1 in red,
     * named {@code positive}. The caller has checked that there are rows and two features.
     */
    static DecisionBoundary of(Dataset points, DoubleBinaryOperator probability, int resolution, String title,
            String negative, String positive) {
        PlotArea area = PlotArea.covering(column(points, 0), column(points, 1));
        double[] xs = area.xSamples(resolution);
        double[] ys = area.ySamples(resolution);
        double[][] probabilities = new double[ys.length][xs.length];
        for (int row = 0; row < ys.length; row++) {
            for (int column = 0; column < xs.length; column++) {
                double p = probability.applyAsDouble(xs[column], ys[row]);
                if (Double.isNaN(p)) {
                    throw new IllegalArgumentException("the probability at (" + xs[column] + ", " + ys[row]
                            + ") is NaN; a diverged model cannot be plotted");
                }
                probabilities[row][column] = Math.min(1, Math.max(0, p));
            }
        }
        XYChart chart = ChartStyle.chart(title, "x1", "x2");
        style(chart, area);
        double[][] line = Contour.at(probabilities, xs, ys, 0.5);
        if (line[0].length > 0) {
            XYSeries boundary = chart.addSeries("p = 0.5", line[0], line[1]);
            boundary.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            boundary.setMarker(SeriesMarkers.NONE);
            boundary.setLineColor(ChartStyle.MARKER_EDGE);
            boundary.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        addClass(chart, negative, pointsOfClass(points, false), CLASS_0);
        addClass(chart, positive, pointsOfClass(points, true), CLASS_1);
        ChartStyle.placeLegend(chart);
        return new DecisionBoundary(chart, xs, ys, probabilities);
    }

    /** The legend's entries, in drawing order: the p = 0.5 line (when there is one), then the two classes. */
    List<String> legend() {
        return List.copyOf(chart.getSeriesMap().keySet());
    }

    private static void style(XYChart chart, PlotArea area) {
        XYStyler styler = chart.getStyler();
        styler.setXAxisMin(area.xMin()).setXAxisMax(area.xMax());
        styler.setYAxisMin(area.yMin()).setYAxisMax(area.yMax());
        // The data range must fill the whole plot rectangle, or a white margin shows inside the frame.
        styler.setPlotContentSize(1.0);
        styler.setPlotGridLinesVisible(false);
        // render() fills the background itself and draws the map before the chart paints.
        styler.setChartBackgroundColor(TRANSPARENT);
        styler.setPlotBackgroundColor(TRANSPARENT);
    }

    private static double[] column(Dataset points, int column) {
        double[] values = new double[points.rows()];
        for (int row = 0; row < values.length; row++) {
            values[row] = points.feature(row, column);
        }
        return values;
    }

    /** {x1 values, x2 values} of the rows of class 1 (target column 0 above 0.5), or of class 0. */
    private static double[][] pointsOfClass(Dataset points, boolean classOne) {
        int count = 0;
        for (int row = 0; row < points.rows(); row++) {
            count += (points.target(row, 0) > 0.5) == classOne ? 1 : 0;
        }
        double[][] xy = new double[2][count];
        for (int row = 0, i = 0; row < points.rows(); row++) {
            if ((points.target(row, 0) > 0.5) == classOne) {
                xy[0][i] = points.feature(row, 0);
                xy[1][i] = points.feature(row, 1);
                i++;
            }
        }
        return xy;
    }

    private static void addClass(XYChart chart, String name, double[][] points, Color color) {
        if (points[0].length > 0) {
            ChartStyle.points(chart, name, points[0], points[1], color);
        }
    }

    /** Number of grid samples along each axis. */
    public int resolution() {
        return xs.length;
    }

    @Override
    public BufferedImage render() {
        // Pass 1, on scratch: lets XChart lay the chart out, so that its axes map data to pixels.
        ChartStyle.paint(chart, new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB));
        // Pass 2: white background, the map inside the plot rectangle, then the chart over both.
        BufferedImage image = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
        } finally {
            g.dispose();
        }
        paintMap(image);
        ChartStyle.paint(chart, image);
        return image;
    }

    /** Where data point (x, y) falls in the last rendered image; for tests. */
    Point2D screenPoint(double x, double y) {
        return new Point2D.Double(chart.getScreenXFromChart(x), chart.getScreenYFromChart(y));
    }

    // One colour per pixel inside the plot rectangle, from the grid by bilinear interpolation.
    private void paintMap(BufferedImage image) {
        double left = chart.getScreenXFromChart(xs[0]);
        double right = chart.getScreenXFromChart(xs[xs.length - 1]);
        double top = chart.getScreenYFromChart(ys[ys.length - 1]);
        double bottom = chart.getScreenYFromChart(ys[0]);
        int firstColumn = Math.max(0, (int) Math.round(left));
        int lastColumn = Math.min(image.getWidth(), (int) Math.round(right));
        int firstRow = Math.max(0, (int) Math.round(top));
        int lastRow = Math.min(image.getHeight(), (int) Math.round(bottom));
        for (int py = firstRow; py < lastRow; py++) {
            // Grid coordinates: 0 at the first sample, length - 1 at the last; screen y grows downwards.
            double v = (bottom - (py + 0.5)) / (bottom - top) * (ys.length - 1);
            for (int px = firstColumn; px < lastColumn; px++) {
                double u = (px + 0.5 - left) / (right - left) * (xs.length - 1);
                image.setRGB(px, py, ColorMap.rgb(interpolate(u, v)));
            }
        }
    }

    private double interpolate(double u, double v) {
        int column = Math.max(0, Math.min(xs.length - 2, (int) Math.floor(u)));
        int row = Math.max(0, Math.min(ys.length - 2, (int) Math.floor(v)));
        double s = Math.max(0, Math.min(1, u - column));
        double t = Math.max(0, Math.min(1, v - row));
        double lower = probabilities[row][column] * (1 - s) + probabilities[row][column + 1] * s;
        double upper = probabilities[row + 1][column] * (1 - s) + probabilities[row + 1][column + 1] * s;
        return lower * (1 - t) + upper * t;
    }
}
