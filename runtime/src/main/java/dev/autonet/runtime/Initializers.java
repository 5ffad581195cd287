package dev.autonet.runtime;

import java.util.Objects;

/**
 * Weight initializers, deterministic from a {@link SeededRandom}: He for the ReLU family, Xavier/Glorot
 * for the rest. Each fills one layer's W, {@code fanIn × units} values stored [fanIn][units] row-major,
 * at {@code parameters[offset, offset + fanIn·units)}, drawing one random number per weight in index
 * order and writing nothing else. Biases are left alone (zero, as in Keras and PyTorch's defaults).
 *
 * <p>The float and double overloads draw the same numbers, so a FLOAT network starts from its DOUBLE
 * twin's weights rounded to float. Normal variants are plain (untruncated) normals, unlike Keras'
 * HeNormal and GlorotNormal, which truncate at two standard deviations and rescale.
 */
public final class Initializers {
    private Initializers() {}

    /** U(−l, l) with l = √(6 / fanIn), as Keras' HeUniform. */
    public static void heUniform(float[] parameters, int offset, int fanIn, int units, SeededRandom random) {
        uniform(parameters, offset, fanIn, units, Math.sqrt(6.0 / fanIn), random);
    }

    /** U(−l, l) with l = √(6 / fanIn), as Keras' HeUniform. */
    public static void heUniform(double[] parameters, int offset, int fanIn, int units, SeededRandom random) {
        uniform(parameters, offset, fanIn, units, Math.sqrt(6.0 / fanIn), random);
    }

    /** N(0, 2 / fanIn), a plain normal (not truncated). */
    public static void heNormal(float[] parameters, int offset, int fanIn, int units, SeededRandom random) {
        normal(parameters, offset, fanIn, units, Math.sqrt(2.0 / fanIn), random);
    }

    /** N(0, 2 / fanIn), a plain normal (not truncated). */
    public static void heNormal(double[] parameters, int offset, int fanIn, int units, SeededRandom random) {
        normal(parameters, offset, fanIn, units, Math.sqrt(2.0 / fanIn), random);
    }

    /** U(−l, l) with l = √(6 / (fanIn + units)), as Keras' GlorotUniform. */
    public static void xavierUniform(float[] parameters, int offset, int fanIn, int units, SeededRandom random) {
        uniform(parameters, offset, fanIn, units, Math.sqrt(6.0 / ((double) fanIn + units)), random);
    }

    /** U(−l, l) with l = √(6 / (fanIn + units)), as Keras' GlorotUniform. */
    public static void xavierUniform(double[] parameters, int offset, int fanIn, int units, SeededRandom random) {
        uniform(parameters, offset, fanIn, units, Math.sqrt(6.0 / ((double) fanIn + units)), random);
    }

    /** N(0, 2 / (fanIn + units)), a plain normal (not truncated). */
    public static void xavierNormal(float[] parameters, int offset, int fanIn, int units, SeededRandom random) {
        normal(parameters, offset, fanIn, units, Math.sqrt(2.0 / ((double) fanIn + units)), random);
    }

    /** N(0, 2 / (fanIn + units)), a plain normal (not truncated). */
    public static void xavierNormal(double[] parameters, int offset, int fanIn, int units, SeededRandom random) {
        normal(parameters, offset, fanIn, units, Math.sqrt(2.0 / ((double) fanIn + units)), random);
    }

    private static void uniform(float[] parameters, int offset, int fanIn, int units, double limit,
            SeededRandom random) {
        Objects.requireNonNull(parameters, "parameters is null");
        int count = checkLayer(parameters.length, offset, fanIn, units, random);
        for (int i = offset; i < offset + count; i++) {
            parameters[i] = (float) (limit * (2 * random.nextDouble() - 1));
        }
    }

    private static void uniform(double[] parameters, int offset, int fanIn, int units, double limit,
            SeededRandom random) {
        Objects.requireNonNull(parameters, "parameters is null");
        int count = checkLayer(parameters.length, offset, fanIn, units, random);
        for (int i = offset; i < offset + count; i++) {
            parameters[i] = limit * (2 * random.nextDouble() - 1);
        }
    }

    private static void normal(float[] parameters, int offset, int fanIn, int units, double deviation,
            SeededRandom random) {
        Objects.requireNonNull(parameters, "parameters is null");
        int count = checkLayer(parameters.length, offset, fanIn, units, random);
        for (int i = offset; i < offset + count; i++) {
            parameters[i] = (float) (deviation * random.nextGaussian());
        }
    }

    private static void normal(double[] parameters, int offset, int fanIn, int units, double deviation,
            SeededRandom random) {
        Objects.requireNonNull(parameters, "parameters is null");
        int count = checkLayer(parameters.length, offset, fanIn, units, random);
        for (int i = offset; i < offset + count; i++) {
            parameters[i] = deviation * random.nextGaussian();
        }
    }

    /** Checks all arguments before the first write, so a bad call changes nothing; returns fanIn·units. */
    private static int checkLayer(int length, int offset, int fanIn, int units, SeededRandom random) {
        Objects.requireNonNull(random, "random is null");
        if (fanIn < 1) {
            throw new IllegalArgumentException("fanIn must be at least 1, was " + fanIn);
        }
        if (units < 1) {
            throw new IllegalArgumentException("units must be at least 1, was " + units);
        }
        int count = Math.multiplyExact(fanIn, units);
        Objects.checkFromIndexSize(offset, count, length);
        return count;
    }
}
