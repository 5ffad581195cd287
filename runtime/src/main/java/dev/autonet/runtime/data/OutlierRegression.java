package dev.autonet.runtime.data;

import dev.autonet.runtime.SeededRandom;

/** Samples of {@link RegressionData#curve} with injected outliers; reached through {@link Datasets}. */
final class OutlierRegression {
    /**
     * The chance that an outlier lies above the curve rather than below. Lopsided on purpose: symmetric
     * outliers pull a least-squares fit up and down about equally and cancel on average, while one-sided
     * ones shift it, which is what a comparison of MSE with MAE and Huber should show.
     */
    static final double UPWARD = 0.8;

    private OutlierRegression() {}

    /**
     * See {@link Datasets#makeRegressionWithOutliers}. Draws, from one generator and in this order: every
     * {@code x}, every row's noise, a shuffle whose first {@code round(n · outlierFraction)} rows become
     * outliers, then each outlier's direction and size.
     */
    static RegressionData make(int n, double noise, double outlierFraction, double outlierScale, long seed) {
        GeneratorChecks.requireAtLeast("n", n, 1);
        GeneratorChecks.requireStandardDeviation("noise", noise);
        if (!(outlierFraction >= 0 && outlierFraction <= 1)) {
            throw new IllegalArgumentException("outlierFraction " + outlierFraction + " is outside [0, 1]");
        }
        if (!(outlierScale >= 0) || Double.isInfinite(outlierScale)) {
            throw new IllegalArgumentException("outlierScale " + outlierScale + " must be finite and >= 0");
        }
        SeededRandom random = new SeededRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int row = 0; row < n; row++) {
            x[row] = RegressionData.X_MIN + (RegressionData.X_MAX - RegressionData.X_MIN) * random.nextDouble();
        }
        for (int row = 0; row < n; row++) {
            y[row] = RegressionData.curve(x[row]) + noise * random.nextGaussian();
        }
        int[] order = Shuffle.identity(n);
        Shuffle.fisherYates(order, random);
        boolean[] outlier = new boolean[n];
        for (int k = 0, count = (int) Math.round(n * outlierFraction); k < count; k++) {
            int row = order[k];
            outlier[row] = true;
            y[row] += offset(random, outlierScale);
        }
        // Dataset.of checks finiteness: an outlierScale near Double.MAX_VALUE could overflow y.
        return new RegressionData(Dataset.of(1, x, 1, y), outlier);
    }

    /**
     * An outlier's offset: up with probability {@link #UPWARD}, else down, by a size uniform in
     * [0.5, 1.5) · {@code scale}: {@code scale} is the mean size, and every outlier starts at least
     * {@code scale / 2} off the curve before its noise.
     */
    private static double offset(SeededRandom random, double scale) {
        double direction = random.nextDouble() < UPWARD ? 1 : -1;
        return direction * scale * (0.5 + random.nextDouble());
    }
}
