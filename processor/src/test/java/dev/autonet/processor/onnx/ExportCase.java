package dev.autonet.processor.onnx;

import static dev.autonet.processor.codegen.GeneratedModel.toDoubles;
import static dev.autonet.processor.codegen.GeneratedModel.toFloats;

import dev.autonet.runtime.Architecture;
import dev.autonet.runtime.DoubleNetwork;
import dev.autonet.runtime.FloatNetwork;
import dev.autonet.runtime.SeededRandom;
import dev.autonet.runtime.onnx.OnnxExport;
import java.util.function.Function;

/**
 * One generated model class under test, seen through doubles whatever its precision: built from
 * parameters, exported, and asked for its prediction. FLOAT models receive their parameters and inputs
 * rounded to float, so both sides of a comparison start from the same numbers.
 *
 * @param name the model class's simple name
 * @param architecture its ARCHITECTURE
 * @param isFloat whether the model is FLOAT
 * @param factory builds the model from parameters in the flat layout
 */
record ExportCase(String name, Architecture architecture, boolean isFloat, Function<double[], Model> factory) {

    /** A built model: its ONNX bytes and its own {@code predict}. */
    interface Model {
        byte[] onnx();

        double[] predict(double[] input);
    }

    static ExportCase floats(Class<?> modelClass, Architecture architecture, Function<float[], FloatNetwork> factory) {
        return new ExportCase(modelClass.getSimpleName(), architecture, true, parameters -> {
            FloatNetwork model = factory.apply(toFloats(parameters));
            return new Model() {
                @Override
                public byte[] onnx() {
                    return OnnxExport.toBytes(model);
                }

                @Override
                public double[] predict(double[] input) {
                    return toDoubles(model.predict(toFloats(input)));
                }
            };
        });
    }

    static ExportCase doubles(Class<?> modelClass, Architecture architecture,
            Function<double[], DoubleNetwork> factory) {
        return new ExportCase(modelClass.getSimpleName(), architecture, false, parameters -> {
            DoubleNetwork model = factory.apply(parameters);
            return new Model() {
                @Override
                public byte[] onnx() {
                    return OnnxExport.toBytes(model);
                }

                @Override
                public double[] predict(double[] input) {
                    return model.predict(input);
                }
            };
        });
    }

    /**
     * Parameters from {@code random}: each layer's weights uniform in ±2/√fanIn (so activations neither
     * vanish nor explode along a 12-layer chain), biases uniform in ±0.5, PReLU slopes uniform in [0, 1);
     * rounded to float for a FLOAT model.
     */
    double[] randomParameters(SeededRandom random) {
        double[] parameters = new double[architecture.parameterCount()];
        for (int l = 0; l < architecture.layers().size(); l++) {
            Architecture.Layer layer = architecture.layers().get(l);
            double limit = 2 / Math.sqrt(layer.fanIn());
            int weights = architecture.weightOffset(l);
            for (int i = 0; i < layer.fanIn() * layer.units(); i++) {
                parameters[weights + i] = limit * (2 * random.nextDouble() - 1);
            }
            int biases = architecture.biasOffset(l);
            for (int j = 0; j < layer.units(); j++) {
                parameters[biases + j] = 0.5 * (2 * random.nextDouble() - 1);
            }
            if (layer.hasLearnedSlope()) {
                parameters[architecture.slopeOffset(l)] = random.nextDouble();
            }
        }
        return rounded(parameters);
    }

    /** {@code values} rounded to float if the model is FLOAT, else unchanged. */
    double[] rounded(double[] values) {
        return isFloat ? toDoubles(toFloats(values)) : values;
    }

    @Override
    public String toString() {
        return name;
    }
}
