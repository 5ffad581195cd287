package dev.autonet.runtime.data;

import dev.autonet.runtime.SeededRandom;

/** Two interleaving half circles, scikit-learn's {@code make_moons}; reached through {@link Datasets#makeMoons}. */
final class Moons {
    private Moons() {}

    /**
     * See {@link Datasets#makeMoons(int, double, long)}. Follows scikit-learn's steps in its order: the outer
     * moon's {@code n / 2} points then the inner moon's rest, a shuffle of the rows, then noise on every
     * coordinate, row by row, all from one generator. StrictMath keeps the points bit-identical on every JVM.
     */
    static Dataset make(int n, double noise, long seed) {
        GeneratorChecks.requireAtLeast("n", n, 1);
        GeneratorChecks.requireStandardDeviation("noise", noise);
        int outer = n / 2;
        double[] points = new double[2 * n];
        double[] labels = new double[n];
        for (int i = 0; i < outer; i++) {
            double t = linspace(i, outer);
            points[2 * i] = StrictMath.cos(t);
            points[2 * i + 1] = StrictMath.sin(t);
        }
        for (int i = outer; i < n; i++) {
            double t = linspace(i - outer, n - outer);
            points[2 * i] = 1 - StrictMath.cos(t);
            points[2 * i + 1] = 1 - StrictMath.sin(t) - 0.5;
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

    /** Point {@code i} of NumPy's {@code linspace(0, π, count)}: {@code i · step}, with the last exactly π. */
    private static double linspace(int i, int count) {
        if (count == 1) {
            return 0;
        }
        return i == count - 1 ? Math.PI : i * (Math.PI / (count - 1));
    }
}
