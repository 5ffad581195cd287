package dev.autonet.benchmarks;

import dev.autonet.runtime.SeededRandom;
import dev.autonet.runtime.data.Dataset;

/** Deterministic input rows and labelled batches for the benchmarks, made once per trial. */
final class Rows {
    private Rows() {}

    /** {@code rows} × {@code width} values: standard normal for 2 features, pixel-like [0, 1) for more. */
    static double[][] doubles(int rows, int width, long seed) {
        SeededRandom random = new SeededRandom(seed);
        double[][] values = new double[rows][width];
        for (double[] row : values) {
            for (int i = 0; i < width; i++) {
                row[i] = width <= 2 ? random.nextGaussian() : random.nextDouble();
            }
        }
        return values;
    }

    static float[][] floats(double[][] values) {
        float[][] converted = new float[values.length][];
        for (int r = 0; r < values.length; r++) {
            converted[r] = new float[values[r].length];
            for (int i = 0; i < values[r].length; i++) {
                converted[r][i] = (float) values[r][i];
            }
        }
        return converted;
    }

    /** The rows of {@code values}, one after another. */
    static double[] flatten(double[][] values) {
        int width = values[0].length;
        double[] flat = new double[values.length * width];
        for (int r = 0; r < values.length; r++) {
            System.arraycopy(values[r], 0, flat, r * width, width);
        }
        return flat;
    }

    static float[] flatten(float[][] values) {
        int width = values[0].length;
        float[] flat = new float[values.length * width];
        for (int r = 0; r < values.length; r++) {
            System.arraycopy(values[r], 0, flat, r * width, width);
        }
        return flat;
    }

    /**
     * A labelled batch of {@code rows} rows of {@code features} inputs: one 0/1 target per row when
     * {@code classes} is 1, else one-hot rows over {@code classes} classes.
     */
    static Dataset labelled(int rows, int features, int classes, long seed) {
        double[][] inputs = doubles(rows, features, seed);
        SeededRandom random = new SeededRandom(seed + 1);
        double[][] targets = new double[rows][classes];
        for (double[] target : targets) {
            if (classes == 1) {
                target[0] = random.nextInt(2);
            } else {
                target[random.nextInt(classes)] = 1;
            }
        }
        return Dataset.of(inputs, targets);
    }
}
