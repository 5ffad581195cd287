package dev.autonet.samples.report;

import dev.autonet.runtime.MultiClassifier;
import dev.autonet.runtime.data.Dataset;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Counts of (true class, predicted class) pairs over a data set: row = true class, column = predicted class,
 * as scikit-learn's {@code confusion_matrix}. The diagonal holds the correct predictions.
 */
public final class ConfusionMatrix {
    private final int[][] counts;

    private ConfusionMatrix(int[][] counts) {
        this.counts = counts;
    }

    /**
     * The confusion matrix of {@code model} on {@code data}, whose target is one class index per row (the
     * sparse form; decode one-hot targets with {@code OneHot.decode} first).
     */
    public static ConfusionMatrix of(MultiClassifier model, Dataset data) {
        if (data.targetWidth() != 1) {
            throw new IllegalArgumentException("need one class index per row, but the data set has "
                    + data.targetWidth() + " target values per row");
        }
        int classes = model.classes();
        int[][] counts = new int[classes][classes];
        double[] input = new double[data.featureCount()];
        for (int row = 0; row < data.rows(); row++) {
            data.copyFeatures(row, input, 0);
            counts[(int) data.target(row, 0)][model.classify(input)]++;
        }
        return new ConfusionMatrix(counts);
    }

    /** Number of classes: the matrix is {@code classes × classes}. */
    public int classes() {
        return counts.length;
    }

    /** How many rows of class {@code trueClass} were predicted as {@code predictedClass}. */
    public int count(int trueClass, int predictedClass) {
        return counts[trueClass][predictedClass];
    }

    /** Number of rows counted: the sum of all cells. */
    public int total() {
        int total = 0;
        for (int[] row : counts) {
            for (int count : row) {
                total += count;
            }
        }
        return total;
    }

    /** The share of rows on the diagonal. */
    public double accuracy() {
        int correct = 0;
        for (int k = 0; k < counts.length; k++) {
            correct += counts[k][k];
        }
        return (double) correct / total();
    }

    /** Prints the matrix with a header row of predicted classes and a label column of true classes. */
    public void print(PrintStream out) {
        out.print("true \\ predicted");
        for (int predicted = 0; predicted < counts.length; predicted++) {
            out.printf(Locale.ROOT, "%8s", "class " + predicted);
        }
        out.println();
        for (int actual = 0; actual < counts.length; actual++) {
            out.printf(Locale.ROOT, "%-16s", "class " + actual);
            for (int predicted = 0; predicted < counts.length; predicted++) {
                out.printf(Locale.ROOT, "%8d", counts[actual][predicted]);
            }
            out.println();
        }
    }
}
