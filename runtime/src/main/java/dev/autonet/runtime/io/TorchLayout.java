package dev.autonet.runtime.io;

import dev.autonet.runtime.Architecture;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a network's parameters live in the {@code state_dict} of the equivalent {@code torch.nn.Sequential}:
 * each layer is a {@code Linear} followed by its activation's module, except that LINEAR adds no module;
 * tensors are named "{module index}.weight" and "{module index}.bias" (PReLU: "{index}.weight", shape [1]).
 * The full table is in the package documentation; tools/safetensors_reference.py builds the same modules.
 */
final class TorchLayout {
    private TorchLayout() {}

    /** Which part of a layer a tensor holds. */
    enum Role {
        WEIGHT("weight", " ([units, fanIn], as torch.nn.Linear stores it)"),
        BIAS("bias", ""),
        SLOPE("PReLU slope", " (one slope per layer, as torch.nn.PReLU() with num_parameters=1)");

        /** "weight", for "dense1's weight". */
        final String words;
        /** What a shape-mismatch message adds to explain the expected shape. */
        final String shapeHint;

        Role(String words, String shapeHint) {
            this.words = words;
            this.shapeHint = shapeHint;
        }
    }

    /**
     * One tensor of the state_dict.
     *
     * @param name e.g. "2.weight"
     * @param layer index of the AutoNet layer it belongs to
     * @param shape [units, fanIn] for a weight, [units] for a bias, [1] for a PReLU slope
     */
    record Tensor(String name, int layer, Role role, List<Long> shape) {
        long elements() {
            long count = 1;
            for (long dimension : shape) {
                count *= dimension;
            }
            return count;
        }
    }

    /** The tensors of {@code architecture}, in layer order: weight, bias, then a PReLU slope. */
    static List<Tensor> tensors(Architecture architecture) {
        List<Tensor> tensors = new ArrayList<>();
        int module = 0;
        for (int k = 0; k < architecture.layers().size(); k++) {
            Architecture.Layer layer = architecture.layers().get(k);
            long units = layer.units();
            tensors.add(new Tensor(module + ".weight", k, Role.WEIGHT, List.of(units, (long) layer.fanIn())));
            tensors.add(new Tensor(module + ".bias", k, Role.BIAS, List.of(units)));
            module++;
            if (activationModule(layer) != null) {
                if (layer.hasLearnedSlope()) {
                    tensors.add(new Tensor(module + ".weight", k, Role.SLOPE, List.of(1L)));
                }
                module++;
            }
        }
        return tensors;
    }

    /**
     * The equivalent Sequential as Python source, e.g. "torch.nn.Sequential(torch.nn.Linear(2, 8),
     * torch.nn.ReLU(), torch.nn.Linear(8, 1), torch.nn.Sigmoid())". STEP has no torch.nn module and
     * appears as "Step()", a module the reader defines: {@code (x >= 0).to(x.dtype)}.
     */
    static String sequential(Architecture architecture) {
        List<String> modules = new ArrayList<>();
        for (Architecture.Layer layer : architecture.layers()) {
            modules.add("torch.nn.Linear(" + layer.fanIn() + ", " + layer.units() + ")");
            String activation = activationModule(layer);
            if (activation != null) {
                modules.add(activation);
            }
        }
        return "torch.nn.Sequential(" + String.join(", ", modules) + ")";
    }

    /** The module that follows the layer's Linear, or null for LINEAR, which has none. */
    private static String activationModule(Architecture.Layer layer) {
        return switch (layer.activation()) {
            case "LINEAR" -> null;
            case "SIGMOID" -> "torch.nn.Sigmoid()";
            case "TANH" -> "torch.nn.Tanh()";
            case "RELU" -> "torch.nn.ReLU()";
            case "LEAKY_RELU" -> "torch.nn.LeakyReLU(" + layer.alpha() + ")";
            case "PRELU" -> "torch.nn.PReLU()";
            case "ELU" -> "torch.nn.ELU(" + layer.alpha() + ")";
            case "SWISH" -> "torch.nn.SiLU()";
            case "GELU" -> "torch.nn.GELU()";
            case "SOFTPLUS" -> "torch.nn.Softplus()";
            case "SOFTMAX" -> "torch.nn.Softmax(dim=-1)";
            case "STEP" -> "Step()";
            default -> throw new IllegalArgumentException("unknown activation " + layer.activation());
        };
    }
}
