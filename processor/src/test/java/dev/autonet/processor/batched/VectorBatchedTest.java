package dev.autonet.processor.batched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.autonet.processor.codegen.ClassFiles;
import dev.autonet.runtime.Architecture;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The batched {@code predict} and {@code logits} of the backend = VECTOR models (good/Vectors) against their
 * single-row methods, at the row counts of {@link BatchedPredictTest}. The batched kernel keeps one running
 * sum per unit and row where the single-row kernel may split it into partial sums, so the two agree to
 * rounding: |batched − single| ≤ tol · max(1, |single|) with tol = 1e-5 in FLOAT and 1e-12 in DOUBLE, the
 * tolerances both are held to against the reference interpreter (ForwardCorrectnessTest). Outside the rows
 * asked for, the arrays must keep their sentinels exactly.
 */
class VectorBatchedTest {
    /** The VECTOR models' tile, which differs from the SCALAR one (VectorBatchedWriter.TILE_ROWS). */
    private static final int TILE = BatchedModel.tileRows("dev.autonet.processor.good.Vectors_MoonsFloatModel");

    static Stream<Arguments> modelsAndRows() {
        return BatchedModel.VECTORS.stream().flatMap(name -> Stream.of(0, 1, 7, 17, TILE - 1, TILE, TILE + 1, 3 * TILE + 5)
                .map(rows -> Arguments.of(name.substring(name.lastIndexOf('.') + 1), name, rows)));
    }

    @ParameterizedTest(name = "{0}, {2} rows")
    @MethodSource("modelsAndRows")
    void batchedAgreesWithRowByRow(String simpleName, String className, int rows) {
        BatchedModel model = BatchedModel.initialize(className, 42);
        double tolerance = simpleName.contains("Float") ? 1e-5 : 1e-12;
        double[] inputs = model.randomRows(rows + 1, rows);
        inputs = Arrays.copyOf(inputs, rows * model.inputs() + Math.min(2, model.inputs()));
        int outputsLength = rows * model.outputs() + 3;
        assertClose("predict", model.rowByRow("predict", inputs, rows, outputsLength),
                model.batched("predict", inputs, rows, outputsLength), rows * model.outputs(), tolerance);
        if (model.hasLogits()) {
            assertClose("logits", model.rowByRow("logits", inputs, rows, outputsLength),
                    model.batched("logits", inputs, rows, outputsLength), rows * model.outputs(), tolerance);
        }
    }

    /**
     * A NaN feature makes its row's outputs NaN and no other row's, batched and row by row, as in the SCALAR
     * models: the vector ReLU ({@code z.blend(0, z.compare(LE, 0))}), like {@code Math.max(z, 0)}, passes NaN
     * on instead of clamping it to 0. (Not for a network with a STEP layer: STEP(NaN) is 0 by design.)
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("vectorModels")
    void aNaNFeatureGivesANaNRowAndLeavesTheOthers(String className) throws ReflectiveOperationException {
        Architecture architecture = (Architecture) Class.forName(className).getField("ARCHITECTURE").get(null);
        assumeFalse(architecture.layers().stream().anyMatch(layer -> layer.activation().equals("STEP")),
                "STEP turns NaN into 0");
        BatchedModel model = BatchedModel.initialize(className, 42);
        int rows = 2 * TILE + 3;
        int poisoned = TILE + 1;
        double[] inputs = model.randomRows(rows, 7);
        inputs[poisoned * model.inputs()] = Double.NaN;
        int outputsLength = rows * model.outputs();
        for (double[] outputs : new double[][] {model.batched("predict", inputs, rows, outputsLength),
                model.rowByRow("predict", inputs, rows, outputsLength)}) {
            for (int k = 0; k < outputsLength; k++) {
                boolean inPoisonedRow = k / model.outputs() == poisoned;
                assertEquals(inPoisonedRow, Double.isNaN(outputs[k]), className + " output " + k + " = " + outputs[k]);
            }
        }
    }

    /** Every method of every VECTOR model stays under HotSpot's 8000-byte limit for JIT compilation. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("vectorModels")
    void everyMethodIsSmall(String className) throws ClassNotFoundException {
        Map<String, Integer> sizes = ClassFiles.methodSizes(Class.forName(className));
        for (Map.Entry<String, Integer> method : sizes.entrySet()) {
            assertTrue(method.getValue() < 8000, method.getKey() + " has " + method.getValue() + " bytes");
        }
        assertTrue(sizes.keySet().stream().anyMatch(name -> name.contains(".tile")), sizes.keySet().toString());
    }

    static Iterable<String> vectorModels() {
        return BatchedModel.VECTORS;
    }

    private static void assertClose(String what, double[] expected, double[] actual, int written, double tolerance) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int k = 0; k < expected.length; k++) {
            if (k >= written) {
                assertEquals(expected[k], actual[k], what + "[" + k + "] is past the rows and must keep its sentinel");
                continue;
            }
            double error = Math.abs(actual[k] - expected[k]);
            if (!(error <= tolerance * Math.max(1, Math.abs(expected[k])))) {
                fail(String.format("%s[%d]: batched %s, single-row %s, error %.3g", what, k, actual[k], expected[k], error));
            }
        }
    }
}
