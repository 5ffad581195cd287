package dev.autonet.processor.training;

import dev.autonet.Activation;
import dev.autonet.runtime.internal.Activations;
import java.util.ArrayList;
import java.util.List;

/**
 * A network's layers as the tests restate them ("4 SIGMOID, 4 LEAKY_RELU 0.1, 2 LINEAR"), with a plain
 * forward pass over AutoNet's flat layout (per layer W [fanIn][units] row-major, b, PReLU's slope). The
 * tests use it to see every pre-activation, which the generated code keeps to itself: to keep finite
 * differences away from kinks, and to build points that sit exactly on one.
 */
record Architecture(int inputs, List<Layer> layers) {

    /** One dense layer; {@code alpha} is NaN where the activation takes none. */
    record Layer(int units, Activation activation, double alpha) {}

    /** Parses "units ACTIVATION [alpha], ..." after {@code inputs} inputs. */
    static Architecture parse(int inputs, String layers) {
        List<Layer> parsed = new ArrayList<>();
        for (String layer : layers.split(",")) {
            String[] words = layer.trim().split(" ");
            parsed.add(new Layer(Integer.parseInt(words[0]), Activation.valueOf(words[1]),
                    words.length > 2 ? Double.parseDouble(words[2]) : Double.NaN));
        }
        return new Architecture(inputs, List.copyOf(parsed));
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

    Layer output() {
        return layers.get(layers.size() - 1);
    }

    /** The pre-activations of every layer for one input row, input side first. */
    double[][] preActivations(double[] parameters, double[] input) {
        double[][] z = new double[layers.size()][];
        double[] in = input;
        int offset = 0;
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            int units = layer.units();
            double[] sums = new double[units];
            for (int j = 0; j < units; j++) {
                double sum = parameters[offset + in.length * units + j];
                for (int i = 0; i < in.length; i++) {
                    sum += in[i] * parameters[offset + i * units + j];
                }
                sums[j] = sum;
            }
            offset += in.length * units + units;
            double slope = layer.alpha();
            if (layer.activation() == Activation.PRELU) {
                slope = parameters[offset++];
            }
            z[l] = sums;
            in = activate(layer, slope, sums);
        }
        return z;
    }

    /** The network's output activation for one input row. */
    double[] output(double[] parameters, double[] input) {
        double[][] z = preActivations(parameters, input);
        double[] logits = z[z.length - 1];
        Layer output = output();
        double slope = output.activation() == Activation.PRELU ? parameters[parameters.length - 1] : output.alpha();
        return activate(output, slope, logits);
    }

    private static double[] activate(Layer layer, double slope, double[] z) {
        double[] a = z.clone();
        if (layer.activation() == Activation.SOFTMAX) {
            Activations.softmax(a, 0, a.length);
            return a;
        }
        for (int j = 0; j < a.length; j++) {
            a[j] = switch (layer.activation()) {
                case SIGMOID -> Activations.sigmoid(z[j]);
                case TANH -> Math.tanh(z[j]);
                case RELU -> Math.max(z[j], 0);
                case LEAKY_RELU, PRELU -> Activations.leakyRelu(z[j], slope);
                case ELU -> Activations.elu(z[j], slope);
                case SWISH -> Activations.swish(z[j]);
                case GELU -> Activations.gelu(z[j]);
                case SOFTPLUS -> Activations.softplus(z[j]);
                case LINEAR -> z[j];
                default -> throw new IllegalArgumentException(layer.activation() + " is not trainable");
            };
        }
        return a;
    }

    /** Whether {@code layer}'s derivative jumps at z = 0: the ReLU family, and ELU unless alpha = 1. */
    static boolean kinkAtZero(Layer layer) {
        return switch (layer.activation()) {
            case RELU, LEAKY_RELU, PRELU -> true;
            case ELU -> layer.alpha() != 1;
            default -> false;
        };
    }
}
