package dev.autonet.runtime.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.runtime.Architecture;
import dev.autonet.runtime.DoubleNetwork;
import dev.autonet.runtime.FloatNetwork;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public entry points over stand-in models (the runtime has no generated ones): bytes that say what
 * the model is, identical bytes for identical models, atomic writes, and failures that name the file.
 */
class OnnxExportTest {
    @TempDir
    Path directory;

    static final Architecture FLOAT_NET = GraphBuilderTest.architecture("FLOAT", "RELU", "SIGMOID");
    static final Architecture DOUBLE_NET = GraphBuilderTest.architecture("DOUBLE", "PRELU", "SOFTMAX");

    /** A FLOAT model that only holds its parameters. */
    record FloatModel(Architecture architecture, float[] parameters) implements FloatNetwork {
        @Override public int inputs() { return architecture.inputs(); }
        @Override public int outputs() { return architecture.outputs(); }
        @Override public int parameterCount() { return parameters.length; }
        @Override public void predict(float[] input, float[] output) { throw new UnsupportedOperationException(); }
        @Override public float[] predict(float[] input) { throw new UnsupportedOperationException(); }
        @Override public float[] parameters() { return parameters.clone(); }
    }

    /** A DOUBLE model that only holds its parameters. */
    record DoubleModel(Architecture architecture, double[] parameters) implements DoubleNetwork {
        @Override public int inputs() { return architecture.inputs(); }
        @Override public int outputs() { return architecture.outputs(); }
        @Override public int parameterCount() { return parameters.length; }
        @Override public void predict(double[] input, double[] output) { throw new UnsupportedOperationException(); }
        @Override public double[] predict(double[] input) { throw new UnsupportedOperationException(); }
        @Override public double[] parameters() { return parameters.clone(); }
    }

    static FloatModel floatModel(float offset) {
        float[] parameters = new float[FLOAT_NET.parameterCount()];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = offset + 0.1f * i;
        }
        return new FloatModel(FLOAT_NET, parameters);
    }

    @Test
    void floatBytesCarryTheModelAndItsParametersExactly() {
        FloatModel model = floatModel(-1);
        ProtoReader read = new ProtoReader(OnnxExport.toBytes(model));
        assertEquals("AutoNet", read.one(2).string());
        assertEquals(FloatModel.class.getName() + ": 2 -> 3 (RELU) -> 3 (SIGMOID)", read.one(6).string());
        ProtoReader entry = read.one(14).message();
        assertEquals(OnnxExport.ARCHITECTURE_KEY, entry.one(1).string());
        assertEquals(FLOAT_NET.fingerprint(), entry.one(2).string());
        ProtoReader graph = read.one(7).message();
        assertEquals("FloatModel", graph.one(2).string(), "graph named after the model class");
        ProtoReader weight = graph.all(5).get(0).message();
        assertEquals(OnnxGraph.FLOAT, weight.one(2).number64());
        float[] stored = ProtoReader.packedFloats(weight.one(4).bytes());
        float[] expected = Arrays.copyOf(model.parameters(), 6);
        assertArrayEquals(expected, stored, "float parameters unchanged bit for bit");
    }

    @Test
    void doubleBytesStoreDoubles() {
        double[] parameters = new double[DOUBLE_NET.parameterCount()];
        parameters[0] = Math.PI;
        byte[] bytes = OnnxExport.toBytes(new DoubleModel(DOUBLE_NET, parameters));
        ProtoReader graph = new ProtoReader(bytes).one(7).message();
        ProtoReader weight = graph.all(5).get(0).message();
        assertEquals(OnnxGraph.DOUBLE, weight.one(2).number64());
        assertEquals(Math.PI, ProtoReader.packedDoubles(weight.one(10).bytes())[0]);
    }

    @Test
    void sameModelSameBytes() {
        assertArrayEquals(OnnxExport.toBytes(floatModel(0)), OnnxExport.toBytes(floatModel(0)));
        assertNotEquals(List.of(OnnxExport.toBytes(floatModel(0))), List.of(OnnxExport.toBytes(floatModel(1))));
    }

    @Test
    void writeReplacesTheFileAndLeavesNothingElse() throws IOException {
        Path file = directory.resolve("model.onnx");
        Files.writeString(file, "old content");
        OnnxExport.write(floatModel(0), file);
        assertArrayEquals(OnnxExport.toBytes(floatModel(0)), Files.readAllBytes(file));
        DoubleModel doubles = new DoubleModel(DOUBLE_NET, new double[DOUBLE_NET.parameterCount()]);
        OnnxExport.write(doubles, file);
        assertArrayEquals(OnnxExport.toBytes(doubles), Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void writeIntoAMissingDirectoryNamesTheFile() {
        Path file = directory.resolve("missing").resolve("model.onnx");
        IOException e = assertThrows(IOException.class, () -> OnnxExport.write(floatModel(0), file));
        assertEquals(file + ": cannot write ONNX model: no such directory", e.getMessage());
    }

    @Test
    void writeOverADirectoryNamesTheFileAndKeepsTheDirectory() throws IOException {
        Path file = Files.createDirectory(directory.resolve("model.onnx"));
        IOException e = assertThrows(IOException.class, () -> OnnxExport.write(floatModel(0), file));
        assertEquals(file + ": cannot write ONNX model: it is a directory", e.getMessage());
        assertTrue(Files.isDirectory(file));
    }

    @Test
    void failedWriteNamesTheFileAndCleansUp() throws IOException {
        // The name exceeds the usual 255-byte limit of a file name. The temporary file (whose name is cut to
        // fit) is written, and the rename onto the target fails, even for root.
        Path file = directory.resolve("m".repeat(260) + ".onnx");
        IOException e = assertThrows(IOException.class, () -> OnnxExport.write(floatModel(0), file));
        assertTrue(e.getMessage().startsWith("cannot write ONNX model to " + file + ": "), e.getMessage());
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of(), files.toList(), "nothing written");
        }
    }

    @Test
    void inconsistentModelsAreRefused() {
        var wrongCount = new FloatModel(FLOAT_NET, new float[3]);
        var e = assertThrows(IllegalArgumentException.class, () -> OnnxExport.toBytes(wrongCount));
        assertEquals(FloatModel.class.getName() + " has 3 parameters, but its architecture 2 -> 3 (RELU) -> 3 "
                + "(SIGMOID) needs 21", e.getMessage());
        var wrongPrecision = new FloatModel(DOUBLE_NET, new float[DOUBLE_NET.parameterCount()]);
        e = assertThrows(IllegalArgumentException.class, () -> OnnxExport.toBytes(wrongPrecision));
        assertEquals(FloatModel.class.getName() + " computes in FLOAT, but its architecture says DOUBLE",
                e.getMessage());
        assertThrows(NullPointerException.class, () -> OnnxExport.toBytes((FloatNetwork) null));
        assertThrows(NullPointerException.class, () -> OnnxExport.write(floatModel(0), null));
    }
}
