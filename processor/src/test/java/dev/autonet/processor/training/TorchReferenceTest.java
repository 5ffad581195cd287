package dev.autonet.processor.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.runtime.DoubleNetwork;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated DOUBLE trainers against PyTorch (tools/torch_reference.py, float64): for each of the 14
 * networks, with PyTorch's parameters loaded through {@code fromParameters}, the model's outputs, the
 * trainer's loss, its gradient with respect to every parameter and to every input all match the committed
 * vectors within {@value #TOLERANCE}, absolute for values of magnitude up to 1 and relative above
 * (|actual − expected| ≤ 1e-9 · max(1, |expected|)). Every reference file must be covered by a network.
 */
class TorchReferenceTest {
    static final double TOLERANCE = 1e-9;

    static final List<DoubleNet> NETWORKS = List.of(
            DoubleNet.of("BceNet", TorchNetworks_BceNetModel::fromParameters,
                    m -> new TorchNetworks_BceNetTrainer(m)::lossAndGradient,
                    TorchNetworks_BceNetTrainer.TARGET_WIDTH),
            DoubleNet.of("MultiLabelNet", TorchNetworks_MultiLabelNetModel::fromParameters,
                    m -> new TorchNetworks_MultiLabelNetTrainer(m)::lossAndGradient,
                    TorchNetworks_MultiLabelNetTrainer.TARGET_WIDTH),
            DoubleNet.of("CategoricalNet", TorchNetworks_CategoricalNetModel::fromParameters,
                    m -> new TorchNetworks_CategoricalNetTrainer(m)::lossAndGradient,
                    TorchNetworks_CategoricalNetTrainer.TARGET_WIDTH),
            DoubleNet.of("SparseNet", TorchNetworks_SparseNetModel::fromParameters,
                    m -> new TorchNetworks_SparseNetTrainer(m)::lossAndGradient,
                    TorchNetworks_SparseNetTrainer.TARGET_WIDTH),
            DoubleNet.of("MseNet", TorchNetworks_MseNetModel::fromParameters,
                    m -> new TorchNetworks_MseNetTrainer(m)::lossAndGradient,
                    TorchNetworks_MseNetTrainer.TARGET_WIDTH),
            DoubleNet.of("MaeNet", TorchNetworks_MaeNetModel::fromParameters,
                    m -> new TorchNetworks_MaeNetTrainer(m)::lossAndGradient,
                    TorchNetworks_MaeNetTrainer.TARGET_WIDTH),
            DoubleNet.of("HuberNet", TorchNetworks_HuberNetModel::fromParameters,
                    m -> new TorchNetworks_HuberNetTrainer(m)::lossAndGradient,
                    TorchNetworks_HuberNetTrainer.TARGET_WIDTH),
            DoubleNet.of("HingeNet", TorchNetworks_HingeNetModel::fromParameters,
                    m -> new TorchNetworks_HingeNetTrainer(m)::lossAndGradient,
                    TorchNetworks_HingeNetTrainer.TARGET_WIDTH),
            DoubleNet.of("TanhOutputNet", TorchNetworks_TanhOutputNetModel::fromParameters,
                    m -> new TorchNetworks_TanhOutputNetTrainer(m)::lossAndGradient,
                    TorchNetworks_TanhOutputNetTrainer.TARGET_WIDTH),
            DoubleNet.of("SigmoidRegressionNet", TorchNetworks_SigmoidRegressionNetModel::fromParameters,
                    m -> new TorchNetworks_SigmoidRegressionNetTrainer(m)::lossAndGradient,
                    TorchNetworks_SigmoidRegressionNetTrainer.TARGET_WIDTH),
            DoubleNet.of("SoftplusOutputNet", TorchNetworks_SoftplusOutputNetModel::fromParameters,
                    m -> new TorchNetworks_SoftplusOutputNetTrainer(m)::lossAndGradient,
                    TorchNetworks_SoftplusOutputNetTrainer.TARGET_WIDTH),
            DoubleNet.of("ReluFamilyOutputNet", TorchNetworks_ReluFamilyOutputNetModel::fromParameters,
                    m -> new TorchNetworks_ReluFamilyOutputNetTrainer(m)::lossAndGradient,
                    TorchNetworks_ReluFamilyOutputNetTrainer.TARGET_WIDTH),
            DoubleNet.of("SwishGeluOutputNet", TorchNetworks_SwishGeluOutputNetModel::fromParameters,
                    m -> new TorchNetworks_SwishGeluOutputNetTrainer(m)::lossAndGradient,
                    TorchNetworks_SwishGeluOutputNetTrainer.TARGET_WIDTH),
            DoubleNet.of("EluOutputNet", TorchNetworks_EluOutputNetModel::fromParameters,
                    m -> new TorchNetworks_EluOutputNetTrainer(m)::lossAndGradient,
                    TorchNetworks_EluOutputNetTrainer.TARGET_WIDTH));

    static List<DoubleNet> networks() {
        return NETWORKS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void matchesPyTorch(DoubleNet network) {
        TorchReference reference = TorchReference.load(network.name());
        assertEquals(network.name(), reference.name());
        DoubleNetwork model = network.model(reference.parameters());
        assertEquals(reference.inputs(), model.inputs(), "inputs");
        int rows = reference.rows();
        int outputs = model.outputs();
        double[] output = new double[outputs];
        double[] row = new double[model.inputs()];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(reference.x(), r * row.length, row, 0, row.length);
            model.predict(row, output);
            for (int j = 0; j < outputs; j++) {
                assertClose(reference.output()[r * outputs + j], output[j], "output of row " + r + ", unit " + j);
            }
        }
        double[] parameterGradient = new double[model.parameterCount()];
        double[] inputGradient = new double[reference.x().length];
        double loss = network.trainerAt(reference.parameters())
                .lossAndGradient(reference.x(), reference.y(), rows, parameterGradient, inputGradient);
        assertClose(reference.lossValue(), loss, "loss");
        assertAllClose(reference.parameterGradient(), parameterGradient, "parameter gradient");
        assertAllClose(reference.inputGradient(), inputGradient, "input gradient");
    }

    @Test
    void everyReferenceFileIsCovered() throws IOException, URISyntaxException {
        Path directory = Path.of(TorchReferenceTest.class.getResource(TorchReference.DIRECTORY).toURI());
        Set<String> files;
        try (Stream<Path> paths = Files.list(directory)) {
            files = paths.map(path -> path.getFileName().toString())
                    .filter(file -> file.endsWith(".txt"))
                    .map(file -> file.substring(0, file.length() - ".txt".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> covered = NETWORKS.stream().map(DoubleNet::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(14, files.size(), "reference files in " + directory);
        assertEquals(files, covered, "every reference file has a network, and every network a file");
    }

    private static void assertAllClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int i = 0; i < expected.length; i++) {
            assertClose(expected[i], actual[i], what + "[" + i + "]");
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        double error = Math.abs(actual - expected);
        assertTrue(error <= TOLERANCE * Math.max(1, Math.abs(expected)),
                () -> what + ": expected " + expected + " but was " + actual + " (error " + error + ")");
    }
}
