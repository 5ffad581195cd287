package dev.autonet.runtime.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Small synthetic data sets for examples and tests, after scikit-learn's {@code make_*} generators, and a
 * CSV reader.
 *
 * <p>The generators match scikit-learn's geometry, not its samples: the random numbers come from
 * {@link dev.autonet.runtime.SeededRandom} rather than NumPy. The same arguments give the same data set on
 * every JVM.
 */
public final class Datasets {
    private Datasets() {}

    /**
     * Two interleaving half circles for binary classification, like scikit-learn's
     * {@code make_moons(n_samples=n, noise=noise, shuffle=True, random_state=seed)}: 2 features and 1 target.
     * The outer moon ({@code n / 2} rows, label 0) is {@code (cos t, sin t)} and the inner moon (the other
     * {@code n - n / 2} rows, label 1) is {@code (1 - cos t, 0.5 - sin t)}, each for {@code t} evenly spaced
     * over [0, π] with both ends included; the rows are shuffled, then Gaussian noise with standard deviation
     * {@code noise} is added to every coordinate.
     *
     * <p>The geometry matches scikit-learn's; the samples do not, because the random numbers come from
     * {@link dev.autonet.runtime.SeededRandom} rather than NumPy. The same arguments give the same data set on
     * every JVM.
     *
     * @throws IllegalArgumentException if {@code n < 1} or {@code noise} is negative, NaN or infinite
     */
    public static Dataset makeMoons(int n, double noise, long seed) {
        return Moons.make(n, noise, seed);
    }

    /**
     * Gaussian clusters for multi-class classification, like scikit-learn's {@code make_blobs(n_samples=n,
     * n_features=features, centers=centers, cluster_std=clusterStd, shuffle=True, random_state=seed)}:
     * {@code features} features and 1 target, the class index of the row's cluster (0 to {@code centers - 1}).
     * Each center has every coordinate uniform in [-10, 10) (scikit-learn's {@code center_box}); each point
     * is its center plus Gaussian noise with standard deviation {@code clusterStd} on every coordinate. The
     * rows are spread as evenly as possible, the first {@code n % centers} clusters taking one extra, so a
     * cluster is empty only if {@code centers > n}. The rows are shuffled. For one-hot targets use
     * {@code OneHot.encode(makeBlobs(...), centers)}.
     *
     * @throws IllegalArgumentException if {@code n}, {@code features} or {@code centers} is below 1, or
     *     {@code clusterStd} is negative, NaN or infinite
     */
    public static Dataset makeBlobs(int n, int features, int centers, double clusterStd, long seed) {
        return Blobs.make(n, features, centers, clusterStd, seed);
    }

    /**
     * Two concentric circles for binary classification, like scikit-learn's {@code make_circles(n_samples=n,
     * noise=noise, factor=factor, shuffle=True, random_state=seed)}: 2 features and 1 target. The outer circle
     * ({@code n / 2} rows, label 0) is {@code (cos t, sin t)} and the inner circle (the other
     * {@code n - n / 2} rows, label 1) is {@code factor · (cos t, sin t)}, each for {@code t} evenly spaced
     * over [0, 2π) with 2π left out (so no point repeats); the rows are shuffled, then Gaussian noise with
     * standard deviation {@code noise} is added to every coordinate.
     *
     * @throws IllegalArgumentException if {@code n < 1}, {@code noise} is negative, NaN or infinite, or
     *     {@code factor} is outside [0, 1)
     */
    public static Dataset makeCircles(int n, double noise, double factor, long seed) {
        return Circles.make(n, noise, factor, seed);
    }

    /**
     * Noisy samples of a smooth curve with a share of gross outliers, for comparing losses that do and do not
     * resist them (MSE against MAE and Huber): 1 feature {@code x}, uniform in [-3, 3), and 1 target
     * {@code y = RegressionData.curve(x) + N(0, noise²)}, where the curve is {@code 0.5·x + sin(x)}. Then
     * exactly {@code round(n · outlierFraction)} rows, chosen at random, have an offset added to {@code y}:
     * up with probability 0.8, else down, by a size uniform in [0.5, 1.5) · {@code outlierScale}. The
     * lopsidedness is deliberate: it drags a least-squares fit up by about
     * {@code 0.6 · outlierFraction · outlierScale}, which a median-like fit (MAE, Huber) mostly ignores.
     *
     * <p>The result says which rows are outliers; {@link RegressionData#inliers()} are the clean rows. For a
     * clean test set, call this with another seed and {@code outlierFraction = 0}.
     *
     * @throws IllegalArgumentException if {@code n < 1}, {@code noise} is negative, NaN or infinite,
     *     {@code outlierFraction} is outside [0, 1], or {@code outlierScale} is negative, NaN or infinite
     */
    public static RegressionData makeRegressionWithOutliers(
            int n, double noise, double outlierFraction, double outlierScale, long seed) {
        return OutlierRegression.make(n, noise, outlierFraction, outlierScale, seed);
    }

    /**
     * Reads a CSV file whose label column holds numbers (a regression target, a 0/1 label or a class index):
     * {@code CsvReader.numericLabel(featureColumns, labelColumn).read(file).data()}. The features come in
     * the order of {@code featureColumns}; the label is the one target. For string labels use
     * {@link CsvReader#stringLabel}. See {@link CsvReader} for the format and its rules.
     *
     * @throws CsvFormatException naming the file, line and column of the first problem in the file
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if {@code featureColumns} is empty or repeats a name, or includes the
     *     label column
     */
    public static Dataset readCsv(Path file, List<String> featureColumns, String labelColumn) throws IOException {
        return CsvReader.numericLabel(featureColumns, labelColumn).read(file).data();
    }
}
