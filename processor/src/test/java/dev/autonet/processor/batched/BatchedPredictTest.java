package dev.autonet.processor.batched;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Batched {@code predict} and {@code logits} over flat row-major arrays give, for every row, exactly the bits
 * of the single-row methods: both add each unit's bias first and then its inputs in order, and Java never
 * fuses a multiply and an add, so there is no tolerance. Every network under good/ (every activation, hidden
 * and output, unrolled, looped and mixed layers, both precisions) and batched/Odd (widths that are not
 * multiples of 4) is run at row counts around the tile size: 0, 1, T-1, T, T+1 and 3T+5. Arrays longer than
 * needed must keep their tail: the outputs start as sentinels, and the inputs carry a spare partial row.
 */
class BatchedPredictTest {
    private static final int TILE = BatchedModel.tileRows();

    static Stream<Arguments> modelsAndRows() {
        return BatchedModel.ALL.stream().flatMap(name -> Stream.of(0, 1, TILE - 1, TILE, TILE + 1, 3 * TILE + 5)
                .map(rows -> Arguments.of(name.substring(name.lastIndexOf('.') + 1), name, rows)));
    }

    @ParameterizedTest(name = "{0}, {2} rows")
    @MethodSource("modelsAndRows")
    void batchedEqualsRowByRow(String simpleName, String className, int rows) {
        BatchedModel model = BatchedModel.initialize(className, 42);
        double[] inputs = model.randomRows(rows + 1, rows);
        inputs = Arrays.copyOf(inputs, rows * model.inputs() + Math.min(2, model.inputs()));
        int outputsLength = rows * model.outputs() + 3;
        assertArrayEquals(model.rowByRow("predict", inputs, rows, outputsLength),
                model.batched("predict", inputs, rows, outputsLength), "predict");
        if (model.hasLogits()) {
            assertArrayEquals(model.rowByRow("logits", inputs, rows, outputsLength),
                    model.batched("logits", inputs, rows, outputsLength), "logits");
        }
    }

    @Test
    void everyNetworkIsCovered() {
        assertEquals(43, BatchedModel.ALL.size());
    }

    @Test
    void theTileIsWhatTheGeneratorDocuments() {
        assertEquals(256, TILE);
    }

    @Test
    void classifiersHaveBatchedLogitsAndOthersDoNot() {
        assertEquals(true, BatchedModel.initialize("dev.autonet.processor.good.MoonsModel", 1).hasLogits());
        assertEquals(true, BatchedModel.initialize("dev.autonet.processor.good.MnistDoubleModel", 1).hasLogits());
        assertEquals(false, BatchedModel.initialize("dev.autonet.processor.good.Outputs_TanhFloatModel", 1).hasLogits());
    }
}
