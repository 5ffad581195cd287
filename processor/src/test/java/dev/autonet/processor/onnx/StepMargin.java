package dev.autonet.processor.onnx;

import dev.autonet.runtime.Architecture;
import dev.autonet.runtime.Architecture.Layer;
import dev.autonet.runtime.internal.Activations;

/**
 * How far a row keeps every STEP pre-activation from the jump at 0. Float rounding differs between the
 * generated code and ONNX Runtime (they sum in different orders), so a STEP unit whose pre-activation is
 * within rounding of 0 may flip; rows closer than a margin are redrawn. Computed in double by a plain
 * forward pass over the flat parameters, which needs no more accuracy than the margin.
 */
final class StepMargin {
    private StepMargin() {}

    /** The smallest |z| over all STEP units for {@code input}; +∞ if the network has no STEP layer. */
    static double of(Architecture architecture, double[] parameters, double[] input) {
        double margin = Double.POSITIVE_INFINITY;
        double[] activations = input;
        for (int l = 0; l < architecture.layers().size(); l++) {
            Layer layer = architecture.layers().get(l);
            double[] next = new double[layer.units()];
            for (int j = 0; j < layer.units(); j++) {
                double z = parameters[architecture.biasOffset(l) + j];
                for (int i = 0; i < layer.fanIn(); i++) {
                    z += activations[i] * parameters[architecture.weightOffset(l) + i * layer.units() + j];
                }
                if (layer.activation().equals("STEP")) {
                    margin = Math.min(margin, Math.abs(z));
                }
                next[j] = activate(layer, z, parameters, architecture.slopeOffset(l));
            }
            if (layer.activation().equals("SOFTMAX")) {
                Activations.softmax(next, 0, next.length);
            }
            activations = next;
        }
        return margin;
    }

    private static double activate(Layer layer, double z, double[] parameters, int slopeOffset) {
        return switch (layer.activation()) {
            case "STEP" -> Activations.step(z);
            case "SIGMOID" -> Activations.sigmoid(z);
            case "TANH" -> Activations.tanh(z);
            case "RELU" -> Activations.relu(z);
            case "LEAKY_RELU" -> Activations.leakyRelu(z, layer.alpha());
            case "PRELU" -> Activations.leakyRelu(z, parameters[slopeOffset]);
            case "ELU" -> Activations.elu(z, layer.alpha());
            case "SWISH" -> Activations.swish(z);
            case "GELU" -> Activations.gelu(z);
            case "SOFTPLUS" -> Activations.softplus(z);
            case "SOFTMAX", "LINEAR" -> z;
            default -> throw new IllegalArgumentException(layer.activation());
        };
    }
}
