package dev.autonet.runtime.data;

import dev.autonet.runtime.SeededRandom;

/** Two concentric circles, scikit-learn's {@code make_circles}; reached through {@link Datasets#makeCircles}. */
final class Circles {
    private Circles() {}

    /**
     * See {@link Datasets#makeCircles(int, double, double, long)}. Follows scikit-learn's steps in its order,
     * as {@link Moons} does: the outer circle's {@code n / 2} points then the inner circle's rest, a shuffle of
     * the rows, then noise on every coordinate, row by row, all from one generator.
     */
    static Dataset make(int n, double noise, double factor, long seed) {
        GeneratorChecks.requireAtLeast("n", n, 1);
        GeneratorChecks.requireStandardDeviation("noise", noise);
        if (!(factor >= 0 && factor < 1)) {
            throw new IllegalArgumentException("factor " + factor
                    + " must be in [0, 1): it is the inner circle's radius, the outer circle's being 1");
        }
        int outer = n / 2;
        double[] points = new double[2 * n];
        double[] labels = new double[n];
        for (int i = 0; i < outer; i++) {
            double t = angle(i, outer);
            points[2 * i] = StrictMath.cos(t);
            points[2 * i + 1] = StrictMath.sin(t);
        }
        for (int i = outer; i < n; i++) {
            double t = angle(i - outer, n - outer);
            points[2 * i] = factor * StrictMath.cos(t);
            points[2 * i + 1] = factor * StrictMath.sin(t);
            labels[i] = 1;
        }
        SeededRandom random = new SeededRandom(seed);
        int[] order = Shuffle.identity(n);
        Shuffle.fisherYates(order, random);
        double[] features = new double[2 * n];
        double[] targets = new double[n];
        for (int row = 0; row < n; row++) {
            features[2 * row] = points[2 * order[row]] + noise * random.nextGaussian();
            features[2 * row + 1] = points[2 * order[row] + 1] + noise * random.nextGaussian();
            targets[row] = labels[order[row]];
        }
        return GeneratorChecks.requireFinite(new Dataset(2, features, 1, targets), "noise", noise);
    }

    /**
     * Point {@code i} of NumPy's {@code linspace(0, 2π, count, endpoint=False)}: {@code i · (2π / count)}, so
     * no point is repeated at 2π.
     */
    private static double angle(int i, int count) {
        return i * (2 * Math.PI / count);
    }
}
