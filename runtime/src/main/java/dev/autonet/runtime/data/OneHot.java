package dev.autonet.runtime.data;

/**
 * Converts class-index targets to one-hot targets and back, like Keras' {@code to_categorical} and
 * {@code argmax}: class index {@code k} of {@code classes} becomes {@code classes} values, 1 at {@code k} and 0
 * elsewhere. Features are kept as they are.
 */
public final class OneHot {
    private OneHot() {}

    /**
     * A data set with the same features and one-hot targets, e.g. for categorical cross-entropy on
     * {@link Datasets#makeBlobs} data: {@code OneHot.encode(blobs, centers)}. The targets must be one class
     * index per row, a whole number in [0, classes); otherwise throws IllegalArgumentException naming the
     * first bad row, e.g. "row 2: class index 3 is outside [0, 3)".
     */
    public static Dataset encode(Dataset data, int classes) {
        if (data.targetWidth() != 1) {
            throw new IllegalArgumentException("one-hot encoding needs one class index per row, but the data set has "
                    + data.targetWidth() + " target values per row");
        }
        double[] indices = data.targetArray();
        TargetChecks.checkClassIndex(indices, data.rows(), classes);
        double[] oneHot = new double[Math.multiplyExact(data.rows(), classes)];
        for (int row = 0; row < data.rows(); row++) {
            oneHot[row * classes + (int) indices[row]] = 1;
        }
        // Data sets are immutable, so the new one may share the features array.
        return data.withValues(data.featureCount(), data.featureArray(), classes, oneHot);
    }

    /**
     * The inverse of {@link #encode}: a data set with the same features and one class index per row. Every
     * target row must be exactly one-hot (one 1, the rest 0); otherwise throws IllegalArgumentException naming
     * the first bad row, e.g. "row 4: targets [0, 1, 1] are not one-hot (one 1, the rest 0)". Soft labels and
     * predicted probabilities are rejected rather than rounded: taking their argmax is a metric's job.
     */
    public static Dataset decode(Dataset data) {
        int classes = data.targetWidth();
        double[] targets = data.targetArray();
        double[] indices = new double[data.rows()];
        for (int row = 0; row < data.rows(); row++) {
            indices[row] = hotColumn(targets, row, classes);
        }
        return data.withValues(data.featureCount(), data.featureArray(), 1, indices);
    }

    /** The column of the single 1 in target row {@code row}. */
    private static int hotColumn(double[] targets, int row, int classes) {
        int hot = -1;
        boolean oneHot = true;
        for (int column = 0; column < classes; column++) {
            double value = targets[row * classes + column];
            if (value == 1 && hot < 0) {
                hot = column;
            } else if (value != 0) {
                oneHot = false;   // a second 1, or a value that is neither 0 nor 1
            }
        }
        if (!oneHot || hot < 0) {
            throw new IllegalArgumentException("row " + row + ": targets " + describe(targets, row, classes)
                    + " are not one-hot (one 1, the rest 0)");
        }
        return hot;
    }

    private static String describe(double[] targets, int row, int classes) {
        StringBuilder text = new StringBuilder("[");
        for (int column = 0; column < classes; column++) {
            text.append(column == 0 ? "" : ", ").append(DataChecks.number(targets[row * classes + column], false));
        }
        return text.append(']').toString();
    }
}
