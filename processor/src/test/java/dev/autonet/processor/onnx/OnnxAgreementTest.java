package dev.autonet.processor.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import dev.autonet.runtime.SeededRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every network of {@link OnnxNetworks} (each activation in hidden and output position, FLOAT and
 * DOUBLE, unrolled and looped), with random parameters from a fixed seed, exported and run in ONNX
 * Runtime on a batch of 64 rows, against the generated model's own {@code predict}. ONNX Runtime runs
 * each graph twice: with all its graph optimizations (what a user gets by default; it fuses, e.g.,
 * Sigmoid·Mul and the Erf pattern of GELU into its own kernels) and with none (the graph exactly as
 * written).
 *
 * <p>Tolerance, for every output: |onnx − predict| ≤ tol · max(1, |predict|), an absolute error for
 * outputs below 1 in magnitude and a relative one above, with tol = 1e-5; and tol = 1e-12 for DOUBLE
 * networks without GELU, whose graphs compute entirely in double (GELU's erf runs in float, as ONNX
 * Runtime has no double Erf; measured errors there are below 1e-7). Inputs are uniform in ±3; rows that bring a STEP
 * pre-activation within 1e-3 of the jump at 0 are redrawn (see {@link StepMargin}; StepConventionTest
 * checks z = 0 itself).
 */
class OnnxAgreementTest {
    static final double TOLERANCE = 1e-5;
    static final double DOUBLE_TOLERANCE = 1e-12;
    static final int BATCH = 64;
    static final double STEP_MARGIN = 1e-3;

    static Stream<Arguments> cases() {
        return ExportCases.all().stream().flatMap(network -> Stream.of(
                Arguments.of(network, OptLevel.ALL_OPT), Arguments.of(network, OptLevel.NO_OPT)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("cases")
    void onnxRuntimeComputesWhatPredictComputes(ExportCase network, OptLevel level) throws OrtException {
        SeededRandom random = new SeededRandom(0x0AA7_0000L + network.name().hashCode());
        double[] parameters = network.randomParameters(random);
        ExportCase.Model model = network.factory().apply(parameters);
        double[][] batch = batch(network, parameters, random);
        double[][] onnx;
        try (OrtSession session = OrtRunner.session(model.onnx(), level)) {
            onnx = OrtRunner.run(session, network.isFloat(), batch);
        }
        assertEquals(BATCH, onnx.length, "rows of output");
        for (int r = 0; r < BATCH; r++) {
            assertClose(model.predict(batch[r]), onnx[r], tolerance(network), r);
        }
    }

    /** BATCH rows uniform in ±3 (rounded to float for a FLOAT model), each clear of every STEP jump. */
    static double[][] batch(ExportCase network, double[] parameters, SeededRandom random) {
        double[][] rows = new double[BATCH][];
        for (int r = 0; r < BATCH; r++) {
            for (int attempt = 0; rows[r] == null; attempt++) {
                if (attempt == 1000) {
                    fail("no row of " + network + " keeps its STEP units " + STEP_MARGIN + " from 0");
                }
                double[] row = new double[network.architecture().inputs()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = 3 * (2 * random.nextDouble() - 1);
                }
                row = network.rounded(row);
                if (StepMargin.of(network.architecture(), parameters, row) >= STEP_MARGIN) {
                    rows[r] = row;
                }
            }
        }
        return rows;
    }

    static void assertClose(double[] expected, double[] actual, double tolerance, int row) {
        assertEquals(expected.length, actual.length, "outputs of row " + row);
        for (int j = 0; j < expected.length; j++) {
            double error = Math.abs(actual[j] - expected[j]);
            if (!(error <= tolerance * Math.max(1, Math.abs(expected[j])))) {
                fail(String.format("output[%d] of row %d: ONNX Runtime %s, predict %s, error %.3g > %.0g · %s",
                        j, row, actual[j], expected[j], error, tolerance, "max(1, |predict|)"));
            }
        }
    }

    /** {@link #TOLERANCE}, or {@link #DOUBLE_TOLERANCE} for a DOUBLE network without GELU. */
    static double tolerance(ExportCase network) {
        boolean gelu = network.architecture().layers().stream().anyMatch(l -> l.activation().equals("GELU"));
        return network.isFloat() || gelu ? TOLERANCE : DOUBLE_TOLERANCE;
    }
}
