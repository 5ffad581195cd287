package dev.autonet.processor.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free entry points allocate nothing, measured with HotSpot's per-thread allocation counter
 * ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}), which counts every byte the thread
 * allocates, TLAB or not. Each entry point is warmed up first (its first call on a thread creates the
 * thread's workspace; warm-up also lets the JIT compile it), then called again many times between two
 * readings of the counter.
 *
 * <p>The readings themselves could allocate (the very first pair on a thread does: 216 bytes on JDK 17), so
 * the same measurement around an empty loop, taken after a warm-up of its own, is the baseline (0 on
 * JDK 17), and a window of calls passes when it allocates exactly the baseline. HotSpot also charges a
 * thread a few dozen bytes, once, when that thread's calls trigger a C2 compilation: a window of calls to
 * {@code static int f(int x) { return x + 1; }} shows 48 bytes the first time and never with
 * -XX:TieredStopAtLevel=1. Large generated methods can reach C2 (or be recompiled after a deoptimization)
 * after the warm-up, so roughly one surefire run in eight saw such a one-off (48 to 312 bytes) in one or two
 * consecutive windows. So each entry point gets up to {@value #ROUNDS} windows and must have one that
 * allocates nothing, while a single object per call would show in every window as at least 16 bytes ×
 * calls. {@link #theMeasurementSeesAllocation} shows the counter does see allocation.
 */
class AllocationTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final int WARM_UP = 20_000;
    private static final int CALLS = 10_000;
    private static final int LARGE_WARM_UP = 2_000;
    private static final int LARGE_CALLS = 1_000;
    private static final int ROUNDS = 5;

    private static long baseline;

    @BeforeAll
    static void measureTheMeasurement() {
        assumeTrue(THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled(),
                "this JVM cannot count allocated bytes per thread");
        Runnable nothing = () -> {};
        allocatedBy(nothing, WARM_UP);
        baseline = allocatedBy(nothing, CALLS);
    }

    @Test
    void moonsPredictLogitsAndProbability() {
        MoonsModel model = MoonsModel.initialize(1);
        float[] input = {0.5f, -0.25f};
        float[] output = new float[1];
        assertAllocationFree(() -> model.predict(input, output), WARM_UP, CALLS);
        assertAllocationFree(() -> model.logits(input, output), WARM_UP, CALLS);
        assertAllocationFree(() -> model.probability(input), WARM_UP, CALLS);
        assertAllocationFree(() -> model.classify(input), WARM_UP, CALLS);
    }

    @Test
    void tinyProbability() {
        TinyModel model = TinyModel.initialize(2);
        float[] input = {0.5f, -0.25f};
        assertAllocationFree(() -> model.probability(input), WARM_UP, CALLS);
    }

    @Test
    void mnistPredictLogitsAndClassify() {
        MnistModel model = MnistModel.initialize(3);
        float[] input = new float[784];
        for (int i = 0; i < input.length; i++) {
            input[i] = (i % 17) / 17f;
        }
        float[] output = new float[10];
        assertAllocationFree(() -> model.predict(input, output), LARGE_WARM_UP, LARGE_CALLS);
        assertAllocationFree(() -> model.logits(input, output), LARGE_WARM_UP, LARGE_CALLS);
        assertAllocationFree(() -> model.classify(input), LARGE_WARM_UP, LARGE_CALLS);
    }

    @Test
    void doubleModels() {
        MnistDoubleModel mnist = MnistDoubleModel.initialize(4);
        double[] image = new double[784];
        double[] classes = new double[10];
        assertAllocationFree(() -> mnist.predict(image, classes), LARGE_WARM_UP, LARGE_CALLS);
        assertAllocationFree(() -> mnist.classify(image), LARGE_WARM_UP, LARGE_CALLS);
        Tasks_BinaryDoubleModel binary = Tasks_BinaryDoubleModel.initialize(5);
        double[] input = {0.1, 0.2, 0.3};
        assertAllocationFree(() -> binary.probability(input), WARM_UP, CALLS);
        Chains_WideDoubleModel wide = Chains_WideDoubleModel.initialize(6);
        double[] x = {0.7};
        double[] y = new double[1];
        assertAllocationFree(() -> wide.predict(x, y), WARM_UP, CALLS);
    }

    @Test
    void mixedLoopedAndUnrolledLayersThroughTheWorkspace() {
        Chains_MixedFloatModel model = Chains_MixedFloatModel.initialize(7);
        float[] input = new float[40];
        float[] output = new float[3];
        assertAllocationFree(() -> model.predict(input, output), WARM_UP, CALLS);
        assertAllocationFree(() -> model.logits(input, output), WARM_UP, CALLS);
    }

    @Test
    void vectorBackend() {
        Vectors_MoonsFloatModel moons = Vectors_MoonsFloatModel.initialize(9);
        float[] input = {0.5f, -0.25f};
        float[] output = new float[1];
        assertVectorAllocationFree(() -> moons.predict(input, output), WARM_UP, CALLS);
        assertVectorAllocationFree(() -> moons.logits(input, output), WARM_UP, CALLS);
        assertVectorAllocationFree(() -> moons.probability(input), WARM_UP, CALLS);
        Vectors_MoonsDoubleModel moonsDouble = Vectors_MoonsDoubleModel.initialize(10);
        double[] x = {0.5, -0.25};
        double[] y = new double[1];
        assertVectorAllocationFree(() -> moonsDouble.predict(x, y), WARM_UP, CALLS);
        Vectors_ChainFloatModel chain = Vectors_ChainFloatModel.initialize(11);
        float[] chainInput = {0.1f, -0.2f, 0.3f, -0.4f, 0.5f, -0.6f, 0.7f};
        float[] chainOutput = new float[3];
        assertVectorAllocationFree(() -> chain.predict(chainInput, chainOutput), WARM_UP, CALLS);
        Vectors_MnistFloatModel mnist = Vectors_MnistFloatModel.initialize(12);
        float[] image = new float[784];
        float[] classes = new float[10];
        assertVectorAllocationFree(() -> mnist.predict(image, classes), LARGE_WARM_UP, LARGE_CALLS);
        assertVectorAllocationFree(() -> mnist.classify(image), LARGE_WARM_UP, LARGE_CALLS);
    }

    @Test
    void theMeasurementSeesAllocation() {
        // The control: the convenience overloads return new arrays, and the counter must see them.
        MoonsModel model = MoonsModel.initialize(8);
        float[] input = {0.5f, -0.25f};
        allocatedBy(() -> model.predict(input), WARM_UP);
        long bytes = allocatedBy(() -> model.predict(input), CALLS);
        assertTrue(bytes - baseline >= 16L * CALLS, bytes + " bytes for " + CALLS + " new float[1]");
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
