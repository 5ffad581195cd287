package dev.autonet.samples.report;

import dev.autonet.runtime.train.Evaluation;
import dev.autonet.runtime.train.History;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The summary the source example prints after training: time taken, final and best validation metric, test
 * metric and test loss. Accuracy is shown in percent and its best is the highest; mean absolute error
 * ("mae") is shown as a number and its best is the lowest.
 */
public final class Summary {
    private Summary() {}

    /** Prints the summary of a fit that took {@code seconds} and was then evaluated on {@code test}. */
    public static void print(PrintStream out, History history, Evaluation test, double seconds) {
        int last = history.epochs() - 1;
        int best = bestEpoch(history);
        String metric = history.metricName().equals("mae") ? "MAE" : history.metricName();
        line(out, "Training time", String.format(Locale.ROOT, "%.2f s for %d epochs", seconds, history.epochs()));
        line(out, "Final validation " + metric, format(history, history.validationMetric(last)));
        line(out, "Best validation " + metric,
                format(history, history.validationMetric(best)) + " (epoch " + (best + 1) + ")");
        line(out, "Test " + metric, format(history, test.metric()));
        line(out, "Test loss", String.format(Locale.ROOT, "%.4f", test.loss()));
    }

    /** Prints {@code label: value} with the values of consecutive lines in one column. */
    public static void line(PrintStream out, String label, String value) {
        out.printf(Locale.ROOT, "%-27s %s%n", label + ":", value);
    }

    /** The epoch with the best validation metric, the earliest on ties; the last epoch without validation. */
    public static int bestEpoch(History history) {
        boolean higherIsBetter = history.metricName().equals("accuracy");
        int best = history.epochs() - 1;
        for (int epoch = history.epochs() - 2; epoch >= 0; epoch--) {
            double value = history.validationMetric(epoch);
            double bestValue = history.validationMetric(best);
            if (higherIsBetter ? value >= bestValue : value <= bestValue) {
                best = epoch;
            }
        }
        return best;
    }

    /** Seconds since {@code startNanos}, a {@link System#nanoTime()} reading. */
    public static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String format(History history, double value) {
        return history.metricName().equals("accuracy")
                ? String.format(Locale.ROOT, "%.2f%%", 100 * value)
                : String.format(Locale.ROOT, "%.4f", value);
    }
}
