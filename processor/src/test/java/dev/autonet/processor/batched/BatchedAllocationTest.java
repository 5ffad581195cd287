package dev.autonet.processor.batched;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.processor.codegen.AllocationMeter;
import dev.autonet.processor.good.MnistDoubleModel;
import dev.autonet.processor.good.MnistModel;
import dev.autonet.processor.good.MoonsModel;
import dev.autonet.processor.good.Vectors_ChainDoubleModel;
import dev.autonet.processor.good.Vectors_MnistFloatModel;
import dev.autonet.processor.good.Vectors_MoonsFloatModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Batched predictions allocate nothing once a thread has its tile buffers, measured with {@link AllocationMeter}
 * as in {@code codegen.AllocationTest}: this thread's allocated-bytes counter around a window of calls must
 * equal the counter's own baseline in at least one of several windows (a one-off C2 compilation can charge a
 * window a few dozen bytes; an allocation per call would show in every window). Row counts leave a partial
 * last tile.
 */
class BatchedAllocationTest {
    private static AllocationMeter meter;

    @BeforeAll
    static void measureTheMeasurement() {
        meter = AllocationMeter.calibrated(20_000, 10_000);
    }

    @Test
    void moonsPredictAndLogits() {
        MoonsModel model = MoonsModel.initialize(1);
        int rows = 1000;
        float[] inputs = filled(rows * MoonsModel.INPUTS);
        float[] outputs = new float[rows];
        meter.assertAllocationFree(() -> model.predict(inputs, rows, outputs), 2_000, 500);
        meter.assertAllocationFree(() -> model.logits(inputs, rows, outputs), 2_000, 500);
    }

    @Test
    void vectorBackend() {
        Vectors_MoonsFloatModel moons = Vectors_MoonsFloatModel.initialize(7);
        int rows = 1000;
        float[] inputs = filled(rows * Vectors_MoonsFloatModel.INPUTS);
        float[] outputs = new float[rows];
        meter.assertVectorAllocationFree(() -> moons.predict(inputs, rows, outputs), 2_000, 500);
        meter.assertVectorAllocationFree(() -> moons.logits(inputs, rows, outputs), 2_000, 500);
        Vectors_ChainDoubleModel chain = Vectors_ChainDoubleModel.initialize(8);
        double[] chainInputs = new double[rows * 7];
        double[] chainOutputs = new double[rows * 3];
        meter.assertVectorAllocationFree(() -> chain.predict(chainInputs, rows, chainOutputs), 200, 50);
        Vectors_MnistFloatModel mnist = Vectors_MnistFloatModel.initialize(9);
        int images = 300;
        float[] pixels = filled(images * 784);
        float[] classes = new float[images * 10];
        meter.assertVectorAllocationFree(() -> mnist.predict(pixels, images, classes), 30, 10);
    }

    @Test
    void mnistFloatAndDouble() {
        MnistModel model = MnistModel.initialize(2);
        int rows = 300;
        float[] inputs = filled(rows * MnistModel.INPUTS);
        float[] outputs = new float[rows * MnistModel.OUTPUTS];
        meter.assertAllocationFree(() -> model.predict(inputs, rows, outputs), 30, 10);
        MnistDoubleModel doubles = MnistDoubleModel.initialize(3);
        double[] doubleInputs = new double[rows * MnistModel.INPUTS];
        double[] doubleOutputs = new double[rows * MnistModel.OUTPUTS];
        meter.assertAllocationFree(() -> doubles.logits(doubleInputs, rows, doubleOutputs), 30, 10);
    }

    @Test
    void theMeasurementSeesAllocation() {
        MoonsModel model = MoonsModel.initialize(4);
        float[] inputs = filled(64);
        AllocationMeter.allocatedBy(() -> model.predict(inputs, 32, new float[32]), 2_000);
        long bytes = AllocationMeter.allocatedBy(() -> model.predict(inputs, 32, new float[32]), 1_000);
        assertTrue(bytes - meter.baseline() >= 16L * 1_000, bytes + " bytes for 1000 new float[32]");
    }

    private static float[] filled(int length) {
        float[] values = new float[length];
        for (int k = 0; k < length; k++) {
            values[k] = (k % 17) / 17f - 0.5f;
        }
        return values;
    }
}
