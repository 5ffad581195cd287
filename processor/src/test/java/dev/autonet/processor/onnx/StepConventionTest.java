package dev.autonet.processor.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * STEP at and beside its jump, where no tolerance helps: STEP(0) = 1 (z ≥ 0, PyTorch's convention),
 * STEP of the next number below 0 is 0, and a NaN input gives 0, in the generated model and in ONNX
 * Runtime alike. The network is 4 → 6 → 5 → 3, STEP throughout; its parameters make every
 * pre-activation exactly 0 for the all-zero row: zero biases in the first layer, and in the later layers
 * weights whose sum over all-one inputs exactly cancels the bias (sums of 0.25 and 0.5 are exact in
 * either precision, whatever the order of summation).
 */
class StepConventionTest {
    static List<ExportCase> stepNetworks() {
        return ExportCases.all().stream().filter(c -> c.name().startsWith("OnnxNetworks_Step")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stepNetworks")
    void stepOfZeroIsOne(ExportCase network) throws OrtException {
        double[] parameters = parameters(network, -1.5, -2.5);
        assertBothGive(network, parameters, new double[4], new double[] {1, 1, 1});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stepNetworks")
    void stepJustBelowZeroIsZero(ExportCase network) throws OrtException {
        double below = network.isFloat() ? Math.nextDown(-2.5f) : Math.nextDown(-2.5);
        double[] parameters = parameters(network, -1.5, below);
        assertBothGive(network, parameters, new double[4], new double[] {0, 0, 0});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stepNetworks")
    void nanIsNotNonNegative(ExportCase network) throws OrtException {
        // NaN rows give z = NaN in the first layer, so STEP 0; then 0.25·0 − 1.5 < 0 and 0.5·0 − 2.5 < 0.
        double[] parameters = parameters(network, -1.5, -2.5);
        double[] nan = new double[4];
        Arrays.fill(nan, Double.NaN);
        assertBothGive(network, parameters, nan, new double[] {0, 0, 0});
    }

    /**
     * Layer 1: W random-looking, b = 0. Layer 2: W all 0.25, b = {@code bias2}. Layer 3: W all 0.5,
     * b = {@code bias3}.
     */
    static double[] parameters(ExportCase network, double bias2, double bias3) {
        var architecture = network.architecture();
        double[] parameters = new double[architecture.parameterCount()];
        for (int i = 0; i < 4 * 6; i++) {
            parameters[architecture.weightOffset(0) + i] = (i % 5) - 2.25;
        }
        Arrays.fill(parameters, architecture.weightOffset(1), architecture.biasOffset(1), 0.25);
        Arrays.fill(parameters, architecture.biasOffset(1), architecture.weightOffset(2), bias2);
        Arrays.fill(parameters, architecture.weightOffset(2), architecture.biasOffset(2), 0.5);
        Arrays.fill(parameters, architecture.biasOffset(2), parameters.length, bias3);
        return parameters;
    }

    static void assertBothGive(ExportCase network, double[] parameters, double[] input, double[] expected)
            throws OrtException {
        ExportCase.Model model = network.factory().apply(parameters);
        assertArrayEquals(expected, model.predict(input), "generated predict");
        for (OptLevel level : List.of(OptLevel.ALL_OPT, OptLevel.NO_OPT)) {
            try (OrtSession session = OrtRunner.session(model.onnx(), level)) {
                double[][] onnx = OrtRunner.run(session, network.isFloat(), new double[][] {input});
                assertArrayEquals(expected, onnx[0], "ONNX Runtime, " + level);
            }
        }
    }
}
