package dev.autonet.runtime.data;

/** Small synthetic data sets for examples and tests, after scikit-learn's {@code make_*} generators. */
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
}
