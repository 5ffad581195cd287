package dev.autonet.runtime.data;

/** Argument checks shared by the toy data set generators, worded as {@link Moons} words its own. */
final class GeneratorChecks {
    private GeneratorChecks() {}

    /** Throws IllegalArgumentException, e.g. "n 0 must be at least 1", if {@code value < min}. */
    static void requireAtLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " " + value + " must be at least " + min);
        }
    }

    /** Throws IllegalArgumentException unless {@code value} is finite and not negative. */
    static void requireStandardDeviation(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " " + value + " must be a finite standard deviation >= 0");
        }
    }

    /**
     * Returns {@code data} after checking that {@code name = value} did not push a generated value past the
     * range of double, e.g. "noise 1.0E308 is too large: row 3, feature 0 is infinite (Infinity)".
     */
    static Dataset requireFinite(Dataset data, String name, double value) {
        try {
            DataChecks.checkFinite(data.featureArray(), data.rows(), data.featureCount(), "feature");
            DataChecks.checkFinite(data.targetArray(), data.rows(), data.targetWidth(), "target");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " " + value + " is too large: " + e.getMessage(), e);
        }
        return data;
    }
}
