package dev.autonet.processor.batched;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.autonet.processor.good.MnistDoubleModel;
import dev.autonet.processor.good.MnistModel;
import dev.autonet.processor.good.MoonsModel;
import dev.autonet.processor.good.Vectors_ChainDoubleModel;
import dev.autonet.processor.good.Vectors_MnistFloatModel;
import dev.autonet.processor.good.Vectors_MoonsFloatModel;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Batched predictions allocate nothing once a thread has its tile buffers, measured as in
 * {@code codegen.AllocationTest}: this thread's allocated-bytes counter around a window of calls must equal
 * the counter's own baseline in at least one of {@value #ROUNDS} windows (a one-off C2 compilation can charge
 * a window a few dozen bytes; an allocation per call would show in every window). Row counts leave a partial
 * last tile.
 */
class BatchedAllocationTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final int ROUNDS = 5;

    private static long baseline;

    @BeforeAll
    static void measureTheMeasurement() {
        assumeTrue(THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled(),
                "this JVM cannot count allocated bytes per thread");
        Runnable nothing = () -> {};
        allocatedBy(nothing, 20_000);
        baseline = allocatedBy(nothing, 10_000);
    }

    @Test
    void moonsPredictAndLogits() {
        MoonsModel model = MoonsModel.initialize(1);
        int rows = 1000;
        float[] inputs = filled(rows * MoonsModel.INPUTS);
        float[] outputs = new float[rows];
        assertAllocationFree(() -> model.predict(inputs, rows, outputs), 2_000, 500);
        assertAllocationFree(() -> model.logits(inputs, rows, outputs), 2_000, 500);
    }

    @Test
    void vectorBackend() {
        Vectors_MoonsFloatModel moons = Vectors_MoonsFloatModel.initialize(7);
        int rows = 1000;
        float[] inputs = filled(rows * Vectors_MoonsFloatModel.INPUTS);
        float[] outputs = new float[rows];
        assertVectorAllocationFree(() -> moons.predict(inputs, rows, outputs), 2_000, 500);
        assertVectorAllocationFree(() -> moons.logits(inputs, rows, outputs), 2_000, 500);
        Vectors_ChainDoubleModel chain = Vectors_ChainDoubleModel.initialize(8);
        double[] chainInputs = new double[rows * 7];
        double[] chainOutputs = new double[rows * 3];
        assertVectorAllocationFree(() -> chain.predict(chainInputs, rows, chainOutputs), 200, 50);
        Vectors_MnistFloatModel mnist = Vectors_MnistFloatModel.initialize(9);
        int images = 300;
        float[] pixels = filled(images * 784);
        float[] classes = new float[images * 10];
        assertVectorAllocationFree(() -> mnist.predict(pixels, images, classes), 30, 10);
    }

    @Test
    void mnistFloatAndDouble() {
        MnistModel model = MnistModel.initialize(2);
        int rows = 300;
        float[] inputs = filled(rows * MnistModel.INPUTS);
        float[] outputs = new float[rows * MnistModel.OUTPUTS];
        assertAllocationFree(() -> model.predict(inputs, rows, outputs), 30, 10);
        MnistDoubleModel doubles = MnistDoubleModel.initialize(3);
        double[] doubleInputs = new double[rows * MnistModel.INPUTS];
        double[] doubleOutputs = new double[rows * MnistModel.OUTPUTS];
        assertAllocationFree(() -> doubles.logits(doubleInputs, rows, doubleOutputs), 30, 10);
    }

    @Test
    void theMeasurementSeesAllocation() {
        MoonsModel model = MoonsModel.initialize(4);
        float[] inputs = filled(64);
        allocatedBy(() -> model.predict(inputs, 32, new float[32]), 2_000);
        long bytes = allocatedBy(() -> model.predict(inputs, 32, new float[32]), 1_000);
        assertTrue(bytes - baseline >= 16L * 1_000, bytes + " bytes for 1000 new float[32]");
    }

    private static float[] filled(int length) {
        float[] values = new float[length];
        for (int k = 0; k < length; k++) {
            values[k] = (k % 17) / 17f - 0.5f;
        }
        return values;
    }

    /**
     * As {@link #assertAllocationFree}, with five times the warm-up and up to 20 windows: a backend = VECTOR
     * kernel boxes every vector until C2 has compiled it, which on a busy machine, behind other tests' compile
     * jobs, can take longer than a SCALAR method needs; once compiled it must allocate nothing.
     */
    private static void assertVectorAllocationFree(Runnable call, int warmUp, int calls) {
        allocatedBy(call, 5 * warmUp);
        List<Long> windows = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            long bytes = allocatedBy(call, calls);
            if (bytes == baseline) {
                return;
            }
            windows.add(bytes);
        }
        fail("bytes allocated by windows of " + calls + " calls: " + windows + ", none at the baseline of " + baseline);
    }

    private static void assertAllocationFree(Runnable call, int warmUp, int calls) {
        allocatedBy(call, warmUp);
        List<Long> windows = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long bytes = allocatedBy(call, calls);
            if (bytes == baseline) {
                return;
            }
            windows.add(bytes);
        }
        fail("bytes allocated by windows of " + calls + " calls: " + windows + ", none at the baseline of " + baseline);
    }

    private static long allocatedBy(Runnable call, int calls) {
        long thread = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(thread);
        for (int i = 0; i < calls; i++) {
            call.run();
        }
        return THREADS.getThreadAllocatedBytes(thread) - before;
    }
}
