package dev.autonet.runtime.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * Per-feature standardization {@code (x - mean) / scale}, fit on training data, as scikit-learn's
 * {@code StandardScaler}: the scale is the population standard deviation (ddof = 0), and a feature that is
 * constant on the training data keeps scale 1, so it is centred but not blown up. Immutable.
 */
public final class Standardizer {
    private final double[] mean;
    private final double[] scale;

    private Standardizer(double[] mean, double[] scale) {
        this.mean = mean;
        this.scale = scale;
    }

    /** Mean and scale of each feature of {@code train}, which needs at least one row. */
    public static Standardizer fit(Dataset train) {
        int rows = train.rows();
        int featureCount = train.featureCount();
        if (rows == 0) {
            throw new IllegalArgumentException("cannot fit a standardizer on a data set with no rows");
        }
        double[] features = train.featureArray();
        double[] mean = new double[featureCount];
        double[] scale = new double[featureCount];
        for (int feature = 0; feature < featureCount; feature++) {
            double sum = 0;
            for (int row = 0; row < rows; row++) {
                sum += features[row * featureCount + feature];
            }
            mean[feature] = sum / rows;
            // Second pass over deviations: the corrected two-pass algorithm (Chan, Golub & LeVeque), which
            // stays accurate when the mean is large next to the spread.
            double deviationSum = 0;
            double squareSum = 0;
            for (int row = 0; row < rows; row++) {
                double deviation = features[row * featureCount + feature] - mean[feature];
                deviationSum += deviation;
                squareSum += deviation * deviation;
            }
            mean[feature] += deviationSum / rows;
            double variance = Math.max(0, (squareSum - deviationSum * deviationSum / rows) / rows);
            scale[feature] = isConstant(variance, mean[feature], rows) ? 1 : Math.sqrt(variance);
        }
        return new Standardizer(mean, scale);
    }

    /**
     * scikit-learn's {@code _is_constant_feature}: a variance within rounding error of 0 (for example the
     * 1e-34 left by a column of 0.1s, whose computed mean is not exactly 0.1) counts as no variance.
     */
    private static boolean isConstant(double variance, double mean, int rows) {
        double eps = Math.ulp(1.0);
        double bound = rows * eps * variance + (rows * mean * eps) * (rows * mean * eps);
        return variance <= bound;
    }

    /**
     * A standardizer with known means and scales (e.g. read back from disk). Throws IllegalArgumentException
     * naming the feature if a mean is not finite or a scale is not finite and positive.
     */
    public static Standardizer of(double[] mean, double[] scale) {
        if (mean.length != scale.length || mean.length == 0) {
            throw new IllegalArgumentException("need one mean and one scale per feature, at least one feature, but got "
                    + mean.length + " means and " + scale.length + " scales");
        }
        for (int feature = 0; feature < mean.length; feature++) {
            if (!Double.isFinite(mean[feature])) {
                throw new IllegalArgumentException("feature " + feature + ": mean " + mean[feature] + " is not finite");
            }
            if (!(scale[feature] > 0) || Double.isInfinite(scale[feature])) {
                throw new IllegalArgumentException(
                        "feature " + feature + ": scale " + scale[feature] + " must be finite and positive");
            }
        }
        return new Standardizer(mean.clone(), scale.clone());
    }

    /** Number of features this standardizer was fit on. */
    public int featureCount() {
        return mean.length;
    }

    /** The mean subtracted from feature {@code feature}. */
    public double mean(int feature) {
        return mean[Objects.checkIndex(feature, mean.length)];
    }

    /** The divisor of feature {@code feature}: its standard deviation, or 1 if it was constant. */
    public double scale(int feature) {
        return scale[Objects.checkIndex(feature, scale.length)];
    }

    /** A new data set with standardized features and the same targets. */
    public Dataset apply(Dataset data) {
        if (data.featureCount() != featureCount()) {
            throw new IllegalArgumentException("the standardizer was fit on " + featureCount()
                    + " features but the data set has " + data.featureCount());
        }
        double[] features = data.features();
        transform(features);
        // A tiny scale can overflow a far-out value; the Dataset invariant is "finite", so say where.
        DataChecks.checkFinite(features, data.rows(), featureCount(), "standardized feature");
        return data.withValues(featureCount(), features, data.targetWidth(), data.targetArray());
    }

    /**
     * Standardizes in place one or more rows laid out row-major, e.g. one input row before
     * {@code model.predict}. Allocates nothing. The length must be a whole number of rows.
     */
    public void transform(double[] values) {
        int featureCount = featureCount();
        DataChecks.rowCount("values", values.length, featureCount);
        for (int i = 0; i < values.length; i++) {
            int feature = i % featureCount;
            values[i] = (values[i] - mean[feature]) / scale[feature];
        }
    }

    /** {@link #transform(double[])} for FLOAT networks, computed in double and rounded once. */
    public void transform(float[] values) {
        int featureCount = featureCount();
        DataChecks.rowCount("values", values.length, featureCount);
        for (int i = 0; i < values.length; i++) {
            int feature = i % featureCount;
            values[i] = (float) ((values[i] - mean[feature]) / scale[feature]);
        }
    }

    @Override
    public String toString() {
        return "Standardizer[mean=" + Arrays.toString(mean) + ", scale=" + Arrays.toString(scale) + "]";
    }
}
