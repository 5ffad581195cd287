package dev.autonet.runtime.train;

/**
 * Mean loss and metric of a network over a data set.
 *
 * @param loss the loss, reduced as in training (mean over rows, and over outputs where the loss says so)
 * @param metric accuracy in [0, 1] for classifiers, mean absolute error for regression
 * @param metricName "accuracy" or "mae"
 * @param rows how many rows were evaluated
 */
public record Evaluation(double loss, double metric, String metricName, int rows) {

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "loss %.4f, %s %.4f over %d rows", loss, metricName, metric, rows);
    }
}
