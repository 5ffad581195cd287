package dev.autonet.runtime.onnx;

import dev.autonet.runtime.Architecture;
import dev.autonet.runtime.DoubleNetwork;
import dev.autonet.runtime.FloatNetwork;
import dev.autonet.runtime.internal.AtomicWrite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Exports a generated model to ONNX, so that ONNX Runtime, or anything else that reads ONNX, computes the
 * same function as the model's {@code predict}, output activation included. The graph has one input
 * "input" [batch, inputs] and one output "output" [batch, outputs] of the model's precision (FLOAT or
 * DOUBLE), each layer as Gemm over initializers "&lt;layer&gt;.weight" [fanIn, units] and
 * "&lt;layer&gt;.bias" [units] followed by its activation; docs/onnx.md lists every node. ONNX IR version
 * 8, opset 17 of the default domain. The same model always gives the same bytes.
 */
public final class OnnxExport {
    /** Metadata key under which the model stores {@link Architecture#fingerprint()}. */
    public static final String ARCHITECTURE_KEY = "autonet.architecture";

    private OnnxExport() {}

    /** The ONNX ModelProto of a FLOAT model, as bytes. */
    public static byte[] toBytes(FloatNetwork model) {
        Objects.requireNonNull(model, "model is null");
        float[] parameters = model.parameters();
        double[] widened = new double[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            widened[i] = parameters[i];
        }
        return encode(model.getClass(), "FLOAT", model.architecture(), widened);
    }

    /** The ONNX ModelProto of a DOUBLE model, as bytes. */
    public static byte[] toBytes(DoubleNetwork model) {
        Objects.requireNonNull(model, "model is null");
        return encode(model.getClass(), "DOUBLE", model.architecture(), model.parameters());
    }

    /**
     * Writes {@link #toBytes(FloatNetwork)} to {@code file}, replacing it atomically: a reader sees the old
     * file or the whole new one, never part of it. Throws an IOException whose message names the file if
     * it cannot be written (its directory missing, the path a directory, the disk full, ...).
     */
    public static void write(FloatNetwork model, Path file) throws IOException {
        AtomicWrite.write(Objects.requireNonNull(file, "file is null"), toBytes(model), "ONNX model");
    }

    /** Writes {@link #toBytes(DoubleNetwork)} to {@code file}; see {@link #write(FloatNetwork, Path)}. */
    public static void write(DoubleNetwork model, Path file) throws IOException {
        AtomicWrite.write(Objects.requireNonNull(file, "file is null"), toBytes(model), "ONNX model");
    }

    private static byte[] encode(Class<?> modelClass, String precision, Architecture architecture,
            double[] parameters) {
        if (!architecture.precision().equals(precision)) {
            throw new IllegalArgumentException(modelClass.getName() + " computes in " + precision
                    + ", but its architecture says " + architecture.precision());
        }
        if (parameters.length != architecture.parameterCount()) {
            throw new IllegalArgumentException(modelClass.getName() + " has " + parameters.length
                    + " parameters, but its architecture " + architecture.describe() + " needs "
                    + architecture.parameterCount());
        }
        String name = modelClass.getSimpleName().isEmpty() ? modelClass.getName() : modelClass.getSimpleName();
        OnnxGraph graph = GraphBuilder.build(name, architecture, parameters);
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(ARCHITECTURE_KEY, architecture.fingerprint());
        String doc = modelClass.getName() + ": " + architecture.describe();
        return ModelEncoder.encode(graph, doc, metadata);
    }
}
