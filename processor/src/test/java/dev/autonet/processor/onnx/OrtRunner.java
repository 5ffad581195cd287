package dev.autonet.processor.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import dev.autonet.processor.codegen.GeneratedModel;
import java.util.Map;

/** Runs an exported model in ONNX Runtime on a batch of rows, seen through doubles whatever its precision. */
final class OrtRunner {
    private OrtRunner() {}

    /** A session over {@code onnx} on the CPU, with the given graph optimization level. */
    static OrtSession session(byte[] onnx, OptLevel level) throws OrtException {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(level);
            return OrtEnvironment.getEnvironment().createSession(onnx, options);
        }
    }

    /** "output" for the rows of {@code batch} fed as "input": float tensors if {@code isFloat}, else double. */
    static double[][] run(OrtSession session, boolean isFloat, double[][] batch) throws OrtException {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OnnxTensor input = isFloat
                        ? OnnxTensor.createTensor(environment, toFloats(batch))
                        : OnnxTensor.createTensor(environment, batch);
                OrtSession.Result result = session.run(Map.of("input", input))) {
            Object output = result.get("output").orElseThrow().getValue();
            return isFloat ? toDoubles((float[][]) output) : (double[][]) output;
        }
    }

    private static float[][] toFloats(double[][] rows) {
        float[][] floats = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            floats[r] = GeneratedModel.toFloats(rows[r]);
        }
        return floats;
    }

    private static double[][] toDoubles(float[][] rows) {
        double[][] doubles = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            doubles[r] = GeneratedModel.toDoubles(rows[r]);
        }
        return doubles;
    }
}
