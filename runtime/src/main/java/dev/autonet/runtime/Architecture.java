package dev.autonet.runtime;

import java.util.List;
import java.util.Locale;

/**
 * A network's declared shape at run time: inputs, precision, layers with their activations, and loss.
 * Every generated model carries its own as {@code ARCHITECTURE}; saved files, exports and imports use it
 * to lay out and check parameters. Activation and loss are the names of the {@code dev.autonet.Activation}
 * and {@code dev.autonet.LossFunction} constants (the annotations are not on the run-time class path).
 *
 * @param inputs number of input features
 * @param precision "FLOAT" or "DOUBLE"
 * @param layers the layers, input side first
 * @param loss the loss's name, or "" for an inference-only network
 * @param huberDelta HUBER's delta; NaN for other losses
 */
public record Architecture(int inputs, String precision, List<Layer> layers, String loss, double huberDelta) {

    /**
     * One dense layer.
     *
     * @param name the layer's name ("dense1", … unless declared)
     * @param fanIn inputs of the layer
     * @param units outputs of the layer
     * @param activation the activation's name, e.g. "RELU"
     * @param alpha LEAKY_RELU's slope, ELU's alpha, PRELU's initial slope; NaN for the others
     */
    public record Layer(String name, int fanIn, int units, String activation, double alpha) {
        /** Weights, biases and, for PRELU, the learned slope. */
        public int parameterCount() {
            return fanIn * units + units + (hasLearnedSlope() ? 1 : 0);
        }

        /** Whether the layer owns a learned PReLU slope. */
        public boolean hasLearnedSlope() {
            return activation.equals("PRELU");
        }
    }

    public Architecture {
        layers = List.copyOf(layers);
        if (inputs < 1 || layers.isEmpty()) {
            throw new IllegalArgumentException("an architecture needs inputs >= 1 and at least one layer");
        }
        if (!precision.equals("FLOAT") && !precision.equals("DOUBLE")) {
            throw new IllegalArgumentException("precision must be FLOAT or DOUBLE, but was " + precision);
        }
        int fanIn = inputs;
        for (Layer layer : layers) {
            if (layer.fanIn() != fanIn || layer.units() < 1) {
                throw new IllegalArgumentException("layer " + layer.name() + " has fanIn " + layer.fanIn()
                        + " and " + layer.units() + " units, but follows a layer of width " + fanIn);
            }
            fanIn = layer.units();
        }
    }

    /** Width of the output layer. */
    public int outputs() {
        return layers.get(layers.size() - 1).units();
    }

    /** Length of the flat parameter array. */
    public int parameterCount() {
        int count = 0;
        for (Layer layer : layers) {
            count += layer.parameterCount();
        }
        return count;
    }

    /** Where {@code layer}'s weights W [fanIn][units] start in the flat parameter array. */
    public int weightOffset(int layer) {
        int offset = 0;
        for (int i = 0; i < layer; i++) {
            offset += layers.get(i).parameterCount();
        }
        return offset;
    }

    /** Where {@code layer}'s biases start. */
    public int biasOffset(int layer) {
        Layer l = layers.get(layer);
        return weightOffset(layer) + l.fanIn() * l.units();
    }

    /** Where {@code layer}'s PReLU slope is, or -1 if it has none. */
    public int slopeOffset(int layer) {
        Layer l = layers.get(layer);
        return l.hasLearnedSlope() ? biasOffset(layer) + l.units() : -1;
    }

    /**
     * A canonical one-line description that two architectures share exactly when their parameters mean
     * the same thing: inputs, precision, each layer's name, shape, activation and alpha, and the loss.
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder()
                .append("inputs=").append(inputs).append(";precision=").append(precision);
        for (Layer layer : layers) {
            text.append(';').append(layer.name()).append('=').append(layer.fanIn()).append('x')
                    .append(layer.units()).append(':').append(layer.activation());
            if (!Double.isNaN(layer.alpha())) {
                text.append('(').append(layer.alpha()).append(')');
            }
        }
        text.append(";loss=").append(loss.isEmpty() ? "none" : loss);
        if (!Double.isNaN(huberDelta)) {
            text.append('(').append(huberDelta).append(')');
        }
        return text.toString();
    }

    /** "2 -> 32 (RELU) -> 1 (SIGMOID)", for messages. */
    public String describe() {
        StringBuilder text = new StringBuilder().append(inputs);
        for (Layer layer : layers) {
            text.append(String.format(Locale.ROOT, " -> %d (%s)", layer.units(), layer.activation()));
        }
        return text.toString();
    }
}
