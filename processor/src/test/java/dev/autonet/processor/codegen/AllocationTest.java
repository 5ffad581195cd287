package dev.autonet.processor.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.processor.good.Chains_MixedFloatModel;
import dev.autonet.processor.good.Chains_WideDoubleModel;
import dev.autonet.processor.good.MnistDoubleModel;
import dev.autonet.processor.good.MnistModel;
import dev.autonet.processor.good.MoonsModel;
import dev.autonet.processor.good.Tasks_BinaryDoubleModel;
import dev.autonet.processor.good.TinyModel;
import dev.autonet.processor.good.Vectors_ChainFloatModel;
import dev.autonet.processor.good.Vectors_MnistFloatModel;
import dev.autonet.processor.good.Vectors_MoonsDoubleModel;
import dev.autonet.processor.good.Vectors_MoonsFloatModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free entry points allocate nothing, measured with HotSpot's per-thread allocation counter
 * ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}), which counts every byte the thread
 * allocates, TLAB or not. Each entry point is warmed up first (its first call on a thread creates the
 * thread's workspace; warm-up also lets the JIT compile it), then called again many times between two
 * readings of the counter.
 *
 * <p>{@link AllocationMeter} says how a window of calls is measured against the counter's own baseline and why
 * a call gets several windows; {@link #theMeasurementSeesAllocation} shows the counter does see allocation.
 */
class AllocationTest {
    private static final int WARM_UP = 20_000;
    private static final int CALLS = 10_000;
    private static final int LARGE_WARM_UP = 2_000;
    private static final int LARGE_CALLS = 1_000;

    private static AllocationMeter meter;

    @BeforeAll
    static void measureTheMeasurement() {
        meter = AllocationMeter.calibrated(WARM_UP, CALLS);
    }

    @Test
    void moonsPredictLogitsAndProbability() {
        MoonsModel model = MoonsModel.initialize(1);
        float[] input = {0.5f, -0.25f};
        float[] output = new float[1];
        meter.assertAllocationFree(() -> model.predict(input, output), WARM_UP, CALLS);
        meter.assertAllocationFree(() -> model.logits(input, output), WARM_UP, CALLS);
        meter.assertAllocationFree(() -> model.probability(input), WARM_UP, CALLS);
        meter.assertAllocationFree(() -> model.classify(input), WARM_UP, CALLS);
    }

    @Test
    void tinyProbability() {
        TinyModel model = TinyModel.initialize(2);
        float[] input = {0.5f, -0.25f};
        meter.assertAllocationFree(() -> model.probability(input), WARM_UP, CALLS);
    }

    @Test
    void mnistPredictLogitsAndClassify() {
        MnistModel model = MnistModel.initialize(3);
        float[] input = new float[784];
        for (int i = 0; i < input.length; i++) {
            input[i] = (i % 17) / 17f;
        }
        float[] output = new float[10];
        meter.assertAllocationFree(() -> model.predict(input, output), LARGE_WARM_UP, LARGE_CALLS);
        meter.assertAllocationFree(() -> model.logits(input, output), LARGE_WARM_UP, LARGE_CALLS);
        meter.assertAllocationFree(() -> model.classify(input), LARGE_WARM_UP, LARGE_CALLS);
    }

    @Test
    void doubleModels() {
        MnistDoubleModel mnist = MnistDoubleModel.initialize(4);
        double[] image = new double[784];
        double[] classes = new double[10];
        meter.assertAllocationFree(() -> mnist.predict(image, classes), LARGE_WARM_UP, LARGE_CALLS);
        meter.assertAllocationFree(() -> mnist.classify(image), LARGE_WARM_UP, LARGE_CALLS);
        Tasks_BinaryDoubleModel binary = Tasks_BinaryDoubleModel.initialize(5);
        double[] input = {0.1, 0.2, 0.3};
        meter.assertAllocationFree(() -> binary.probability(input), WARM_UP, CALLS);
        Chains_WideDoubleModel wide = Chains_WideDoubleModel.initialize(6);
        double[] x = {0.7};
        double[] y = new double[1];
        meter.assertAllocationFree(() -> wide.predict(x, y), WARM_UP, CALLS);
    }

    @Test
    void mixedLoopedAndUnrolledLayersThroughTheWorkspace() {
        Chains_MixedFloatModel model = Chains_MixedFloatModel.initialize(7);
        float[] input = new float[40];
        float[] output = new float[3];
        meter.assertAllocationFree(() -> model.predict(input, output), WARM_UP, CALLS);
        meter.assertAllocationFree(() -> model.logits(input, output), WARM_UP, CALLS);
    }

    @Test
    void vectorBackend() {
        Vectors_MoonsFloatModel moons = Vectors_MoonsFloatModel.initialize(9);
        float[] input = {0.5f, -0.25f};
        float[] output = new float[1];
        meter.assertVectorAllocationFree(() -> moons.predict(input, output), WARM_UP, CALLS);
        meter.assertVectorAllocationFree(() -> moons.logits(input, output), WARM_UP, CALLS);
        meter.assertVectorAllocationFree(() -> moons.probability(input), WARM_UP, CALLS);
        Vectors_MoonsDoubleModel moonsDouble = Vectors_MoonsDoubleModel.initialize(10);
        double[] x = {0.5, -0.25};
        double[] y = new double[1];
        meter.assertVectorAllocationFree(() -> moonsDouble.predict(x, y), WARM_UP, CALLS);
        Vectors_ChainFloatModel chain = Vectors_ChainFloatModel.initialize(11);
        float[] chainInput = {0.1f, -0.2f, 0.3f, -0.4f, 0.5f, -0.6f, 0.7f};
        float[] chainOutput = new float[3];
        meter.assertVectorAllocationFree(() -> chain.predict(chainInput, chainOutput), WARM_UP, CALLS);
        Vectors_MnistFloatModel mnist = Vectors_MnistFloatModel.initialize(12);
        float[] image = new float[784];
        float[] classes = new float[10];
        meter.assertVectorAllocationFree(() -> mnist.predict(image, classes), LARGE_WARM_UP, LARGE_CALLS);
        meter.assertVectorAllocationFree(() -> mnist.classify(image), LARGE_WARM_UP, LARGE_CALLS);
    }

    @Test
    void theMeasurementSeesAllocation() {
        // The control: the convenience overloads return new arrays, and the counter must see them.
        MoonsModel model = MoonsModel.initialize(8);
        float[] input = {0.5f, -0.25f};
        AllocationMeter.allocatedBy(() -> model.predict(input), WARM_UP);
        long bytes = AllocationMeter.allocatedBy(() -> model.predict(input), CALLS);
        assertTrue(bytes - meter.baseline() >= 16L * CALLS, bytes + " bytes for " + CALLS + " new float[1]");
    }
}
