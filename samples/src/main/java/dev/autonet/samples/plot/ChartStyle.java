package dev.autonet.samples.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The one look every chart in this package shares: sizes, fonts, colours, strokes and markers. */
final class ChartStyle {
    /** Panel size in pixels; three side by side make an 1800 × 450 figure, like matplotlib's figsize=(18, 5). */
    static final int WIDTH = 600;
    static final int HEIGHT = 450;

    /** matplotlib's tab10 colours, which stay distinct for the colour-blind in the first few entries. */
    static final Color BLUE = new Color(0x1F77B4);
    static final Color ORANGE = new Color(0xFF7F0E);
    static final Color GREEN = new Color(0x2CA02C);
    static final Color RED = new Color(0xD62728);
    static final Color PURPLE = new Color(0x9467BD);
    static final Color[] LINE_COLORS = {BLUE, ORANGE, GREEN, RED, PURPLE};

    static final BasicStroke SOLID = stroke(2.2f);
    /** Solid, dashed, dash-dotted, dotted: lines that coincide (MAE and Huber fits often do) stay apart. */
    static final BasicStroke[] LINE_STROKES = {
        stroke(2.5f), stroke(2.5f, 9, 5), stroke(2.5f, 10, 4, 2, 4), stroke(2.5f, 2, 4), stroke(1.5f)};

    /** The part of the data's extent a legend of three or four entries covers, roughly, in a 600 × 450 chart. */
    private static final double LEGEND_WIDTH = 0.3;
    private static final double LEGEND_HEIGHT = 0.25;

    static final Color TEXT = new Color(0x222222);
    static final Color GRID = new Color(0xDDDDDD);
    static final Color FRAME = new Color(0x888888);
    static final Color MARKER_EDGE = new Color(0x202020);

    private ChartStyle() {}

    /** A white chart with light grid lines and a bold title; {@link #placeLegend} positions its legend. */
    static XYChart chart(String title, String xAxisTitle, String yAxisTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(title).xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        XYStyler styler = chart.getStyler();
        styler.setAntiAlias(true);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setChartFontColor(TEXT);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
        styler.setChartTitleBoxVisible(false);
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setAxisTickLabelsColor(TEXT);
        styler.setAxisTickMarksColor(FRAME);
        styler.setPlotBorderColor(FRAME);
        styler.setPlotGridLinesColor(GRID);
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setLegendBackgroundColor(new Color(255, 255, 255, 220));
        styler.setLegendBorderColor(FRAME);
        styler.setLegendSeriesLineLength(28);
        styler.setChartPadding(12);
        styler.setMarkerSize(7);
        styler.setToolTipsEnabled(false);
        styler.setLocale(Locale.ROOT);
        // XChart's automatic pattern writes 0.05 as ".05".
        styler.setyAxisTickLabelsFormattingFunction(ChartStyle::tickLabel);
        return chart;
    }

    /**
     * Paints {@code chart} over the whole of {@code image}, as {@code BitmapEncoder.getBufferedImage} does but
     * with pure strokes, so that lines are not snapped to whole pixels and curves stay smooth.
     */
    static void paint(XYChart chart, BufferedImage image) {
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            chart.paint(g, image.getWidth(), image.getHeight());
        } finally {
            g.dispose();
        }
    }

    /** A tick value as a person writes it: "0.05", "-1.5", "150", never ".05" or "0.30000000000000004". */
    static String tickLabel(double value) {
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }

    /** A marker on every point, in the line's colour: for short runs, where a line alone could hide one epoch. */
    static void markEveryPoint(XYSeries series) {
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setMarkerColor(series.getLineColor());
    }

    /**
     * Round tick values (50, 100, 150) on an x axis of many equally spaced values. XChart ticks such an axis
     * at every k-th data value (1, 11, 21, …) and lets three-digit labels touch; one hidden point off that
     * lattice, at x = 0.5 with a y the chart already has, sends it to its ordinary round-number ticks.
     */
    static void roundXTicks(XYChart chart, double existingY) {
        XYSeries anchor = chart.addSeries(" ", new double[] {0.5}, new double[] {existingY});
        anchor.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        anchor.setMarker(SeriesMarkers.NONE);
        anchor.setLineColor(new Color(0, 0, 0, 0));
        anchor.setShowInLegend(false);
    }

    /**
     * Puts the legend inside the corner of the plot that covers the fewest data points, preferring top right,
     * then top left, bottom right, bottom left (matplotlib's {@code loc="best"}, roughly): a loss curve ends
     * low, so its legend goes top right; an accuracy curve ends high, so bottom right. Call after the last
     * series is added.
     */
    static void placeLegend(XYChart chart) {
        double[] bounds = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        forEachPoint(chart, (x, y) -> {
            bounds[0] = Math.min(bounds[0], x);
            bounds[1] = Math.max(bounds[1], x);
            bounds[2] = Math.min(bounds[2], y);
            bounds[3] = Math.max(bounds[3], y);
        });
        LegendPosition[] corners = {LegendPosition.InsideNE, LegendPosition.InsideNW, LegendPosition.InsideSE,
            LegendPosition.InsideSW};
        int[] covered = new int[corners.length];
        forEachPoint(chart, (x, y) -> {
            boolean right = x >= bounds[1] - LEGEND_WIDTH * (bounds[1] - bounds[0]);
            boolean left = x <= bounds[0] + LEGEND_WIDTH * (bounds[1] - bounds[0]);
            boolean top = y >= bounds[3] - LEGEND_HEIGHT * (bounds[3] - bounds[2]);
            boolean bottom = y <= bounds[2] + LEGEND_HEIGHT * (bounds[3] - bounds[2]);
            covered[0] += top && right ? 1 : 0;
            covered[1] += top && left ? 1 : 0;
            covered[2] += bottom && right ? 1 : 0;
            covered[3] += bottom && left ? 1 : 0;
        });
        int best = 0;
        for (int corner = 1; corner < corners.length; corner++) {
            best = covered[corner] < covered[best] ? corner : best;
        }
        chart.getStyler().setLegendPosition(corners[best]);
    }

    private static void forEachPoint(XYChart chart, DoubleBiConsumer action) {
        for (XYSeries series : chart.getSeriesMap().values()) {
            double[] x = series.getXData();
            double[] y = series.getYData();
            for (int i = 0; i < x.length; i++) {
                if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                    action.accept(x[i], y[i]);
                }
            }
        }
    }

    @FunctionalInterface
    private interface DoubleBiConsumer {
        void accept(double x, double y);
    }

    /** A line without markers. */
    static XYSeries line(XYChart chart, String name, double[] x, double[] y, Color color, BasicStroke stroke) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        series.setLineStyle(stroke);
        return series;
    }

    /** Points without lines, filled with {@code fill} and outlined in near-black so they show on any background. */
    static XYSeries points(XYChart chart, String name, double[] x, double[] y, Color fill) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        series.setMarker(new OutlinedCircle());
        series.setMarkerColor(fill);
        return series;
    }

    private static BasicStroke stroke(float width, float... dashes) {
        return dashes.length == 0
                ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes, 0f);
    }

    /** matplotlib's {@code scatter(..., edgecolors="k")}: XChart's own markers have no edge. */
    static final class OutlinedCircle extends Marker {
        private static final BasicStroke EDGE = new BasicStroke(0.8f);

        @Override
        public void paint(Graphics2D g, double x, double y, int size) {
            Ellipse2D circle = new Ellipse2D.Double(x - size / 2.0, y - size / 2.0, size, size);
            g.fill(circle);
            Color fill = g.getColor();
            g.setColor(MARKER_EDGE);
            g.setStroke(EDGE);
            g.draw(circle);
            g.setColor(fill);
        }
    }
}
