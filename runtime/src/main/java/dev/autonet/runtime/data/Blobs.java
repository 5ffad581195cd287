package dev.autonet.runtime.data;

import dev.autonet.runtime.SeededRandom;

/** Isotropic Gaussian clusters, scikit-learn's {@code make_blobs}; reached through {@link Datasets#makeBlobs}. */
final class Blobs {
    /** scikit-learn's default {@code center_box}: each center coordinate is uniform in [-10, 10). */
    static final double CENTER_MIN = -10;
    static final double CENTER_MAX = 10;

    private Blobs() {}

    /**
     * See {@link Datasets#makeBlobs(int, int, int, double, long)}. Follows scikit-learn's steps in its order:
     * all centers, then each center's points in turn, then a shuffle of the rows, all from one generator.
     */
    static Dataset make(int n, int features, int centers, double clusterStd, long seed) {
        GeneratorChecks.requireAtLeast("n", n, 1);
        GeneratorChecks.requireAtLeast("features", features, 1);
        GeneratorChecks.requireAtLeast("centers", centers, 1);
        GeneratorChecks.requireStandardDeviation("clusterStd", clusterStd);
        SeededRandom random = new SeededRandom(seed);
        double[] centerPoints = centers(random, centers, features);
        double[] points = new double[Math.multiplyExact(n, features)];
        double[] labels = new double[n];
        int row = 0;
        for (int center = 0; center < centers; center++) {
            for (int k = 0, count = rowsOf(center, n, centers); k < count; k++, row++) {
                for (int feature = 0; feature < features; feature++) {
                    points[row * features + feature] =
                            centerPoints[center * features + feature] + clusterStd * random.nextGaussian();
                }
                labels[row] = center;
            }
        }
        int[] order = Shuffle.identity(n);
        Shuffle.fisherYates(order, random);
        Dataset data = new Dataset(features, points, 1, labels).subset(order);
        return GeneratorChecks.requireFinite(data, "clusterStd", clusterStd);
    }

    /**
     * The first thing {@link #make} draws: {@code centers × features} coordinates, row-major, each uniform
     * in [{@link #CENTER_MIN}, {@link #CENTER_MAX}). Package-visible so tests can recompute the centers.
     */
    static double[] centers(SeededRandom random, int centers, int features) {
        double[] points = new double[Math.multiplyExact(centers, features)];
        for (int i = 0; i < points.length; i++) {
            points[i] = CENTER_MIN + (CENTER_MAX - CENTER_MIN) * random.nextDouble();
        }
        return points;
    }

    /** As even as possible, the first {@code n % centers} centers taking one extra row (as scikit-learn). */
    static int rowsOf(int center, int n, int centers) {
        return n / centers + (center < n % centers ? 1 : 0);
    }
}
