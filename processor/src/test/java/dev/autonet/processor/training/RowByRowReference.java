package dev.autonet.processor.training;

import dev.autonet.Activation;
import dev.autonet.LossFunction;
import dev.autonet.processor.training.Architecture.Layer;

/**
 * The independent check of the trainer's batched loss and gradient: a plain row-at-a-time interpreter in
 * double, written from the textbook definitions over AutoNet's flat layout (per layer W [fanIn][units]
 * row-major, b, PReLU's slope). It covers what {@link BatchedTrainingTest} needs: RELU, LEAKY_RELU, TANH, PRELU and
 * LINEAR hidden layers; SIGMOID + BCE and SOFTMAX + cross-entropy (fused, p − y) and LINEAR + MSE outputs.
 * Means as PyTorch's {@code reduction='mean'}: over rows, and over outputs for BCE and MSE.
 */
final class RowByRowReference {
    /** The mean loss of a batch, its gradient with respect to every parameter and every input. */
    record Result(double loss, double[] parameterGradient, double[] inputGradient) {}

    private RowByRowReference() {}

    static Result lossAndGradient(Architecture architecture, LossFunction loss, double[] p, double[] x, double[] y,
            int rows) {
        int inputs = architecture.inputs();
        int outputs = architecture.output().units();
        int layers = architecture.layers().size();
        double[] g = new double[p.length];
        double[] inputGradient = new double[rows * inputs];
        double lossSum = 0;
        double scale = loss == LossFunction.CATEGORICAL_CROSS_ENTROPY ? 1.0 / rows : 1.0 / ((double) rows * outputs);
        for (int r = 0; r < rows; r++) {
            double[][] z = new double[layers][];
            double[][] a = new double[layers + 1][];
            a[0] = slice(x, r * inputs, inputs);
            int offset = 0;
            int[] offsets = new int[layers];
            for (int l = 0; l < layers; l++) {
                Layer layer = architecture.layers().get(l);
                offsets[l] = offset;
                int fanIn = a[l].length;
                z[l] = new double[layer.units()];
                for (int j = 0; j < layer.units(); j++) {
                    double sum = p[offset + fanIn * layer.units() + j];
                    for (int i = 0; i < fanIn; i++) {
                        sum += a[l][i] * p[offset + i * layer.units() + j];
                    }
                    z[l][j] = sum;
                }
                double slope = slope(layer, p, offset + fanIn * layer.units() + layer.units());
                a[l + 1] = new double[layer.units()];
                for (int j = 0; j < layer.units(); j++) {
                    a[l + 1][j] = activate(layer.activation(), z[l][j], slope);
                }
                offset += fanIn * layer.units() + layer.units() + (layer.activation() == Activation.PRELU ? 1 : 0);
            }
            double[] target = slice(y, r * outputs, outputs);
            double[] delta = new double[outputs];
            double[] logits = z[layers - 1];
            switch (loss) {
                case BCE:
                    for (int j = 0; j < outputs; j++) {
                        double s = 1 / (1 + Math.exp(-logits[j]));
                        lossSum += -(target[j] * Math.log(s) + (1 - target[j]) * Math.log(1 - s));
                        delta[j] = (s - target[j]) * scale;
                    }
                    break;
                case CATEGORICAL_CROSS_ENTROPY:
                    double max = Double.NEGATIVE_INFINITY;
                    for (double v : logits) {
                        max = Math.max(max, v);
                    }
                    double sumExp = 0;
                    for (double v : logits) {
                        sumExp += Math.exp(v - max);
                    }
                    for (int j = 0; j < outputs; j++) {
                        double logSoftmax = logits[j] - max - Math.log(sumExp);
                        lossSum -= target[j] * logSoftmax;
                        delta[j] = (Math.exp(logSoftmax) - target[j]) * scale;
                    }
                    break;
                case MSE:
                    for (int j = 0; j < outputs; j++) {
                        double error = logits[j] - target[j];
                        lossSum += error * error;
                        delta[j] = 2 * error * scale;
                    }
                    break;
                default:
                    throw new IllegalArgumentException(loss + " is not covered");
            }
            for (int l = layers - 1; l >= 0; l--) {
                Layer layer = architecture.layers().get(l);
                int fanIn = a[l].length;
                int weights = offsets[l];
                for (int i = 0; i < fanIn; i++) {
                    for (int j = 0; j < layer.units(); j++) {
                        g[weights + i * layer.units() + j] += a[l][i] * delta[j];
                    }
                }
                for (int j = 0; j < layer.units(); j++) {
                    g[weights + fanIn * layer.units() + j] += delta[j];
                }
                double[] upstream = new double[fanIn];
                for (int i = 0; i < fanIn; i++) {
                    for (int j = 0; j < layer.units(); j++) {
                        upstream[i] += p[weights + i * layer.units() + j] * delta[j];
                    }
                }
                if (l == 0) {
                    System.arraycopy(upstream, 0, inputGradient, r * inputs, inputs);
                    break;
                }
                Layer previous = architecture.layers().get(l - 1);
                int previousOffset = offsets[l - 1];
                int previousFanIn = a[l - 1].length;
                int slopeIndex = previousOffset + previousFanIn * previous.units() + previous.units();
                double slope = slope(previous, p, slopeIndex);
                delta = new double[fanIn];
                for (int i = 0; i < fanIn; i++) {
                    double zi = z[l - 1][i];
                    if (previous.activation() == Activation.PRELU && zi <= 0) {
                        g[slopeIndex] += upstream[i] * zi;
                    }
                    delta[i] = upstream[i] * derivative(previous.activation(), zi, slope);
                }
            }
        }
        return new Result(lossSum * scale, g, inputGradient);
    }

    /** PReLU's learned slope (at {@code index} in {@code p}), leaky ReLU's fixed one, else 0. */
    private static double slope(Layer layer, double[] p, int index) {
        return layer.activation() == Activation.PRELU ? p[index]
                : layer.activation() == Activation.LEAKY_RELU ? layer.alpha() : 0;
    }

    private static double activate(Activation activation, double z, double slope) {
        switch (activation) {
            case RELU:
                return Math.max(z, 0);
            case TANH:
                return Math.tanh(z);
            case PRELU, LEAKY_RELU:
                return z > 0 ? z : slope * z;
            default:
                return z; // LINEAR, and the fused outputs, whose logits the loss reads
        }
    }

    private static double derivative(Activation activation, double z, double slope) {
        switch (activation) {
            case RELU:
                return z > 0 ? 1 : 0;
            case TANH:
                double t = Math.tanh(z);
                return 1 - t * t;
            case PRELU, LEAKY_RELU:
                return z > 0 ? 1 : slope;
            case LINEAR:
                return 1;
            default:
                throw new IllegalArgumentException(activation + " is not covered");
        }
    }

    private static double[] slice(double[] values, int from, int length) {
        double[] slice = new double[length];
        System.arraycopy(values, from, slice, 0, length);
        return slice;
    }
}
