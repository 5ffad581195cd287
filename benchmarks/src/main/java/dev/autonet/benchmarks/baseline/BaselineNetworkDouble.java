package dev.autonet.benchmarks.baseline;

import dev.autonet.runtime.internal.Activations;
import dev.autonet.runtime.internal.Checks;
import java.util.Arrays;

/**
 * {@link BaselineNetwork} in DOUBLE: the same loops over {@code double[]}, as a DOUBLE declaration's
 * generated classes compute. Not thread-safe.
 */
public final class BaselineNetworkDouble {
    private final Layout layout;
    private final int layers;
    private final int inputs;
    private final int outputs;
    private final boolean binary;
    private final int[] fanIns;
    private final int[] units;
    private final int[] weightOffsets;
    private final int[] biasOffsets;
    private final LayerActivation[] activations;
    private final double[] parameters;
    /** Per layer: pre-activations z, activations a (the output layer's is the prediction), deltas dL/dz. */
    private final double[][] z;
    private final double[][] a;
    private final double[][] delta;
    /** Per ReLU layer: which units had z &gt; 0 since {@link #clearActiveUnits()}. */
    private final boolean[][] everActive;
    private double metricSum;

    /** A network over a copy of {@code parameters}, in {@code layout}'s flat layout. */
    public BaselineNetworkDouble(Layout layout, double[] parameters) {
        this.layout = layout;
        this.layers = layout.layerCount();
        this.inputs = layout.inputs();
        this.outputs = layout.outputs();
        this.binary = layout.binary();
        this.fanIns = new int[layers];
        this.units = new int[layers];
        this.weightOffsets = new int[layers];
        this.biasOffsets = new int[layers];
        this.activations = new LayerActivation[layers];
        this.z = new double[layers][];
        this.a = new double[layers][];
        this.delta = new double[layers][];
        this.everActive = new boolean[layers][];
        for (int k = 0; k < layers; k++) {
            fanIns[k] = layout.fanIn(k);
            units[k] = layout.units(k);
            weightOffsets[k] = layout.weightOffset(k);
            biasOffsets[k] = layout.biasOffset(k);
            activations[k] = layout.activation(k);
            z[k] = new double[units[k]];
            a[k] = new double[units[k]];
            delta[k] = new double[units[k]];
            everActive[k] = new boolean[units[k]];
        }
        this.parameters = Checks.finiteCopy(parameters, layout.parameterCount());
    }

    public Layout layout() {
        return layout;
    }

    /** A copy of the weights. */
    public double[] parameters() {
        return parameters.clone();
    }

    /** The live weights, for the trainer's optimizer step. */
    double[] parameterArray() {
        return parameters;
    }

    /** One row: writes the output activations for {@code input} into {@code output}. Allocates nothing. */
    public void predict(double[] input, double[] output) {
        Checks.checkLength("input", input, inputs);
        Checks.checkLength("output", output, outputs);
        predictRow(input, 0, output, 0);
    }

    /** {@code rows} rows, row-major: {@code inputs} holds rows × inputs values, {@code outputs} rows × outputs. */
    public void predict(double[] inputs, int rows, double[] outputs) {
        if (rows < 0 || inputs.length < (long) rows * this.inputs || outputs.length < (long) rows * this.outputs) {
            throw new IllegalArgumentException("buffers too small for " + rows + " rows");
        }
        for (int row = 0; row < rows; row++) {
            predictRow(inputs, row * this.inputs, outputs, row * this.outputs);
        }
    }

    private void predictRow(double[] input, int inputOffset, double[] output, int outputOffset) {
        double[] p = parameters;
        double[] in = input;
        int offset = inputOffset;
        int last = layers - 1;
        for (int k = 0; k < last; k++) {
            double[] h = a[k];
            Dense.forward(p, weightOffsets[k], biasOffsets[k], fanIns[k], units[k], in, offset, h, 0);
            Dense.activate(activations[k], h, h, units[k]);
            in = h;
            offset = 0;
        }
        Dense.forward(p, weightOffsets[last], biasOffsets[last], fanIns[last], outputs, in, offset, output,
                outputOffset);
        if (binary) {
            for (int j = outputOffset; j < outputOffset + outputs; j++) {
                output[j] = Activations.sigmoid(output[j]);
            }
        } else {
            Activations.softmax(output, outputOffset, outputs);
        }
    }

    /**
     * The mean loss of {@code rows} rows (row-major {@code inputs} and {@code targets}) at the current
     * weights; writes its gradient into {@code gradient}. Row by row, forward then backward, as the
     * generated trainers do. Leaves the metric's sum for {@link #metricSum()}. Allocates nothing.
     */
    public double lossAndGradient(double[] inputs, double[] targets, int rows, double[] gradient) {
        Checks.checkLength("gradient", gradient, parameters.length);
        if (rows < 1 || inputs.length < rows * this.inputs || targets.length < rows * outputs) {
            throw new IllegalArgumentException("buffers too small for " + rows + " rows");
        }
        Arrays.fill(gradient, 0);
        double scale = 1.0 / ((double) rows * (binary ? outputs : 1));
        double lossSum = 0;
        double metrics = 0;
        for (int row = 0; row < rows; row++) {
            int inputOffset = row * this.inputs;
            int targetOffset = row * outputs;
            forward(inputs, inputOffset);
            recordActiveUnits();
            lossSum += rowLoss(targets, targetOffset);
            metrics += rowMetric(targets, targetOffset);
            outputDeltas(targets, targetOffset, scale);
            backward(inputs, inputOffset, gradient);
        }
        metricSum = metrics;
        return lossSum * scale;
    }

    /** The loss of one row, before the mean; leaves its metric for {@link #metricSum()}. */
    public double evaluateRow(double[] input, double[] target) {
        forward(input, 0);
        metricSum = rowMetric(target, 0);
        return rowLoss(target, 0);
    }

    /** The metric (correct predictions) summed over the rows of the last call. */
    public double metricSum() {
        return metricSum;
    }

    /** Forgets which units were active. */
    public void clearActiveUnits() {
        for (boolean[] active : everActive) {
            Arrays.fill(active, false);
        }
    }

    /** Fraction of a ReLU layer's units never active since {@link #clearActiveUnits()}; NaN for others. */
    public double deadFraction(int layer) {
        if (activations[layer] != LayerActivation.RELU) {
            return Double.NaN;
        }
        int dead = 0;
        for (boolean active : everActive[layer]) {
            if (!active) {
                dead++;
            }
        }
        return (double) dead / everActive[layer].length;
    }

    // Keeps every layer's z and a for backward; the output layer's a is the prediction.
    private void forward(double[] input, int inputOffset) {
        double[] p = parameters;
        double[] in = input;
        int offset = inputOffset;
        for (int k = 0; k < layers; k++) {
            Dense.forward(p, weightOffsets[k], biasOffsets[k], fanIns[k], units[k], in, offset, z[k], 0);
            Dense.activate(activations[k], z[k], a[k], units[k]);
            in = a[k];
            offset = 0;
        }
    }

    private void recordActiveUnits() {
        for (int k = 0; k < layers - 1; k++) {
            if (activations[k] == LayerActivation.RELU) {
                double[] zk = z[k];
                boolean[] active = everActive[k];
                for (int j = 0; j < zk.length; j++) {
                    if (zk[j] > 0) {
                        active[j] = true;
                    }
                }
            }
        }
    }

    // Fused with the output activation, from the logits: BCE as max(z,0) - zy + log1p(e^-|z|),
    // cross-entropy as logSumExp(z) - sum y z.
    private double rowLoss(double[] targets, int offset) {
        double[] logits = z[layers - 1];
        double sum = 0;
        if (binary) {
            for (int j = 0; j < outputs; j++) {
                double zj = logits[j];
                sum += Math.max(zj, 0) - zj * targets[offset + j] + Math.log1p(Math.exp(-Math.abs(zj)));
            }
        } else {
            double logSumExp = Activations.logSumExp(logits, 0, outputs);
            for (int j = 0; j < outputs; j++) {
                sum += targets[offset + j] * (logSumExp - logits[j]);
            }
        }
        return sum;
    }

    private double rowMetric(double[] targets, int offset) {
        if (binary) {
            double[] prediction = a[layers - 1];
            int correct = 0;
            for (int j = 0; j < outputs; j++) {
                if ((prediction[j] > 0.5) == (targets[offset + j] > 0.5)) {
                    correct++;
                }
            }
            return correct;
        }
        return Dense.argmax(z[layers - 1], 0, outputs) == Dense.argmax(targets, offset, outputs) ? 1 : 0;
    }

    // dL/dz of the output layer is p - y (scaled for the mean), for both fused losses.
    private void outputDeltas(double[] targets, int offset, double scale) {
        double[] prediction = a[layers - 1];
        double[] d = delta[layers - 1];
        if (binary) {
            for (int j = 0; j < outputs; j++) {
                d[j] = ((prediction[j] - targets[offset + j]) * scale);
            }
        } else {
            double targetSum = 0;
            for (int j = 0; j < outputs; j++) {
                targetSum += targets[offset + j];
            }
            for (int j = 0; j < outputs; j++) {
                d[j] = ((prediction[j] * targetSum - targets[offset + j]) * scale);
            }
        }
    }

    private void backward(double[] input, int inputOffset, double[] g) {
        double[] p = parameters;
        for (int k = layers - 1; k >= 0; k--) {
            double[] in = k == 0 ? input : a[k - 1];
            int offset = k == 0 ? inputOffset : 0;
            Dense.addWeightGradient(g, weightOffsets[k], biasOffsets[k], fanIns[k], units[k], in, offset, delta[k]);
            if (k > 0) {
                Dense.inputGradient(p, weightOffsets[k], fanIns[k], units[k], delta[k], delta[k - 1]);
                Dense.activationGradient(activations[k - 1], z[k - 1], delta[k - 1], fanIns[k]);
            }
        }
    }
}
