package dev.autonet.processor.validation;

import dev.autonet.Activation;
import dev.autonet.processor.spec.LayerSpec;
import dev.autonet.processor.spec.NetworkSpec;

/** Rules about the network's numbers: inputs, units, and the parameter count they add up to. */
final class ShapeRules {
    /** The most parameters one flat array can hold: its length is an int. */
    static final long MAX_PARAMETERS = Integer.MAX_VALUE;

    /**
     * The most {@code @Dense} layers. Generated methods that do a little work per layer (the batched
     * forward pass, the trainer's per-layer statistics) are split where that is cheap, and the rest stay under
     * 8000 bytes of bytecode up to here; {@code DeepNetworkMethodSizeTest} measures it at this depth.
     */
    static final int MAX_LAYERS = 450;

    private ShapeRules() {}

    /** Adds an error if there are more than {@link #MAX_LAYERS} layers, on the first layer past the limit. */
    static void notTooDeep(NetworkSpec spec, Findings findings) {
        if (spec.layers().size() > MAX_LAYERS) {
            findings.error(Message.TOO_DEEP, spec.layers().get(MAX_LAYERS).origin(), spec.layers().size(), MAX_LAYERS);
        }
    }

    /** Adds an error if {@code @Network(inputs)} is less than 1 ({@code inputs}), on the inputs value. */
    static void inputsPositive(NetworkSpec spec, Findings findings) {
        if (spec.network().isPresent() && spec.inputs().get() < 1) {
            findings.error(Message.INPUTS, spec.inputs().origin(), spec.inputs().get());
        }
    }

    /** Adds an error if a layer's units is less than 1 ({@code units}), on that units value. */
    static void unitsPositive(LayerSpec layer, Findings findings) {
        if (layer.units().get() < 1) {
            findings.error(Message.UNITS, layer.units().origin(), layer.index() + 1, layer.units().get());
        }
    }

    /**
     * Adds an error if the parameters (weights, biases, PReLU slopes of all layers) do not fit in one
     * array ({@code too-large}), on the units of the layer that crosses the limit. Counted in long;
     * skipped while inputs or some units are already wrong.
     */
    static void fitsInOneArray(NetworkSpec spec, Findings findings) {
        if (spec.network().isEmpty() || spec.inputs().get() < 1
                || spec.layers().stream().anyMatch(layer -> layer.units().get() < 1)) {
            return;
        }
        long total = 0;
        long fanIn = spec.inputs().get();
        for (LayerSpec layer : spec.layers()) {
            long units = layer.units().get();
            total += fanIn * units + units + (layer.activation().get() == Activation.PRELU ? 1 : 0);
            if (total > MAX_PARAMETERS) {
                findings.error(Message.TOO_LARGE, layer.units().origin(), total, layer.index() + 1, MAX_PARAMETERS);
                return;
            }
            fanIn = units;
        }
    }
}
