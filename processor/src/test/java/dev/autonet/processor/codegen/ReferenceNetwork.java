package dev.autonet.processor.codegen;

import dev.autonet.Activation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The independent check of generated forward passes: a plain interpreter, written without looking at
 * the generator, that loops over layers over the same flat parameters (per layer W [fanIn][units]
 * row-major, b, then PReLU's slope) and computes everything in double from the textbook definitions.
 */
final class ReferenceNetwork {
    private static final double SQRT_HALF = Math.sqrt(0.5);

    /** One dense layer; {@code alpha} is LEAKY_RELU's or ELU's declared constant (PReLU reads its slope from the parameters). */
    record Layer(int units, Activation activation, double alpha) {}

    private final int inputs;
    private final List<Layer> layers = new ArrayList<>();

    private ReferenceNetwork(int inputs) {
        this.inputs = inputs;
    }

    static ReferenceNetwork inputs(int inputs) {
        return new ReferenceNetwork(inputs);
    }

    ReferenceNetwork dense(int units, Activation activation) {
        return dense(units, activation, Double.NaN);
    }

    ReferenceNetwork dense(int units, Activation activation, double alpha) {
        layers.add(new Layer(units, activation, alpha));
        return this;
    }

    int inputs() {
        return inputs;
    }

    int outputs() {
        return layers.get(layers.size() - 1).units();
    }

    List<Layer> layers() {
        return layers;
    }

    int parameterCount() {
        int count = 0;
        int fanIn = inputs;
        for (Layer layer : layers) {
            count += fanIn * layer.units() + layer.units() + (layer.activation() == Activation.PRELU ? 1 : 0);
            fanIn = layer.units();
        }
        return count;
    }

    /**
     * Parameters nothing is trivially zero in: weights uniform in ±√(3 / fanIn) (unit variance of z for
     * unit-variance inputs), biases uniform in ±0.5, PReLU slopes uniform in [0.05, 0.5).
     */
    double[] randomParameters(Random random) {
        double[] p = new double[parameterCount()];
        int at = 0;
        int fanIn = inputs;
        for (Layer layer : layers) {
            double limit = Math.sqrt(3.0 / fanIn);
            for (int k = 0; k < fanIn * layer.units(); k++) {
                p[at++] = limit * (2 * random.nextDouble() - 1);
            }
            for (int j = 0; j < layer.units(); j++) {
                p[at++] = random.nextDouble() - 0.5;
            }
            if (layer.activation() == Activation.PRELU) {
                p[at++] = 0.05 + 0.45 * random.nextDouble();
            }
            fanIn = layer.units();
        }
        return p;
    }

    /** The network's output for {@code x}. */
    double[] predict(double[] p, double[] x) {
        return run(p, x, true);
    }

    /** The output layer's pre-activation for {@code x}. */
    double[] logits(double[] p, double[] x) {
        return run(p, x, false);
    }

    private double[] run(double[] p, double[] x, boolean activateOutput) {
        double[] a = x.clone();
        int at = 0;
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            int fanIn = a.length;
            double[] z = new double[layer.units()];
            for (int j = 0; j < layer.units(); j++) {
                double sum = p[at + fanIn * layer.units() + j];
                for (int i = 0; i < fanIn; i++) {
                    sum += a[i] * p[at + i * layer.units() + j];
                }
                z[j] = sum;
            }
            at += fanIn * layer.units() + layer.units();
            double slope = Double.NaN;
            if (layer.activation() == Activation.PRELU) {
                slope = p[at++];
            }
            boolean output = l == layers.size() - 1;
            a = output && !activateOutput ? z : activate(layer, z, slope);
        }
        return a;
    }

    private static double[] activate(Layer layer, double[] z, double slope) {
        if (layer.activation() == Activation.SOFTMAX) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : z) {
                max = Math.max(max, v);
            }
            double sum = 0;
            double[] e = new double[z.length];
            for (int j = 0; j < z.length; j++) {
                e[j] = Math.exp(z[j] - max);
                sum += e[j];
            }
            for (int j = 0; j < z.length; j++) {
                e[j] /= sum;
            }
            return e;
        }
        double[] a = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            a[j] = apply(layer.activation(), z[j], layer.activation() == Activation.PRELU ? slope : layer.alpha());
        }
        return a;
    }

    static double apply(Activation activation, double z, double alpha) {
        switch (activation) {
            case STEP: return z >= 0 ? 1 : 0;
            case SIGMOID: return 1 / (1 + Math.exp(-z));
            case TANH: return Math.tanh(z);
            case RELU: return z > 0 ? z : 0;
            case LEAKY_RELU:
            case PRELU: return z > 0 ? z : alpha * z;
            case ELU: return z > 0 ? z : alpha * (Math.exp(z) - 1);
            case SWISH: return z / (1 + Math.exp(-z));
            case GELU: return 0.5 * z * (1 + erf(z * SQRT_HALF));
            case SOFTPLUS: return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
            case LINEAR: return z;
            default: throw new IllegalArgumentException(activation.toString());
        }
    }

    /**
     * erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)), a series of positive terms (no cancellation),
     * summed until the terms no longer change the sum; ±1 beyond |x| = 6, where erfc < 2.2e-17.
     */
    static double erf(double x) {
        if (Math.abs(x) >= 6) {
            return Math.signum(x);
        }
        double term = x;
        double sum = x;
        for (int n = 1; Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
            term *= 2 * x * x / (2 * n + 1);
            sum += term;
        }
        return 2 / Math.sqrt(Math.PI) * Math.exp(-x * x) * sum;
    }
}
