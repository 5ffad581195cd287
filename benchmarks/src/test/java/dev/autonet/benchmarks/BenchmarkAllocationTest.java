package dev.autonet.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The benchmark bodies themselves allocate nothing, counted exactly on this thread
 * (com.sun.management.ThreadMXBean) rather than over the whole JVM as JMH's {@code -prof gc} does, whose
 * B/op also holds the harness's own fixed allocations per iteration divided by the operations. After two
 * calls that grow buffers and make thread-local scratch, a window of calls must allocate 0 bytes.
 */
class BenchmarkAllocationTest {
    private static final int WINDOWS = 20;
    private static final int VECTOR_PATIENCE_SECONDS = 30;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void predictAllocatesNothing() {
        PredictBenchmark b = new PredictBenchmark();
        b.setUp();
        assertAllocatesNothing("moons FLOAT generated", 1000, b::moonsFloatGenerated);
        assertAllocatesNothing("moons FLOAT baseline", 1000, b::moonsFloatBaseline);
        assertAllocatesNothing("moons DOUBLE generated", 1000, b::moonsDoubleGenerated);
        assertAllocatesNothing("moons DOUBLE baseline", 1000, b::moonsDoubleBaseline);
        assertAllocatesNothing("mnist FLOAT generated", 20, b::mnistFloatGenerated);
        assertAllocatesNothing("mnist FLOAT baseline", 20, b::mnistFloatBaseline);
        assertAllocatesNothing("mnist DOUBLE generated", 20, b::mnistDoubleGenerated);
        assertAllocatesNothing("mnist DOUBLE baseline", 20, b::mnistDoubleBaseline);
        VectorModels vector = new VectorModels();
        vector.setUp();
        assertVectorAllocatesNothing("moons FLOAT vector", 1000, warmedUp(20_000, () -> b.moonsFloatVector(vector)));
        assertVectorAllocatesNothing("moons DOUBLE vector", 1000, warmedUp(20_000, () -> b.moonsDoubleVector(vector)));
        assertVectorAllocatesNothing("mnist FLOAT vector", 20, warmedUp(2_000, () -> b.mnistFloatVector(vector)));
    }

    @Test
    void batchedPredictAllocatesNothing() {
        BatchedPredictBenchmark b = new BatchedPredictBenchmark();
        b.setUp();
        assertAllocatesNothing("moons FLOAT generated", 3, b::moonsFloatGeneratedBatched);
        assertAllocatesNothing("moons FLOAT baseline", 3, b::moonsFloatBaselineBatched);
        assertAllocatesNothing("moons DOUBLE generated", 3, b::moonsDoubleGeneratedBatched);
        assertAllocatesNothing("moons DOUBLE baseline", 3, b::moonsDoubleBaselineBatched);
        assertAllocatesNothing("mnist FLOAT generated", 1, b::mnistFloatGeneratedBatched);
        assertAllocatesNothing("mnist FLOAT baseline", 1, b::mnistFloatBaselineBatched);
        assertAllocatesNothing("mnist DOUBLE generated", 1, b::mnistDoubleGeneratedBatched);
        assertAllocatesNothing("mnist DOUBLE baseline", 1, b::mnistDoubleBaselineBatched);
        assertAllocatesNothing("moons FLOAT generated, row loop", 3, b::moonsFloatGeneratedRowLoop);
        assertAllocatesNothing("mnist FLOAT generated, row loop", 1, b::mnistFloatGeneratedRowLoop);
        VectorModels vector = new VectorModels();
        vector.setUp();
        assertVectorAllocatesNothing("moons FLOAT vector", 3, warmedUp(500, () -> b.moonsFloatVectorBatched(vector)));
        assertVectorAllocatesNothing("moons DOUBLE vector", 3, warmedUp(500, () -> b.moonsDoubleVectorBatched(vector)));
        assertVectorAllocatesNothing("mnist FLOAT vector", 1, warmedUp(400, () -> b.mnistFloatVectorBatched(vector)));
    }

    @Test
    void trainingStepAllocatesNothing() {
        TrainStepBenchmark b = new TrainStepBenchmark();
        b.setUp();
        assertAllocatesNothing("moons FLOAT generated", 100, b::moonsFloatGenerated);
        assertAllocatesNothing("moons FLOAT baseline", 100, b::moonsFloatBaseline);
        assertAllocatesNothing("moons DOUBLE generated", 100, b::moonsDoubleGenerated);
        assertAllocatesNothing("moons DOUBLE baseline", 100, b::moonsDoubleBaseline);
        assertAllocatesNothing("mnist FLOAT generated", 2, b::mnistFloatGenerated);
        assertAllocatesNothing("mnist FLOAT baseline", 2, b::mnistFloatBaseline);
        assertAllocatesNothing("mnist DOUBLE generated", 2, b::mnistDoubleGenerated);
        assertAllocatesNothing("mnist DOUBLE baseline", 2, b::mnistDoubleBaseline);
    }

    /**
     * Calls {@code body} (its result discarded, never boxed) twice to warm it up, then counts this thread's
     * allocations over windows of {@code calls} calls until one window allocates nothing, trying at most
     * {@value #WINDOWS} windows. While C2 is still compiling, a deoptimization now and then allocates a few
     * hundred bytes once (never under -Xint or C1 alone); an allocation in the body itself would show in
     * every window.
     */
    private static void assertAllocatesNothing(String what, int calls, Runnable body) {
        assertSomeWindowAllocatesNothing(what, calls, body, 0);
    }

    /**
     * {@link #assertAllocatesNothing} for a backend = VECTOR body, which boxes its vectors until C2 has
     * compiled its kernels: it keeps measuring windows for up to {@value #VECTOR_PATIENCE_SECONDS} s. On
     * JDK 17 the one C2 thread of this 2-core machine can take seconds to reach the 784-256-128-10 kernels
     * after the moons ones (in one CI run all 20 windows allocated 500,480 bytes per 20 calls). A kernel
     * that still boxes once compiled allocates in every window and fails.
     */
    private static void assertVectorAllocatesNothing(String what, int calls, Runnable body) {
        assertSomeWindowAllocatesNothing(what, calls, body, TimeUnit.SECONDS.toNanos(VECTOR_PATIENCE_SECONDS));
    }

    private static void assertSomeWindowAllocatesNothing(String what, int calls, Runnable body, long patienceNanos) {
        assumeTrue(THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled());
        body.run();
        body.run();
        long empty = allocatedBytes();
        empty = allocatedBytes() - empty;
        long deadline = System.nanoTime() + patienceNanos;
        long allocated = -1;
        int window = 0;
        while (allocated != 0 && (window < WINDOWS || System.nanoTime() - deadline < 0)) {
            long before = allocatedBytes();
            for (int call = 0; call < calls; call++) {
                body.run();
            }
            allocated = allocatedBytes() - before - empty;
            window++;
        }
        assertEquals(0, allocated, what + ": bytes allocated by " + calls + " calls, in each of " + window
                + " windows");
    }

    /**
     * {@code body} after {@code calls} calls. Vector API code allocates a box per vector operation until C2
     * compiles it (the interpreter and C1 do not keep vectors in registers), so a backend = VECTOR body is
     * warmed up until C2 has taken it over; the SCALAR bodies allocate nothing even interpreted.
     */
    private static Runnable warmedUp(int calls, Runnable body) {
        for (int call = 0; call < calls; call++) {
            body.run();
        }
        return body;
    }

    private static long allocatedBytes() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
