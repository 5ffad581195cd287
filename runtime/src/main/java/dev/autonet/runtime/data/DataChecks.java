package dev.autonet.runtime.data;

/**
 * Shape and finiteness checks over flat row-major arrays, run by trainers and {@link Dataset} before any
 * arithmetic so that a bad value is reported by row and column instead of silently turning weights to NaN.
 */
public final class DataChecks {
    private DataChecks() {}

    /**
     * The number of rows in a flat array of {@code length} values with {@code width} values per row.
     * Throws IllegalArgumentException if {@code width < 1} or the length is not a whole number of rows,
     * e.g. "inputs has 7 values, which is not a whole number of rows of 2".
     */
    public static int rowCount(String name, int length, int width) {
        requireWidth(name, width);
        if (length % width != 0) {
            throw new IllegalArgumentException(
                    name + " has " + length + " values, which is not a whole number of rows of " + width);
        }
        return length / width;
    }

    /**
     * Checks that a flat array holds exactly {@code rows} rows of {@code width} values, e.g.
     * "targets has 5 values, expected 3 rows × 2 = 6". Throws IllegalArgumentException otherwise.
     */
    public static void checkShape(String name, int length, int rows, int width) {
        requireWidth(name, width);
        if (rows < 0) {
            throw new IllegalArgumentException(name + ": row count " + rows + " is negative");
        }
        long expected = (long) rows * width;
        if (length != expected) {
            throw new IllegalArgumentException(name + " has " + length + " values, expected " + rows
                    + " rows × " + width + " = " + expected);
        }
    }

    /**
     * Checks that the first {@code rows × width} values are finite; otherwise throws
     * IllegalArgumentException naming the first bad one, e.g. "row 17, input 1 is NaN" for
     * {@code what = "input"}. Rows and columns count from 0.
     */
    public static void checkFinite(double[] values, int rows, int width, String what) {
        checkCapacity(what, values.length, rows, width);
        for (int i = 0, n = rows * width; i < n; i++) {
            if (!Double.isFinite(values[i])) {
                throw notFinite(i / width, i % width, what, values[i]);
            }
        }
    }

    /** {@link #checkFinite(double[], int, int, String)} for FLOAT networks. */
    public static void checkFinite(float[] values, int rows, int width, String what) {
        checkCapacity(what, values.length, rows, width);
        for (int i = 0, n = rows * width; i < n; i++) {
            if (!Float.isFinite(values[i])) {
                throw notFinite(i / width, i % width, what, values[i]);
            }
        }
    }

    private static IllegalArgumentException notFinite(int row, int column, String what, double value) {
        String problem = Double.isNaN(value) ? "NaN" : "infinite (" + value + ")";
        return new IllegalArgumentException("row " + row + ", " + what + " " + column + " is " + problem);
    }

    /** Requires at least {@code rows × width} values; checks may run over the front of a larger buffer. */
    static void checkCapacity(String what, int length, int rows, int width) {
        requireWidth(what, width);
        if (rows < 0) {
            throw new IllegalArgumentException(what + ": row count " + rows + " is negative");
        }
        if (length < (long) rows * width) {
            throw new IllegalArgumentException("need " + rows + " rows × " + width + " = " + (long) rows * width
                    + " " + what + " values, but the array has " + length);
        }
    }

    private static void requireWidth(String name, int width) {
        if (width < 1) {
            throw new IllegalArgumentException(name + ": width " + width + " must be at least 1");
        }
    }

    /**
     * A value as a person would write it: {@code 2} rather than {@code 2.0}, and a FLOAT value as the float
     * it is ({@code 0.1}, not {@code 0.10000000149011612}).
     */
    static String number(double value, boolean single) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return single ? Float.toString((float) value) : Double.toString(value);
    }
}
