package dev.autonet.processor.batched;

import dev.autonet.runtime.DoubleNetwork;
import dev.autonet.runtime.FloatNetwork;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A generated model of either precision seen through double[], for the batched tests: its batched
 * {@code predict}/{@code logits(inputs, rows, outputs)} and, to compare with, its single-row methods. A
 * FLOAT model's values are widened from float exactly, so comparing doubles compares the floats' bits.
 */
final class BatchedModel {
    /** Every generated model under good/ and batched/, by simple name. */
    static final List<String> ALL = Stream.concat(
            Stream.of("Chains_LoopedDouble", "Chains_LoopedFloat", "Chains_MixedDouble", "Chains_MixedFloat",
                            "Chains_UnrolledDouble", "Chains_UnrolledFloat", "Chains_WideDouble", "Chains_WideFloat",
                            "MnistDouble", "Mnist", "Moons", "Outer_Inner", "Tasks_BinaryDouble", "Tasks_MultiFloat",
                            "Tasks_RegressorDouble", "Tasks_RegressorFloat", "Tiny")
                    .map(name -> "dev.autonet.processor.good." + name + "Model"),
            Stream.concat(
                    Stream.of("Elu", "Gelu", "LeakyRelu", "Linear", "Prelu", "Relu", "Sigmoid", "Softmax", "Softplus",
                                    "Step", "Swish", "Tanh")
                            .flatMap(a -> Stream.of("Outputs_" + a + "Float", "Outputs_" + a + "Double"))
                            .map(name -> "dev.autonet.processor.good." + name + "Model"),
                    Stream.of("Odd_OddFloat", "Odd_OddDouble").map(name -> "dev.autonet.processor.batched." + name + "Model")))
            .toList();

    /** The backend = VECTOR models under good/Vectors. */
    static final List<String> VECTORS = Stream.of("ChainDouble", "ChainFloat", "MnistFloat", "MoonsDouble", "MoonsFloat",
                    "NarrowFloat", "PreluOutputDouble", "RegressorFloat", "WideDouble", "WideFloat")
            .map(name -> "dev.autonet.processor.good.Vectors_" + name + "Model")
            .toList();

    private final Object model;
    private final boolean isFloat;
    private final int inputs;
    private final int outputs;
    private final Class<?> array;

    private BatchedModel(Object model) {
        this.model = model;
        this.isFloat = model instanceof FloatNetwork;
        this.inputs = isFloat ? ((FloatNetwork) model).inputs() : ((DoubleNetwork) model).inputs();
        this.outputs = isFloat ? ((FloatNetwork) model).outputs() : ((DoubleNetwork) model).outputs();
        this.array = isFloat ? float[].class : double[].class;
    }

    /** {@code <className>.initialize(seed)}. */
    static BatchedModel initialize(String className, long seed) {
        try {
            Class<?> type = Class.forName(className);
            return new BatchedModel(type.getMethod("initialize", long.class).invoke(null, seed));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(className, e);
        }
    }

    /** The SCALAR MoonsModel's private TILE constant: rows per tile of every SCALAR model. */
    static int tileRows() {
        return tileRows("dev.autonet.processor.good.MoonsModel");
    }

    /** The private TILE constant of the generated model {@code className}: rows per batched tile. */
    static int tileRows(String className) {
        try {
            Field tile = Class.forName(className).getDeclaredField("TILE");
            tile.setAccessible(true);
            return tile.getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    Object model() {
        return model;
    }

    boolean isFloat() {
        return isFloat;
    }

    int inputs() {
        return inputs;
    }

    int outputs() {
        return outputs;
    }

    boolean hasLogits() {
        return batchedMethod("logits") != null;
    }

    /** {@code rows × inputs} values in [-3, 3), already rounded to float for a FLOAT model. */
    double[] randomRows(int rows, long seed) {
        Random random = new Random(seed);
        double[] values = new double[rows * inputs];
        for (int k = 0; k < values.length; k++) {
            double v = random.nextDouble() * 6 - 3;
            values[k] = isFloat ? (float) v : v;
        }
        return values;
    }

    /** The batched {@code method} ("predict" or "logits") over {@code rows} rows; outputs start as NaN-free sentinels. */
    double[] batched(String method, double[] inputs, int rows, int outputsLength) {
        Object in = convert(inputs);
        Object out = convert(sentinels(outputsLength));
        invoke(batchedMethod(method), in, rows, out);
        return widen(out);
    }

    /** The single-row {@code method} row by row, into an array laid out as the batched one's. */
    double[] rowByRow(String method, double[] inputs, int rows, int outputsLength) {
        double[] result = sentinels(outputsLength);
        Method single = singleMethod(method);
        for (int r = 0; r < rows; r++) {
            double[] row = new double[this.inputs];
            System.arraycopy(inputs, r * this.inputs, row, 0, this.inputs);
            Object out = convert(new double[outputs]);
            try {
                single.invoke(model, convert(row), out);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new AssertionError(e);
            }
            System.arraycopy(widen(out), 0, result, r * outputs, outputs);
        }
        return result;
    }

    /** The batched method itself, or null if the model has none of that name. */
    Method batchedMethod(String name) {
        try {
            return model.getClass().getMethod(name, array, int.class, array);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private Method singleMethod(String name) {
        try {
            return model.getClass().getMethod(name, array, array);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    /** Calls {@code method} and rethrows what it threw. */
    void invoke(Method method, Object in, int rows, Object out) {
        try {
            method.invoke(model, in, rows, out);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(e.getCause());
        }
    }

    /** A float[] or double[] of {@code values}, in the model's precision. */
    Object convert(double[] values) {
        if (!isFloat) {
            return values.clone();
        }
        float[] floats = new float[values.length];
        for (int k = 0; k < values.length; k++) {
            floats[k] = (float) values[k];
        }
        return floats;
    }

    private static double[] widen(Object values) {
        if (values instanceof double[] doubles) {
            return doubles;
        }
        float[] floats = (float[]) values;
        double[] result = new double[floats.length];
        for (int k = 0; k < floats.length; k++) {
            result[k] = floats[k];
        }
        return result;
    }

    // Distinct values a computation never produces by chance, to show which entries were written.
    private static double[] sentinels(int length) {
        double[] values = new double[length];
        for (int k = 0; k < length; k++) {
            values[k] = -1234.5 - k;
        }
        return values;
    }

    @Override
    public String toString() {
        return model.getClass().getSimpleName();
    }
}
