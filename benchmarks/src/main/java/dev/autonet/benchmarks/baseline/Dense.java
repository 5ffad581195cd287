package dev.autonet.benchmarks.baseline;

import dev.autonet.runtime.internal.Activations;

/**
 * The baseline's layer kernels, in FLOAT and DOUBLE: plain loops with the layer's sizes as arguments,
 * i-outer/j-inner over contiguous rows of W so the inner loops run over consecutive memory. The
 * activation is chosen once per layer by a switch; the inner loops hold no calls that cannot be inlined.
 */
final class Dense {
    private Dense() {}

    /** out[outOffset + j] = b[j] + Σ_i in[inOffset + i] · W[i][j]. */
    static void forward(float[] p, int weights, int bias, int fanIn, int units, float[] in, int inOffset,
            float[] out, int outOffset) {
        System.arraycopy(p, bias, out, outOffset, units);
        for (int i = 0; i < fanIn; i++) {
            float x = in[inOffset + i];
            int row = weights + i * units;
            for (int j = 0; j < units; j++) {
                out[outOffset + j] += x * p[row + j];
            }
        }
    }

    static void forward(double[] p, int weights, int bias, int fanIn, int units, double[] in, int inOffset,
            double[] out, int outOffset) {
        System.arraycopy(p, bias, out, outOffset, units);
        for (int i = 0; i < fanIn; i++) {
            double x = in[inOffset + i];
            int row = weights + i * units;
            for (int j = 0; j < units; j++) {
                out[outOffset + j] += x * p[row + j];
            }
        }
    }

    /** a = f(z) over {@code n} units; {@code z} and {@code a} may be the same array. */
    static void activate(LayerActivation activation, float[] z, float[] a, int n) {
        switch (activation) {
            case RELU -> {
                for (int j = 0; j < n; j++) {
                    a[j] = Activations.relu(z[j]);
                }
            }
            case SIGMOID -> {
                for (int j = 0; j < n; j++) {
                    a[j] = Activations.sigmoid(z[j]);
                }
            }
            case TANH -> {
                for (int j = 0; j < n; j++) {
                    a[j] = Activations.tanh(z[j]);
                }
            }
            case LINEAR -> System.arraycopy(z, 0, a, 0, n);
            case SOFTMAX -> {
                System.arraycopy(z, 0, a, 0, n);
                Activations.softmax(a, 0, n);
            }
        }
    }

    static void activate(LayerActivation activation, double[] z, double[] a, int n) {
        switch (activation) {
            case RELU -> {
                for (int j = 0; j < n; j++) {
                    a[j] = Activations.relu(z[j]);
                }
            }
            case SIGMOID -> {
                for (int j = 0; j < n; j++) {
                    a[j] = Activations.sigmoid(z[j]);
                }
            }
            case TANH -> {
                for (int j = 0; j < n; j++) {
                    a[j] = Activations.tanh(z[j]);
                }
            }
            case LINEAR -> System.arraycopy(z, 0, a, 0, n);
            case SOFTMAX -> {
                System.arraycopy(z, 0, a, 0, n);
                Activations.softmax(a, 0, n);
            }
        }
    }

    /** g[b] += delta; g[W][i][j] += in[i] · delta[j]: one row's contribution to the weight gradient. */
    static void addWeightGradient(float[] g, int weights, int bias, int fanIn, int units, float[] in, int inOffset,
            float[] delta) {
        for (int j = 0; j < units; j++) {
            g[bias + j] += delta[j];
        }
        for (int i = 0; i < fanIn; i++) {
            float x = in[inOffset + i];
            int row = weights + i * units;
            for (int j = 0; j < units; j++) {
                g[row + j] += x * delta[j];
            }
        }
    }

    static void addWeightGradient(double[] g, int weights, int bias, int fanIn, int units, double[] in,
            int inOffset, double[] delta) {
        for (int j = 0; j < units; j++) {
            g[bias + j] += delta[j];
        }
        for (int i = 0; i < fanIn; i++) {
            double x = in[inOffset + i];
            int row = weights + i * units;
            for (int j = 0; j < units; j++) {
                g[row + j] += x * delta[j];
            }
        }
    }

    /** inGradient[i] = Σ_j W[i][j] · delta[j]: the gradient with respect to the layer's inputs. */
    static void inputGradient(float[] p, int weights, int fanIn, int units, float[] delta, float[] inGradient) {
        for (int i = 0; i < fanIn; i++) {
            int row = weights + i * units;
            float sum = 0;
            for (int j = 0; j < units; j++) {
                sum += p[row + j] * delta[j];
            }
            inGradient[i] = sum;
        }
    }

    static void inputGradient(double[] p, int weights, int fanIn, int units, double[] delta, double[] inGradient) {
        for (int i = 0; i < fanIn; i++) {
            int row = weights + i * units;
            double sum = 0;
            for (int j = 0; j < units; j++) {
                sum += p[row + j] * delta[j];
            }
            inGradient[i] = sum;
        }
    }

    /** delta[j] *= f'(z[j]): from the gradient with respect to activations to that of pre-activations. */
    static void activationGradient(LayerActivation activation, float[] z, float[] delta, int n) {
        switch (activation) {
            case RELU -> {
                for (int j = 0; j < n; j++) {
                    delta[j] *= Activations.reluDerivative(z[j]);
                }
            }
            case SIGMOID -> {
                for (int j = 0; j < n; j++) {
                    delta[j] *= Activations.sigmoidDerivative(z[j]);
                }
            }
            case TANH -> {
                for (int j = 0; j < n; j++) {
                    delta[j] *= Activations.tanhDerivative(z[j]);
                }
            }
            case LINEAR -> { }
            case SOFTMAX -> throw new IllegalStateException("SOFTMAX is an output layer; its gradient is fused");
        }
    }

    static void activationGradient(LayerActivation activation, double[] z, double[] delta, int n) {
        switch (activation) {
            case RELU -> {
                for (int j = 0; j < n; j++) {
                    delta[j] *= Activations.reluDerivative(z[j]);
                }
            }
            case SIGMOID -> {
                for (int j = 0; j < n; j++) {
                    delta[j] *= Activations.sigmoidDerivative(z[j]);
                }
            }
            case TANH -> {
                for (int j = 0; j < n; j++) {
                    delta[j] *= Activations.tanhDerivative(z[j]);
                }
            }
            case LINEAR -> { }
            case SOFTMAX -> throw new IllegalStateException("SOFTMAX is an output layer; its gradient is fused");
        }
    }

    /** The index of the largest of values[offset .. offset + n), the first on ties. */
    static int argmax(float[] values, int offset, int n) {
        int best = 0;
        for (int j = 1; j < n; j++) {
            if (values[offset + j] > values[offset + best]) {
                best = j;
            }
        }
        return best;
    }

    static int argmax(double[] values, int offset, int n) {
        int best = 0;
        for (int j = 1; j < n; j++) {
            if (values[offset + j] > values[offset + best]) {
                best = j;
            }
        }
        return best;
    }
}
