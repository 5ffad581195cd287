package dev.autonet.runtime.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable table of training rows: features and targets, each stored row-major in one {@code double[]}.
 *
 * <p>Targets are {@link #targetWidth()} values per row: one 0/1 label for BCE, a class index stored as a double
 * for sparse cross-entropy, {@code classes} values for one-hot targets, one or more values for regression.
 * Every factory copies its input and rejects ragged rows, mismatched row counts and NaN or infinite values
 * with an IllegalArgumentException naming the row and column, e.g. "row 17, feature 1 is NaN". Rows and
 * columns count from 0. A data set may have zero rows (an empty validation split, say), but never zero columns.
 */
public final class Dataset {
    private final int rows;
    private final int featureCount;
    private final int targetWidth;
    private final double[] features;
    private final double[] targets;
    private final RowSource source;

    /**
     * Where the rows were read from, for messages: the file as the reader was given it, and the 1-based
     * line each row starts on.
     */
    record RowSource(String file, int[] lines) {}

    /** Takes ownership of already validated arrays. */
    Dataset(int featureCount, double[] features, int targetWidth, double[] targets) {
        this(featureCount, features, targetWidth, targets, null);
    }

    /** Takes ownership of already validated arrays; {@code source} may be null (rows made in memory). */
    Dataset(int featureCount, double[] features, int targetWidth, double[] targets, RowSource source) {
        this.rows = features.length / featureCount;
        this.featureCount = featureCount;
        this.targetWidth = targetWidth;
        this.features = features;
        this.targets = targets;
        this.source = source;
    }

    /**
     * The same rows, in the same order, with new values (standardized features, one-hot targets): keeps
     * where the rows came from.
     */
    Dataset withValues(int featureCount, double[] features, int targetWidth, double[] targets) {
        return new Dataset(featureCount, features, targetWidth, targets, source);
    }

    /**
     * A data set from one array per row, e.g. {@code of(new double[][] {{0, 1}, {1, 0}}, new double[][] {{1}, {0}})}.
     * Needs at least one row, since the widths come from row 0; use {@link #of(int, double[], int, double[])}
     * for an empty data set.
     */
    public static Dataset of(double[][] features, double[][] targets) {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(targets, "targets");
        if (features.length == 0) {
            throw new IllegalArgumentException("features has no rows; use Dataset.of(featureCount, flatFeatures, "
                    + "targetWidth, flatTargets) for an empty data set");
        }
        if (features.length != targets.length) {
            throw new IllegalArgumentException(
                    "features has " + features.length + " rows but targets has " + targets.length);
        }
        int featureCount = width(features, "features");
        int targetWidth = width(targets, "targets");
        return of(featureCount, flatten(features, featureCount), targetWidth, flatten(targets, targetWidth));
    }

    /**
     * A data set from flat row-major arrays: row r's features are {@code flatFeatures[r * featureCount ..
     * (r + 1) * featureCount)}, and likewise for targets. Both lengths must be whole numbers of rows and give
     * the same row count.
     */
    public static Dataset of(int featureCount, double[] flatFeatures, int targetWidth, double[] flatTargets) {
        int featureRows = DataChecks.rowCount("features", flatFeatures.length, featureCount);
        int targetRows = DataChecks.rowCount("targets", flatTargets.length, targetWidth);
        if (featureRows != targetRows) {
            throw new IllegalArgumentException("features has " + featureRows + " rows of " + featureCount
                    + " but targets has " + targetRows + " rows of " + targetWidth);
        }
        DataChecks.checkFinite(flatFeatures, featureRows, featureCount, "feature");
        DataChecks.checkFinite(flatTargets, targetRows, targetWidth, "target");
        return new Dataset(featureCount, flatFeatures.clone(), targetWidth, flatTargets.clone());
    }

    /** The length of row 0, after checking that no row is null, empty or of another length. */
    private static int width(double[][] table, String name) {
        for (int row = 0; row < table.length; row++) {
            if (table[row] == null) {
                throw new IllegalArgumentException("row " + row + " of " + name + " is null");
            }
            if (table[row].length == 0) {
                throw new IllegalArgumentException("row " + row + " of " + name + " is empty");
            }
            if (table[row].length != table[0].length) {
                throw new IllegalArgumentException("row " + row + " of " + name + " has length "
                        + table[row].length + ", expected " + table[0].length + " (the length of row 0)");
            }
        }
        return table[0].length;
    }

    private static double[] flatten(double[][] table, int width) {
        double[] flat = new double[Math.multiplyExact(table.length, width)];
        for (int row = 0; row < table.length; row++) {
            System.arraycopy(table[row], 0, flat, row * width, width);
        }
        return flat;
    }

    /** Number of rows (samples). */
    public int rows() {
        return rows;
    }

    /** Number of features per row. */
    public int featureCount() {
        return featureCount;
    }

    /** Number of target values per row. */
    public int targetWidth() {
        return targetWidth;
    }

    /** Feature {@code column} of {@code row}. */
    public double feature(int row, int column) {
        return features[index(row, column, featureCount)];
    }

    /** Target value {@code column} of {@code row}. */
    public double target(int row, int column) {
        return targets[index(row, column, targetWidth)];
    }

    private int index(int row, int column, int width) {
        Objects.checkIndex(row, rows);
        Objects.checkIndex(column, width);
        return row * width + column;
    }

    /** A row-major copy of all features ({@code rows × featureCount} values). */
    public double[] features() {
        return features.clone();
    }

    /** A row-major copy of all targets ({@code rows × targetWidth} values). */
    public double[] targets() {
        return targets.clone();
    }

    /**
     * Row {@code row} for a message: "row 61", and where it was read from if a reader made this data set
     * (or the one it was split or transformed from), e.g. "row 61 (moons.csv line 12)". Rows count from 0
     * and are this data set's, so after a shuffled split the file's line is the way back to the row.
     */
    public String describeRow(int row) {
        Objects.checkIndex(row, rows);
        if (source == null) {
            return "row " + row;
        }
        return "row " + row + " (" + source.file() + " line " + source.lines()[row] + ")";
    }

    /** Copies row {@code row}'s features into {@code dest[destOffset ..]}. */
    public void copyFeatures(int row, double[] dest, int destOffset) {
        System.arraycopy(features, Objects.checkIndex(row, rows) * featureCount, dest, destOffset, featureCount);
    }

    /** Copies row {@code row}'s features into {@code dest[destOffset ..]}, rounded to float. */
    public void copyFeatures(int row, float[] dest, int destOffset) {
        copy(features, Objects.checkIndex(row, rows) * featureCount, dest, destOffset, featureCount);
    }

    /** Copies row {@code row}'s targets into {@code dest[destOffset ..]}. */
    public void copyTargets(int row, double[] dest, int destOffset) {
        System.arraycopy(targets, Objects.checkIndex(row, rows) * targetWidth, dest, destOffset, targetWidth);
    }

    /** Copies row {@code row}'s targets into {@code dest[destOffset ..]}, rounded to float. */
    public void copyTargets(int row, float[] dest, int destOffset) {
        copy(targets, Objects.checkIndex(row, rows) * targetWidth, dest, destOffset, targetWidth);
    }

    static void copy(double[] source, int sourceOffset, float[] dest, int destOffset, int length) {
        Objects.checkFromIndexSize(destOffset, length, dest.length);
        for (int i = 0; i < length; i++) {
            dest[destOffset + i] = (float) source[sourceOffset + i];
        }
    }

    /**
     * The rows at {@code rowIndices}, in that order; an index may repeat (bootstrap samples). Throws
     * IllegalArgumentException naming the first index outside [0, rows).
     */
    public Dataset subset(int[] rowIndices) {
        double[] subFeatures = new double[rowIndices.length * featureCount];
        double[] subTargets = new double[rowIndices.length * targetWidth];
        for (int i = 0; i < rowIndices.length; i++) {
            int row = rowIndices[i];
            if (row < 0 || row >= rows) {
                throw new IllegalArgumentException(
                        "rowIndices[" + i + "] = " + row + " is outside [0, " + rows + ")");
            }
            System.arraycopy(features, row * featureCount, subFeatures, i * featureCount, featureCount);
            System.arraycopy(targets, row * targetWidth, subTargets, i * targetWidth, targetWidth);
        }
        RowSource subSource = null;
        if (source != null) {
            int[] lines = new int[rowIndices.length];
            for (int i = 0; i < rowIndices.length; i++) {
                lines[i] = source.lines()[rowIndices[i]];
            }
            subSource = new RowSource(source.file(), lines);
        }
        return new Dataset(featureCount, subFeatures, targetWidth, subTargets, subSource);
    }

    /** See {@link Split#of(Dataset, double, double, long)}. */
    public Split split(double trainFraction, double validationFraction, long seed) {
        return Split.of(this, trainFraction, validationFraction, seed);
    }

    /** Mini-batches in a fresh seeded order each epoch: see {@link Batches#shuffled(Dataset, int, long)}. */
    public Batches batches(int batchSize, long seed) {
        return Batches.shuffled(this, batchSize, seed);
    }

    /** Mini-batches in row order, for evaluation: see {@link Batches#ordered(Dataset, int)}. */
    public Batches orderedBatches(int batchSize) {
        return Batches.ordered(this, batchSize);
    }

    /** The backing arrays, for this package's allocation-free readers; never handed out. */
    double[] featureArray() {
        return features;
    }

    double[] targetArray() {
        return targets;
    }

    /**
     * Equal when shapes match and every value has the same bits (so data sets compare bit for bit); where
     * the rows were read from does not count.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Dataset that
                && featureCount == that.featureCount
                && targetWidth == that.targetWidth
                && Arrays.equals(features, that.features)
                && Arrays.equals(targets, that.targets);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(features) + Arrays.hashCode(targets);
    }

    @Override
    public String toString() {
        return "Dataset[rows=" + rows + ", features=" + featureCount + ", targets=" + targetWidth + "]";
    }
}
