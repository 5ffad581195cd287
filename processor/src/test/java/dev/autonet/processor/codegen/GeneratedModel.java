package dev.autonet.processor.codegen;

import dev.autonet.runtime.DoubleNetwork;
import dev.autonet.runtime.FloatNetwork;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.function.Function;

/**
 * A generated model of either precision seen through double[], for tests that treat all models alike:
 * a FLOAT model's inputs are rounded to float and its outputs widened.
 */
public final class GeneratedModel {
    private final Object model;

    private GeneratedModel(Object model) {
        this.model = model;
    }

    /** A FLOAT model from double parameters rounded to float. */
    static Function<double[], GeneratedModel> floats(Function<float[], ? extends FloatNetwork> fromParameters) {
        return p -> new GeneratedModel(fromParameters.apply(toFloats(p)));
    }

    /** A DOUBLE model from double parameters. */
    static Function<double[], GeneratedModel> doubles(Function<double[], ? extends DoubleNetwork> fromParameters) {
        return p -> new GeneratedModel(fromParameters.apply(p));
    }

    Object model() {
        return model;
    }

    boolean isFloat() {
        return model instanceof FloatNetwork;
    }

    double[] predict(double[] input) {
        if (model instanceof FloatNetwork network) {
            float[] output = new float[network.outputs()];
            network.predict(toFloats(input), output);
            return toDoubles(output);
        }
        DoubleNetwork network = (DoubleNetwork) model;
        double[] output = new double[network.outputs()];
        network.predict(input, output);
        return output;
    }

    /** {@code logits(input, output)} if the model has it (classifiers do). */
    Optional<double[]> logits(double[] input) {
        boolean isFloat = isFloat();
        Class<?> array = isFloat ? float[].class : double[].class;
        Method logits;
        try {
            logits = model.getClass().getMethod("logits", array, array);
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
        try {
            if (isFloat) {
                float[] output = new float[((FloatNetwork) model).outputs()];
                logits.invoke(model, toFloats(input), output);
                return Optional.of(toDoubles(output));
            }
            double[] output = new double[((DoubleNetwork) model).outputs()];
            logits.invoke(model, input, output);
            return Optional.of(output);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError(e);
        }
    }

    /** Each value rounded to float. */
    public static float[] toFloats(double[] values) {
        float[] result = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (float) values[i];
        }
        return result;
    }

    /** Each value widened to double, exactly. */
    public static double[] toDoubles(float[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }

    /** {@code values} rounded to float and back, so a reference computation sees what a FLOAT model sees. */
    static double[] roundedToFloat(double[] values) {
        return toDoubles(toFloats(values));
    }
}
