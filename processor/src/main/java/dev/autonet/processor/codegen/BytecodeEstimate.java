package dev.autonet.processor.codegen;

import dev.autonet.Activation;
import dev.autonet.processor.model.LayerModel;
import java.util.List;

/**
 * An upper bound on the bytecode javac emits for the straight-line layer methods, instruction by
 * instruction, so {@link ForwardPlan} can split work before a method reaches HotSpot's 8000-byte limit.
 * It mirrors {@link UnrolledBlockWriter} exactly; a test reads the compiled class files and checks that
 * every method really is under the limit.
 */
final class BytecodeEstimate {
    // Slots of the three parameters of every layer method: (p, in, out).
    private static final int PARAMETERS_SLOT = 0;
    private static final int IN_SLOT = 1;
    private static final int OUT_SLOT = 2;
    private static final int FIRST_LOCAL_SLOT = 3;
    private static final int RETURN = 1;

    private final Numeric numeric;

    BytecodeEstimate(Numeric numeric) {
        this.numeric = numeric;
    }

    /**
     * Layers computed in one method over locals: inputs loaded into locals, every layer but the last kept
     * in locals, the last written to the out array.
     */
    int unrolled(List<LayerModel> layers, boolean endsWithOutputLayer) {
        int bytes = 0;
        int slot = FIRST_LOCAL_SLOT;
        int[] inputSlots = new int[layers.get(0).fanIn()];
        for (int i = 0; i < inputSlots.length; i++) {
            bytes += arrayLoad(IN_SLOT, i) + store(slot);
            inputSlots[i] = slot;
            slot += numeric.slots();
        }
        for (int l = 0; l < layers.size(); l++) {
            LayerModel layer = layers.get(l);
            boolean last = l == layers.size() - 1;
            boolean activated = !(last && endsWithOutputLayer);
            int[] unitSlots = new int[layer.units()];
            for (int j = 0; j < layer.units(); j++) {
                int value = unit(layer, j, inputSlots) + (activated ? activation(layer) : 0);
                if (last) {
                    bytes += load(OUT_SLOT) + intConstant(j) + value + 1; // out[j] = value
                } else {
                    bytes += value + store(slot);
                    unitSlots[j] = slot;
                    slot += numeric.slots();
                }
            }
            inputSlots = unitSlots;
        }
        return bytes + RETURN;
    }

    /** Units from..to (exclusive) of one layer, reading the input array directly: {@code out[j] = act(...)}. */
    int unitRange(LayerModel layer, int from, int to, boolean outputLayer) {
        int bytes = 0;
        for (int j = from; j < to; j++) {
            bytes += unitFromArray(layer, j) + (outputLayer ? 0 : activation(layer))
                    + load(OUT_SLOT) + intConstant(j) + 1;
        }
        return bytes + RETURN;
    }

    /** One unit of a layer reading the input array directly, without activation. */
    int unitFromArray(LayerModel layer, int unit) {
        int bytes = arrayLoad(PARAMETERS_SLOT, layer.biasOffset() + unit);
        for (int i = 0; i < layer.fanIn(); i++) {
            bytes += arrayLoad(IN_SLOT, i) + weightTerm(layer, i, unit);
        }
        return bytes;
    }

    // p[BIAS + j] + in_0 * p[WEIGHTS + j] + in_1 * p[WEIGHTS + units + j] + ...
    private int unit(LayerModel layer, int unit, int[] inputSlots) {
        int bytes = arrayLoad(PARAMETERS_SLOT, layer.biasOffset() + unit);
        for (int i = 0; i < layer.fanIn(); i++) {
            bytes += load(inputSlots[i]) + weightTerm(layer, i, unit);
        }
        return bytes;
    }

    // * p[WEIGHTS + i * units + j], then the multiply and the add
    private int weightTerm(LayerModel layer, int input, int unit) {
        return arrayLoad(PARAMETERS_SLOT, layer.weightOffset() + input * layer.units() + unit) + 2;
    }

    // Activations.f(z), Activations.f(z, alpha literal) or Activations.leakyRelu(z, p[ALPHA])
    private int activation(LayerModel layer) {
        Activation activation = layer.activation();
        if (activation == Activation.LINEAR) {
            return 0;
        }
        int invoke = 3;
        if (activation == Activation.PRELU) {
            return invoke + arrayLoad(PARAMETERS_SLOT, layer.alphaOffset());
        }
        if (activation == Activation.LEAKY_RELU || activation == Activation.ELU) {
            return invoke + 3; // ldc_w or ldc2_w
        }
        return invoke;
    }

    private static int arrayLoad(int arraySlot, int index) {
        return load(arraySlot) + intConstant(index) + 1;
    }

    // xload_<n>, xload n, or wide xload n; stores take the same room.
    private static int load(int slot) {
        return slot <= 3 ? 1 : slot <= 255 ? 2 : 4;
    }

    private static int store(int slot) {
        return load(slot);
    }

    // iconst_<n>, bipush, sipush, or ldc_w for larger constants.
    private static int intConstant(int value) {
        if (value >= -1 && value <= 5) {
            return 1;
        }
        return value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE ? 2 : 3;
    }
}
