package dev.autonet.processor.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import ai.onnxruntime.TensorInfo;
import dev.autonet.runtime.Architecture;
import dev.autonet.runtime.SeededRandom;
import dev.autonet.runtime.onnx.OnnxExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What ONNX Runtime sees of an exported file besides its numbers: the model's metadata, the one input
 * and one output with their element type and symbolic batch dimension, and batches of any size.
 */
class OnnxModelInfoTest {
    @TempDir
    Path directory;

    @Test
    void floatModelFileLoadsWithItsMetadataAndShapes() throws Exception {
        OnnxNetworks_ChainFloatModel model = OnnxNetworks_ChainFloatModel.initialize(7);
        Path file = directory.resolve("chain.onnx");
        OnnxExport.write(model, file);
        assertArrayEquals(OnnxExport.toBytes(model), Files.readAllBytes(file), "the file holds toBytes");
        try (OrtSession session = OrtEnvironment.getEnvironment().createSession(file.toString())) {
            assertMetadata(session, "OnnxNetworks_ChainFloatModel", OnnxNetworks_ChainFloatModel.ARCHITECTURE);
            assertTensor(session.getInputInfo(), "input", OnnxJavaType.FLOAT, 3);
            assertTensor(session.getOutputInfo(), "output", OnnxJavaType.FLOAT, 3);
        }
    }

    @Test
    void doubleModelFileLoadsWithItsMetadataAndShapes() throws Exception {
        OnnxNetworks_LoopedDoubleModel model = OnnxNetworks_LoopedDoubleModel.initialize(7);
        Path file = directory.resolve("looped.onnx");
        OnnxExport.write(model, file);
        try (OrtSession session = OrtEnvironment.getEnvironment().createSession(file.toString())) {
            assertMetadata(session, "OnnxNetworks_LoopedDoubleModel",
                    OnnxNetworks_LoopedDoubleModel.ARCHITECTURE);
            assertTensor(session.getInputInfo(), "input", OnnxJavaType.DOUBLE, 24);
            assertTensor(session.getOutputInfo(), "output", OnnxJavaType.DOUBLE, 24);
        }
    }

    @Test
    void batchDimensionTakesAnySize() throws OrtException {
        ExportCase network = ExportCases.all().stream()
                .filter(c -> c.name().equals("OnnxNetworks_ChainDoubleModel")).findFirst().orElseThrow();
        SeededRandom random = new SeededRandom(11);
        double[] parameters = network.randomParameters(random);
        ExportCase.Model model = network.factory().apply(parameters);
        double[][] rows = OnnxAgreementTest.batch(network, parameters, random);
        try (OrtSession session = OrtRunner.session(model.onnx(), OptLevel.ALL_OPT)) {
            for (int size : new int[] {1, 2, 5, 64}) {
                double[][] batch = Arrays.copyOf(rows, size);
                double[][] onnx = OrtRunner.run(session, false, batch);
                assertEquals(size, onnx.length, "rows out for " + size + " rows in");
                for (int r = 0; r < size; r++) {
                    OnnxAgreementTest.assertClose(model.predict(batch[r]), onnx[r], OnnxAgreementTest.TOLERANCE, r);
                }
            }
        }
    }

    private static void assertMetadata(OrtSession session, String graphName, Architecture architecture)
            throws OrtException {
        var metadata = session.getMetadata();
        assertEquals("AutoNet", metadata.getProducerName());
        assertEquals(graphName, metadata.getGraphName());
        assertEquals("dev.autonet.processor.onnx." + graphName + ": " + architecture.describe(),
                metadata.getDescription());
        assertEquals(Map.of(OnnxExport.ARCHITECTURE_KEY, architecture.fingerprint()), metadata.getCustomMetadata());
    }

    private static void assertTensor(Map<String, NodeInfo> values, String name, OnnxJavaType type, int width) {
        assertEquals(Set.of(name), values.keySet());
        TensorInfo info = (TensorInfo) values.get(name).getInfo();
        assertEquals(type, info.type);
        assertArrayEquals(new long[] {-1, width}, info.getShape(), "[batch, width], batch symbolic");
        assertArrayEquals(new String[] {"batch", ""}, info.getDimensionNames(), "dimension names");
    }
}
