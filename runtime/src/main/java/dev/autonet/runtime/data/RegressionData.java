package dev.autonet.runtime.data;

import java.util.Objects;

/**
 * A one-feature regression data set from {@link Datasets#makeRegressionWithOutliers} together with which of
 * its rows are outliers, so that a model can be scored on the clean rows alone.
 *
 * <p>A class rather than a record because it holds an array: a record would hand it out and compare it by
 * identity.
 */
public final class RegressionData {
    /** The inputs {@code x} are uniform in [{@link #X_MIN}, {@link #X_MAX}). */
    public static final double X_MIN = -3;

    /** See {@link #X_MIN}. */
    public static final double X_MAX = 3;

    private final Dataset data;
    private final boolean[] outlier;

    /** Takes ownership of {@code outlier}, one flag per row of {@code data}. */
    RegressionData(Dataset data, boolean[] outlier) {
        if (outlier.length != data.rows()) {
            throw new IllegalArgumentException(
                    outlier.length + " outlier flags for a data set of " + data.rows() + " rows");
        }
        this.data = data;
        this.outlier = outlier;
    }

    /**
     * The noise-free curve every row is sampled from: {@code f(x) = 0.5·x + sin(x)}. Smooth and increasing
     * (its slope 0.5 + cos x is at least -0.5 but mostly positive), with enough bend that a straight line
     * does not fit it. StrictMath keeps it bit-identical on every JVM.
     */
    public static double curve(double x) {
        return 0.5 * x + StrictMath.sin(x);
    }

    /** All rows, outliers included: 1 feature ({@code x}) and 1 target ({@code y}). */
    public Dataset data() {
        return data;
    }

    /** Whether row {@code row}'s target was moved off the curve on purpose. */
    public boolean isOutlier(int row) {
        return outlier[Objects.checkIndex(row, outlier.length)];
    }

    /** How many rows are outliers. */
    public int outlierCount() {
        int count = 0;
        for (boolean flag : outlier) {
            count += flag ? 1 : 0;
        }
        return count;
    }

    /** The indices of the outlier rows, ascending. */
    public int[] outlierRows() {
        return rows(true);
    }

    /** The rows that are not outliers, in their order: for scoring a model on clean points. */
    public Dataset inliers() {
        return data.subset(rows(false));
    }

    private int[] rows(boolean outliers) {
        int[] rows = new int[outliers ? outlierCount() : outlier.length - outlierCount()];
        for (int row = 0, i = 0; row < outlier.length; row++) {
            if (outlier[row] == outliers) {
                rows[i++] = row;
            }
        }
        return rows;
    }

    @Override
    public String toString() {
        return "RegressionData[" + data + ", outliers=" + outlierCount() + "]";
    }
}
