package dev.autonet.samples.plot;

import dev.autonet.runtime.data.Dataset;
import dev.autonet.runtime.train.History;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * The samples' figures, drawn with XChart and written as PNG files: loss and metric curves per epoch, a
 * classifier's decision boundary over its data, regression fits over data with outliers, and the source's
 * three-panel figure (loss, accuracy, decision boundary side by side).
 *
 * <pre>{@code
 * XYChart loss = Plots.lossCurves(history, "Loss");
 * XYChart accuracy = Plots.metricCurves(history, "Accuracy");
 * float[] point = new float[2];
 * float[] p = new float[1];
 * DoubleBinaryOperator probability = (x, y) -> {
 *     point[0] = (float) x;
 *     point[1] = (float) y;
 *     model.predict(point, p);
 *     return p[0];
 * };
 * DecisionBoundary boundary = Plots.decisionBoundary(test, probability, "Decision boundary");
 * Path file = Plots.writeThreePanel(Path.of("target/plots/moons.png"), loss, accuracy, boundary);
 * System.out.println("Wrote " + file);
 * }</pre>
 *
 * Everything draws off screen, so it works on machines without a display.
 */
public final class Plots {
    /** Grid samples along each axis of a decision-boundary panel. */
    public static final int BOUNDARY_RESOLUTION = 150;
    /** Points along each regression fit line. */
    static final int FIT_SAMPLES = 200;
    /** Curves of at most this many epochs get a marker per epoch, so that a short run is still visible. */
    static final int MARKED_EPOCHS = 25;
    private static final Color DATA_POINTS = new Color(0x9A9A9A);

    static {
        // Nothing here opens a window; without this a JVM with a stale DISPLAY would try to reach an X server.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Plots() {}

    /** Training and validation loss per epoch; no validation curve when the fit had no validation data. */
    public static XYChart lossCurves(History history, String title) {
        return lossCurves(history.trainLosses(), history.validationLosses(), title);
    }

    /**
     * Training and validation loss per epoch (epochs numbered from 1). {@code validation} may be null or all
     * NaN (no validation data); otherwise it must have one finite value per epoch, as must {@code train}.
     */
    public static XYChart lossCurves(double[] train, double[] validation, String title) {
        return curves("loss", train, validation, title);
    }

    /** The history's metric ("accuracy", "mae") per epoch, training and (when present) validation. */
    public static XYChart metricCurves(History history, String title) {
        return metricCurves(history.metricName(), history.trainMetrics(), history.validationMetrics(), title);
    }

    /**
     * {@code metricName} per epoch, training and validation, with the rules of
     * {@link #lossCurves(double[], double[], String)}; "mae" is spelled out on the axis.
     */
    public static XYChart metricCurves(String metricName, double[] train, double[] validation, String title) {
        Objects.requireNonNull(metricName, "metricName");
        return curves(metricName.equals("mae") ? "mean absolute error" : metricName, train, validation, title);
    }

    private static XYChart curves(String quantity, double[] train, double[] validation, String title) {
        Objects.requireNonNull(train, "train");
        if (train.length == 0) {
            throw new IllegalArgumentException("train has no epochs");
        }
        checkFinite("train " + quantity, train);
        boolean hasValidation = validation != null && !allNaN(validation);
        if (hasValidation) {
            if (validation.length != train.length) {
                throw new IllegalArgumentException("validation has " + validation.length + " epochs but train has "
                        + train.length);
            }
            checkFinite("validation " + quantity, validation);
        }
        XYChart chart = ChartStyle.chart(Objects.requireNonNull(title, "title"), "epoch", quantity);
        double[] epochs = new double[train.length];
        for (int epoch = 0; epoch < epochs.length; epoch++) {
            epochs[epoch] = epoch + 1;
        }
        XYSeries trainLine = ChartStyle.line(chart, "train", epochs, train, ChartStyle.BLUE, ChartStyle.SOLID);
        XYSeries validationLine = hasValidation
                ? ChartStyle.line(chart, "validation", epochs, validation, ChartStyle.ORANGE, ChartStyle.SOLID)
                : null;
        if (train.length <= MARKED_EPOCHS) {
            ChartStyle.markEveryPoint(trainLine);
            if (validationLine != null) {
                ChartStyle.markEveryPoint(validationLine);
            }
        } else {
            ChartStyle.roundXTicks(chart, train[0]);
        }
        ChartStyle.placeLegend(chart);
        return chart;
    }

    /**
     * Creates {@code directory} if need be and makes sure a figure can be written there, so that a sample
     * fails before it trains rather than after: "cannot write figures to DIR: …" as an IOException.
     */
    public static Path outputDirectory(Path directory) throws IOException {
        try {
            Files.createDirectories(directory);
            Files.delete(Files.createTempFile(directory, ".write-check", ".tmp"));
        } catch (IOException e) {
            throw new IOException("cannot write figures to " + directory.toAbsolutePath() + ": " + e, e);
        }
        return directory;
    }

    /**
     * {@code probability(x1, x2)} as a blue (0) to red (1) map over the points' bounding box plus a 10% margin,
     * sampled on a {@value #BOUNDARY_RESOLUTION}-square grid, with its p = 0.5 line and the points on top:
     * class 1 (target column 0 above 0.5) in red, class 0 in blue. Uses feature columns 0 and 1.
     */
    public static DecisionBoundary decisionBoundary(Dataset points, DoubleBinaryOperator probability, String title) {
        return decisionBoundary(points, probability, title, "class 0", "class 1");
    }

    /**
     * {@link #decisionBoundary(Dataset, DoubleBinaryOperator, String)} with the legend naming the points of
     * target 0 {@code negative} and those of target 1 {@code positive}, e.g. "not class 2" and "class 2" for
     * one class of several.
     */
    public static DecisionBoundary decisionBoundary(Dataset points, DoubleBinaryOperator probability, String title,
            String negative, String positive) {
        Objects.requireNonNull(probability, "probability");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(negative, "negative");
        Objects.requireNonNull(positive, "positive");
        if (points.featureCount() < 2 || points.rows() == 0) {
            throw new IllegalArgumentException("a decision boundary needs at least one row of two features, but got "
                    + points);
        }
        return DecisionBoundary.of(points, probability, BOUNDARY_RESOLUTION, title, negative, positive);
    }

    /**
     * The data (feature column 0 against target column 0) as grey points, outliers included, and one line per
     * fitted model over the data's x range, labelled with its key. Lines follow the map's order when it has
     * one (a LinkedHashMap or SortedMap), else the names' alphabetical order, so the picture is the same in
     * every run.
     */
    public static XYChart regressionFits(Dataset points, Map<String, DoubleUnaryOperator> fits, String title) {
        Objects.requireNonNull(title, "title");
        if (points.rows() == 0) {
            throw new IllegalArgumentException("regressionFits needs at least one row, but got " + points);
        }
        double[] x = column(points, 0, false);
        double[] y = column(points, 0, true);
        XYChart chart = ChartStyle.chart(title, "x", "y");
        ChartStyle.points(chart, "data", x, y, DATA_POINTS);
        double[] lineX = PlotArea.linspace(min(x), max(x), FIT_SAMPLES);
        int index = 0;
        for (Map.Entry<String, DoubleUnaryOperator> fit : ordered(fits).entrySet()) {
            double[] lineY = new double[lineX.length];
            for (int i = 0; i < lineX.length; i++) {
                lineY[i] = fit.getValue().applyAsDouble(lineX[i]);
            }
            checkFinite("fit " + fit.getKey(), lineY);
            ChartStyle.line(chart, fit.getKey(), lineX, lineY,
                    ChartStyle.LINE_COLORS[index % ChartStyle.LINE_COLORS.length],
                    ChartStyle.LINE_STROKES[index % ChartStyle.LINE_STROKES.length]);
            index++;
        }
        ChartStyle.placeLegend(chart);
        return chart;
    }

    /** Writes {@code chart} as a PNG; see {@link #writePng(Path, Figure)}. */
    public static Path writePng(Path file, XYChart chart) throws IOException {
        return writePng(file, Figure.of(chart));
    }

    /**
     * Writes {@code figure} to {@code file} as a PNG, creating missing directories, and returns the absolute
     * path written, for the sample to print. Atomic: a temporary file in the same directory is renamed over
     * {@code file}, so no reader ever sees half a PNG.
     */
    public static Path writePng(Path file, Figure figure) throws IOException {
        return PngFiles.write(file, figure.render());
    }

    /** Loss, metric and decision boundary side by side in one PNG, like the source's three-panel figure. */
    public static Path writeThreePanel(Path file, XYChart loss, XYChart metric, DecisionBoundary boundary)
            throws IOException {
        return writePng(file, Figure.row(Figure.of(loss), Figure.of(metric), boundary));
    }

    private static double[] column(Dataset data, int column, boolean target) {
        double[] values = new double[data.rows()];
        for (int row = 0; row < values.length; row++) {
            values[row] = target ? data.target(row, column) : data.feature(row, column);
        }
        return values;
    }

    private static Map<String, DoubleUnaryOperator> ordered(Map<String, DoubleUnaryOperator> fits) {
        return fits instanceof LinkedHashMap || fits instanceof SortedMap ? fits : new TreeMap<>(fits);
    }

    private static boolean allNaN(double[] values) {
        for (double value : values) {
            if (!Double.isNaN(value)) {
                return false;
            }
        }
        return true;
    }

    private static void checkFinite(String what, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(
                        what + "[" + i + "] is " + values[i] + "; only finite values can be plotted");
            }
        }
    }

    private static double min(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        for (double value : values) {
            min = Math.min(min, value);
        }
        return min;
    }

    private static double max(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }
}
