package dev.autonet.benchmarks.baseline;

import static dev.autonet.benchmarks.baseline.LayerActivation.RELU;
import static dev.autonet.benchmarks.baseline.LayerActivation.SIGMOID;
import static dev.autonet.benchmarks.baseline.LayerActivation.SOFTMAX;

import java.util.Arrays;

/**
 * The shape of a dense network as data, for the generic baseline: input count, then units and activation per
 * layer, and where each layer's parameters sit in AutoNet's flat layout (per layer W [fanIn][units]
 * row-major, then b). The output activation fixes the loss, fused as the generated trainers fuse it:
 * SIGMOID with binary cross-entropy, SOFTMAX with categorical cross-entropy.
 */
public final class Layout {
    /** 2 → 32 → 16 → 8 → 1, ReLU then sigmoid: the layers of {@code dev.autonet.benchmarks.Moons}. */
    public static final Layout MOONS = new Layout(2, new int[] {32, 16, 8, 1},
            new LayerActivation[] {RELU, RELU, RELU, SIGMOID});

    /** 784 → 256 → 128 → 10, ReLU then softmax: the layers of {@code dev.autonet.benchmarks.Mnist}. */
    public static final Layout MNIST = new Layout(784, new int[] {256, 128, 10},
            new LayerActivation[] {RELU, RELU, SOFTMAX});

    private final int inputs;
    private final int[] units;
    private final LayerActivation[] activations;
    private final int[] weightOffsets;
    private final int[] biasOffsets;
    private final int parameterCount;

    /**
     * A layout of {@code units.length} dense layers. Throws IllegalArgumentException for a count below 1, a
     * hidden SOFTMAX, or an output activation other than SIGMOID or SOFTMAX (the baseline trains only those).
     */
    public Layout(int inputs, int[] units, LayerActivation[] activations) {
        if (inputs < 1 || units.length == 0 || units.length != activations.length) {
            throw new IllegalArgumentException("need inputs >= 1 and one activation per layer");
        }
        this.inputs = inputs;
        this.units = units.clone();
        this.activations = activations.clone();
        this.weightOffsets = new int[units.length];
        this.biasOffsets = new int[units.length];
        int offset = 0;
        int fanIn = inputs;
        for (int k = 0; k < units.length; k++) {
            if (units[k] < 1) {
                throw new IllegalArgumentException("layer " + (k + 1) + " has " + units[k] + " units");
            }
            boolean output = k == units.length - 1;
            if (!output && activations[k] == SOFTMAX) {
                throw new IllegalArgumentException("SOFTMAX is for the output layer only");
            }
            weightOffsets[k] = offset;
            offset = Math.addExact(offset, Math.multiplyExact(fanIn, units[k]));
            biasOffsets[k] = offset;
            offset = Math.addExact(offset, units[k]);
            fanIn = units[k];
        }
        LayerActivation out = activations[units.length - 1];
        if (out != SIGMOID && out != SOFTMAX) {
            throw new IllegalArgumentException("the baseline trains SIGMOID + BCE or SOFTMAX + cross-entropy only");
        }
        this.parameterCount = offset;
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return units[units.length - 1];
    }

    public int layerCount() {
        return units.length;
    }

    public int units(int layer) {
        return units[layer];
    }

    public int fanIn(int layer) {
        return layer == 0 ? inputs : units[layer - 1];
    }

    public LayerActivation activation(int layer) {
        return activations[layer];
    }

    /** Where layer {@code layer}'s W [fanIn][units] starts in the flat parameter array. */
    public int weightOffset(int layer) {
        return weightOffsets[layer];
    }

    /** Where layer {@code layer}'s b [units] starts in the flat parameter array. */
    public int biasOffset(int layer) {
        return biasOffsets[layer];
    }

    /** Where layer {@code layer}'s parameters end (exclusive). */
    public int parameterEnd(int layer) {
        return biasOffsets[layer] + units[layer];
    }

    public int parameterCount() {
        return parameterCount;
    }

    /** Whether the loss is binary cross-entropy on a sigmoid output (else cross-entropy on a softmax). */
    public boolean binary() {
        return activations[units.length - 1] == SIGMOID;
    }

    @Override
    public String toString() {
        return inputs + " -> " + Arrays.toString(units) + " " + Arrays.toString(activations);
    }
}
