package dev.autonet.processor.codegen;

import dev.autonet.Activation;
import dev.autonet.processor.model.LayerModel;

/**
 * An upper bound on the bytecode javac emits for the trainer's straight-line kernels, statement by
 * statement, so {@link TrainerPlan} can cut them before a method reaches HotSpot's 8000-byte limit. It
 * mirrors {@link TrainerForwardWriter} and {@link TrainerBackwardWriter}: every kernel takes at most four
 * array parameters (slots 0 to 3, one-byte loads) and indexes them with constants (the offset constants
 * are compile-time constants, so {@code DENSE1_WEIGHTS + 35} is one constant). A test reads the compiled
 * class files and checks every method really is under the limit.
 */
final class TrainerBytecode {
    private static final int ALOAD = 1;
    private static final int ARRAY_ACCESS = 1;
    private static final int ARITHMETIC = 1;
    private static final int DUP2 = 1;
    private static final int INVOKE = 3;
    private static final int LDC = 3;
    /** The return at the end of every kernel. */
    static final int RETURN = 1;

    private TrainerBytecode() {}

    /**
     * {@code z[j] = p[BIAS + j] + in[0] * p[WEIGHTS + j] + ...;} and, in a hidden layer,
     * {@code a[j] = Activations.f(z[j]);}.
     */
    static int forwardUnit(LayerModel layer, int unit, boolean output) {
        int bytes = ALOAD + constant(unit) + arrayLoad(layer.biasOffset() + unit);
        for (int i = 0; i < layer.fanIn(); i++) {
            bytes += arrayLoad(i) + arrayLoad(weight(layer, i, unit)) + 2 * ARITHMETIC;
        }
        bytes += ARRAY_ACCESS;
        if (!output) {
            bytes += ALOAD + constant(unit) + arrayLoad(unit) + activation(layer) + ARRAY_ACCESS;
        }
        return bytes;
    }

    /** {@code g[BIAS + j] += delta[j];} */
    static int biasGradient(LayerModel layer, int unit) {
        return ALOAD + constant(layer.biasOffset() + unit) + DUP2 + ARRAY_ACCESS + arrayLoad(unit) + ARITHMETIC
                + ARRAY_ACCESS;
    }

    /** {@code g[WEIGHTS + i * units + j] += in[i] * delta[j];} for units from..to (exclusive) of input i. */
    static int weightGradientRow(LayerModel layer, int input, int from, int to) {
        int bytes = 0;
        for (int j = from; j < to; j++) {
            bytes += ALOAD + constant(weight(layer, input, j)) + DUP2 + ARRAY_ACCESS + arrayLoad(input)
                    + arrayLoad(j) + 2 * ARITHMETIC + ARRAY_ACCESS;
        }
        return bytes;
    }

    /**
     * {@code inGradient[i] = p[WEIGHTS + i * units + from] * delta[from] + ...;} over units from..to
     * (exclusive), with {@code +=} when {@code from > 0}.
     */
    static int inputGradientRow(LayerModel layer, int input, int from, int to) {
        boolean accumulate = from > 0;
        int bytes = ALOAD + constant(input) + (accumulate ? DUP2 + ARRAY_ACCESS : 0);
        for (int j = from; j < to; j++) {
            bytes += arrayLoad(weight(layer, input, j)) + arrayLoad(j) + ARITHMETIC;
        }
        return bytes + (to - from - 1) * ARITHMETIC + (accumulate ? ARITHMETIC : 0) + ARRAY_ACCESS;
    }

    private static int weight(LayerModel layer, int input, int unit) {
        return layer.weightOffset() + input * layer.units() + unit;
    }

    // Activations.f(z[j]), with a literal alpha or PReLU's p[ALPHA]; a LINEAR layer copies z[j].
    private static int activation(LayerModel layer) {
        Activation activation = layer.activation();
        if (activation == Activation.LINEAR) {
            return 0;
        }
        if (activation == Activation.PRELU) {
            return INVOKE + arrayLoad(layer.alphaOffset());
        }
        if (activation == Activation.LEAKY_RELU || activation == Activation.ELU) {
            return INVOKE + LDC;
        }
        return INVOKE;
    }

    // aload_n (every kernel array is in slots 0 to 3), the index, xaload
    private static int arrayLoad(int index) {
        return ALOAD + constant(index) + ARRAY_ACCESS;
    }

    // iconst_<n>, bipush, sipush, or ldc_w for larger constants.
    private static int constant(int value) {
        if (value >= -1 && value <= 5) {
            return 1;
        }
        return value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE ? 2 : 3;
    }
}
