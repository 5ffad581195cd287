package dev.autonet.processor.training;

import dev.autonet.LossFunction;
import dev.autonet.processor.training.Architecture.Layer;
import java.util.SplittableRandom;

/**
 * Finite differences of a generated DOUBLE trainer's loss, the points they are taken at, and the error
 * measure they are judged by.
 *
 * <p>The difference is the five-point central one, (8 (L(θ+h) − L(θ−h)) − (L(θ+2h) − L(θ−2h))) / 12h with
 * h = {@value #STEP}: its truncation error is O(h⁴), negligible here, and its rounding noise is about
 * 1.5 · 1e-16 · |L| / h ≈ 1e-11. The plain central difference with h = 1e-6 was measured too: its noise
 * (up to 6e-10 absolute, 6e-7 relative over the pairings) would leave too little room under 1e-6.
 *
 * <p>A point (parameters, inputs, targets) is drawn from a seed and accepted only if it is at least
 * {@link #KINK_MARGIN} away from every kink: every pre-activation of a ReLU-family layer (and of ELU with
 * alpha ≠ 1), and for MAE every error, for HINGE every margin 1 − y·ŷ, for HUBER every |error| − delta.
 * Otherwise the next seed is tried. Steps of at most 2h = 2e-5 move a pre-activation by well under the
 * margin, so no difference straddles a kink.
 */
final class FiniteDifferences {
    /** The step h of the five-point difference. */
    static final double STEP = 1e-5;
    /** How close to a kink a point may be (the issue asks for 1e-4; this is stricter). */
    static final double KINK_MARGIN = 1e-3;
    /**
     * The denominator's floor in {@link #relativeError}: gradients smaller than this are compared absolutely,
     * to 1e-6 · FLOOR = 1e-10, which is still ten times the difference's rounding noise.
     */
    static final double FLOOR = 1e-4;

    private FiniteDifferences() {}

    /** |a − n| / max(|a|, |n|, FLOOR). */
    static double relativeError(double analytic, double numeric) {
        return Math.abs(analytic - numeric) / Math.max(FLOOR, Math.max(Math.abs(analytic), Math.abs(numeric)));
    }

    /** A batch at which to compare: parameters, row-major inputs and targets. */
    record Point(double[] parameters, double[] x, double[] y, int rows, long seed) {}

    /** The first point from {@code seed}, {@code seed + 1}, ... that keeps clear of every kink. */
    static Point awayFromKinks(Architecture architecture, LossFunction loss, double delta, int targetWidth, int rows,
            long seed) {
        for (long attempt = seed; attempt < seed + 100; attempt++) {
            Point point = draw(architecture, loss, targetWidth, rows, attempt);
            if (!nearKink(architecture, loss, delta, point)) {
                return point;
            }
        }
        throw new AssertionError("no point clear of kinks in 100 seeds from " + seed);
    }

    static Point draw(Architecture architecture, LossFunction loss, int targetWidth, int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] parameters = new double[architecture.parameterCount()];
        int offset = 0;
        int fanIn = architecture.inputs();
        for (Layer layer : architecture.layers()) {
            double scale = 1.2 / Math.sqrt(fanIn); // keeps pre-activations O(1) at any width
            for (int k = 0; k < fanIn * layer.units(); k++) {
                parameters[offset++] = gaussian(random) * scale;
            }
            for (int j = 0; j < layer.units(); j++) {
                parameters[offset++] = gaussian(random) * 0.3;
            }
            if (layer.activation() == dev.autonet.Activation.PRELU) {
                parameters[offset++] = layer.alpha();
            }
            fanIn = layer.units();
        }
        double[] x = new double[rows * architecture.inputs()];
        for (int i = 0; i < x.length; i++) {
            x[i] = gaussian(random);
        }
        return new Point(parameters, x, targets(loss, architecture.output().units(), targetWidth, rows, random), rows,
                seed);
    }

    private static double[] targets(LossFunction loss, int outputs, int width, int rows, SplittableRandom random) {
        double[] y = new double[rows * width];
        for (int r = 0; r < rows; r++) {
            int label = random.nextInt(outputs);
            for (int j = 0; j < width; j++) {
                y[r * width + j] = switch (loss) {
                    case BCE -> random.nextDouble();
                    case CATEGORICAL_CROSS_ENTROPY -> j == label ? 1 : 0;
                    case SPARSE_CATEGORICAL_CROSS_ENTROPY -> label;
                    case HINGE -> random.nextBoolean() ? 1 : -1;
                    default -> gaussian(random) * 0.8;
                };
            }
        }
        return y;
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller; SplittableRandom has no nextGaussian in Java 17.
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    static boolean nearKink(Architecture architecture, LossFunction loss, double delta, Point point) {
        int inputs = architecture.inputs();
        int outputs = architecture.output().units();
        for (int r = 0; r < point.rows(); r++) {
            double[] row = java.util.Arrays.copyOfRange(point.x(), r * inputs, (r + 1) * inputs);
            double[][] z = architecture.preActivations(point.parameters(), row);
            for (int l = 0; l < z.length; l++) {
                if (Architecture.kinkAtZero(architecture.layers().get(l)) && nearZero(z[l])) {
                    return true;
                }
            }
            double[] prediction = architecture.output(point.parameters(), row);
            for (int j = 0; j < outputs && loss != LossFunction.SPARSE_CATEGORICAL_CROSS_ENTROPY; j++) {
                double y = point.y()[r * outputs + j];
                double error = prediction[j] - y;
                double distance = switch (loss) {
                    case MAE -> Math.abs(error);
                    case HINGE -> Math.abs(1 - y * prediction[j]);
                    case HUBER -> Math.abs(Math.abs(error) - delta);
                    default -> Double.POSITIVE_INFINITY;
                };
                if (distance < KINK_MARGIN) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean nearZero(double[] values) {
        for (double value : values) {
            if (Math.abs(value) < KINK_MARGIN) {
                return true;
            }
        }
        return false;
    }

    /** The five-point difference along every parameter, each loss from a fresh trainer. */
    static double[] parameterGradient(DoubleNet network, Point point) {
        double[] numeric = new double[point.parameters().length];
        for (int k = 0; k < numeric.length; k++) {
            int coordinate = k;
            numeric[k] = fivePoint(step -> loss(network, shifted(point.parameters(), coordinate, step), point.x(), point));
        }
        return numeric;
    }

    /** The five-point difference along every input value of the batch. */
    static double[] inputGradient(DoubleNet network, Point point) {
        double[] numeric = new double[point.x().length];
        for (int i = 0; i < numeric.length; i++) {
            int coordinate = i;
            numeric[i] = fivePoint(step -> loss(network, point.parameters(), shifted(point.x(), coordinate, step), point));
        }
        return numeric;
    }

    /** (8 (f(h) − f(−h)) − (f(2h) − f(−2h))) / 12h. */
    static double fivePoint(java.util.function.DoubleUnaryOperator loss) {
        double h = STEP;
        return (8 * (loss.applyAsDouble(h) - loss.applyAsDouble(-h))
                - (loss.applyAsDouble(2 * h) - loss.applyAsDouble(-2 * h))) / (12 * h);
    }

    private static double[] shifted(double[] values, int coordinate, double step) {
        double[] copy = values.clone();
        copy[coordinate] += step;
        return copy;
    }

    private static double loss(DoubleNet network, double[] parameters, double[] x, Point point) {
        return network.trainerAt(parameters)
                .lossAndGradient(x, point.y(), point.rows(), new double[parameters.length], null);
    }
}
