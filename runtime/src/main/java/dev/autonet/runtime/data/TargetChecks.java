package dev.autonet.runtime.data;

import static dev.autonet.runtime.data.DataChecks.checkCapacity;
import static dev.autonet.runtime.data.DataChecks.number;

/**
 * Checks that targets suit a loss, run by a trainer before it touches any weight. Each method reads the first
 * {@code rows × width} values of a flat row-major array and throws IllegalArgumentException naming the first
 * bad row (and column, when a row has more than one value), e.g. "row 12: BCE target 1.5 is outside [0, 1]".
 * NaN fails every check. Rows and columns count from 0.
 */
public final class TargetChecks {
    /** How far a one-hot (or soft-label) row's sum may stray from 1: float rounding over a few classes. */
    public static final double ONE_HOT_SUM_TOLERANCE = 1e-6;

    private TargetChecks() {}

    /**
     * {@link #checkBinary(double[], int, int)} over {@code data}'s targets, naming {@code role} and the row as
     * {@link Dataset#describeRow} does, e.g. "training data, row 61 (moons.csv line 12): BCE target 2 is
     * outside [0, 1]".
     */
    public static void checkBinary(Dataset data, String role) {
        inRole(data, role, () -> checkBinary(data.targetArray(), data.rows(), data.targetWidth()));
    }

    /**
     * {@link #checkClassIndex(double[], int, int)} over {@code data}'s targets, worded as
     * {@link #checkBinary(Dataset, String)}.
     */
    public static void checkClassIndex(Dataset data, String role, int classes) {
        inRole(data, role, () -> checkClassIndex(data.targetArray(), data.rows(), classes));
    }

    /**
     * {@link #checkOneHot(double[], int, int)} over {@code data}'s targets, worded as
     * {@link #checkBinary(Dataset, String)}.
     */
    public static void checkOneHot(Dataset data, String role) {
        inRole(data, role, () -> checkOneHot(data.targetArray(), data.rows(), data.targetWidth()));
    }

    /**
     * {@link #checkSigned(double[], int, int)} over {@code data}'s targets, worded as
     * {@link #checkBinary(Dataset, String)}.
     */
    public static void checkSigned(Dataset data, String role) {
        inRole(data, role, () -> checkSigned(data.targetArray(), data.rows(), data.targetWidth()));
    }

    /** Binary cross-entropy targets: every value in [0, 1] (soft labels allowed, as PyTorch's BCELoss). */
    public static void checkBinary(double[] targets, int rows, int width) {
        checkCapacity("target", targets.length, rows, width);
        for (int i = 0, n = rows * width; i < n; i++) {
            binary(targets[i], false, i / width, i % width, width);
        }
    }

    /** {@link #checkBinary(double[], int, int)} for FLOAT networks. */
    public static void checkBinary(float[] targets, int rows, int width) {
        checkCapacity("target", targets.length, rows, width);
        for (int i = 0, n = rows * width; i < n; i++) {
            binary(targets[i], true, i / width, i % width, width);
        }
    }

    /** Sparse categorical targets: one value per row, a whole number in [0, classes). */
    public static void checkClassIndex(double[] targets, int rows, int classes) {
        requireClasses(classes);
        checkCapacity("target", targets.length, rows, 1);
        for (int row = 0; row < rows; row++) {
            classIndex(targets[row], false, row, classes);
        }
    }

    /** {@link #checkClassIndex(double[], int, int)} for FLOAT networks. */
    public static void checkClassIndex(float[] targets, int rows, int classes) {
        requireClasses(classes);
        checkCapacity("target", targets.length, rows, 1);
        for (int row = 0; row < rows; row++) {
            classIndex(targets[row], true, row, classes);
        }
    }

    /**
     * Categorical targets: {@code classes} values per row, each in [0, 1], summing to 1 within
     * {@link #ONE_HOT_SUM_TOLERANCE} (so label-smoothed rows pass too).
     */
    public static void checkOneHot(double[] targets, int rows, int classes) {
        requireClasses(classes);
        checkCapacity("target", targets.length, rows, classes);
        for (int row = 0; row < rows; row++) {
            double sum = 0;
            for (int column = 0; column < classes; column++) {
                double value = targets[row * classes + column];
                oneHotValue(value, false, row, column, classes);
                sum += value;
            }
            oneHotSum(sum, false, row);
        }
    }

    /** {@link #checkOneHot(double[], int, int)} for FLOAT networks; the sum is taken in double. */
    public static void checkOneHot(float[] targets, int rows, int classes) {
        requireClasses(classes);
        checkCapacity("target", targets.length, rows, classes);
        for (int row = 0; row < rows; row++) {
            double sum = 0;
            for (int column = 0; column < classes; column++) {
                float value = targets[row * classes + column];
                oneHotValue(value, true, row, column, classes);
                sum += value;
            }
            oneHotSum(sum, true, row);
        }
    }

    /** Hinge targets: every value exactly -1 or +1 (not 0/1: hinge loss needs signed labels). */
    public static void checkSigned(double[] targets, int rows, int width) {
        checkCapacity("target", targets.length, rows, width);
        for (int i = 0, n = rows * width; i < n; i++) {
            signed(targets[i], false, i / width, i % width, width);
        }
    }

    /** {@link #checkSigned(double[], int, int)} for FLOAT networks. */
    public static void checkSigned(float[] targets, int rows, int width) {
        checkCapacity("target", targets.length, rows, width);
        for (int i = 0, n = rows * width; i < n; i++) {
            signed(targets[i], true, i / width, i % width, width);
        }
    }

    private static void binary(double value, boolean single, int row, int column, int width) {
        if (!(value >= 0 && value <= 1)) {
            throw new RowProblem(row, column(column, width) + ": BCE target " + number(value, single)
                    + " is outside [0, 1]");
        }
    }

    private static void classIndex(double value, boolean single, int row, int classes) {
        if (value != Math.rint(value) || Double.isInfinite(value)) {
            throw new RowProblem(row, ": class index " + number(value, single) + " is not a whole number");
        }
        if (value < 0 || value >= classes) {
            throw new RowProblem(row, ": class index " + number(value, single) + " is outside [0, " + classes + ")");
        }
    }

    private static void oneHotValue(double value, boolean single, int row, int column, int classes) {
        if (!(value >= 0 && value <= 1)) {
            throw new RowProblem(row, column(column, classes) + ": one-hot target " + number(value, single)
                    + " is outside [0, 1]");
        }
    }

    private static void oneHotSum(double sum, boolean single, int row) {
        if (!(Math.abs(sum - 1) <= ONE_HOT_SUM_TOLERANCE)) {
            throw new RowProblem(row, ": one-hot targets sum to " + number(sum, single) + ", expected 1 (within "
                    + ONE_HOT_SUM_TOLERANCE + ")");
        }
    }

    private static void signed(double value, boolean single, int row, int column, int width) {
        if (value != 1 && value != -1) {
            throw new RowProblem(row, column(column, width) + ": hinge target " + number(value, single)
                    + " must be -1 or +1");
        }
    }

    private static void requireClasses(int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException("classes " + classes + " must be at least 1");
        }
    }

    // Runs an array check over data's targets; a bad row is reworded with the role and where the row came from.
    private static void inRole(Dataset data, String role, Runnable check) {
        try {
            check.run();
        } catch (RowProblem e) {
            throw e.in(data, role);
        }
    }

    /** ", column 2" for targets of more than one value per row; nothing for one, where it says nothing. */
    private static String column(int column, int width) {
        return width == 1 ? "" : ", column " + column;
    }

    /**
     * A bad target, as "row 12: …" for the array checks; {@link #in} rewords it for a data set, whose rows
     * may know the file line they came from.
     */
    private static final class RowProblem extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final int row;
        private final String afterRow;

        RowProblem(int row, String afterRow) {
            super("row " + row + afterRow);
            this.row = row;
            this.afterRow = afterRow;
        }

        IllegalArgumentException in(Dataset data, String role) {
            return new IllegalArgumentException(role + ", " + data.describeRow(row) + afterRow);
        }
    }
}
