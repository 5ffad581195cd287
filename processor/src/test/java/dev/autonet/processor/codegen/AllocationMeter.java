package dev.autonet.processor.codegen;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the bytes a call allocates on this thread with HotSpot's per-thread counter
 * ({@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}), which sees every byte, TLAB or not; for
 * {@link AllocationTest} and {@code batched.BatchedAllocationTest}.
 *
 * <p>The readings themselves could allocate (the very first pair on a thread does: 216 bytes on JDK 17), so
 * {@link #calibrated} takes the same measurement around an empty loop, after a warm-up of its own, as the
 * baseline (0 on JDK 17), and a window of calls passes when it allocates exactly the baseline. HotSpot also
 * charges a thread a few dozen bytes, once, when that thread's calls trigger a C2 compilation: a window of
 * calls to {@code static int f(int x) { return x + 1; }} shows 48 bytes the first time and never with
 * -XX:TieredStopAtLevel=1. Large generated methods can reach C2 (or be recompiled after a deoptimization)
 * after the warm-up, so roughly one surefire run in eight saw such a one-off (48 to 312 bytes) in one or two
 * consecutive windows. So a call gets up to {@value #ROUNDS} windows and must have one that allocates
 * nothing, while a single object per call would show in every window as at least 16 bytes × calls.
 */
public final class AllocationMeter {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final int ROUNDS = 5;
    private static final long VECTOR_PATIENCE_NANOS = 30_000_000_000L;
    private static final int VECTOR_WARM_UP_FACTOR = 5;

    private final long baseline;

    private AllocationMeter(long baseline) {
        this.baseline = baseline;
    }

    /**
     * A meter whose baseline is a window of {@code calls} empty calls after {@code warmUp} of them; skips the
     * test where this JVM cannot count allocated bytes per thread.
     */
    public static AllocationMeter calibrated(int warmUp, int calls) {
        assumeTrue(THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled(),
                "this JVM cannot count allocated bytes per thread");
        Runnable nothing = () -> {};
        allocatedBy(nothing, warmUp);
        return new AllocationMeter(allocatedBy(nothing, calls));
    }

    /** What an empty window allocates. */
    public long baseline() {
        return baseline;
    }

    /** Calls {@code call} {@code warmUp} times, then fails unless one of up to {@value #ROUNDS} windows of {@code calls} allocates the baseline. */
    public void assertAllocationFree(Runnable call, int warmUp, int calls) {
        assertSomeWindowAtBaseline(call, warmUp, calls);
    }

    /**
     * As {@link #assertAllocationFree}, with five times the warm-up and windows for up to 30 s: a backend = VECTOR
     * kernel boxes every vector until C2 has compiled it, and C2 works through a queue of large Vector API
     * methods, so on a busy machine that takes longer than a SCALAR method needs, a time rather than a number
     * of calls (benchmarks/RESULTS.md, "The VECTOR trainer"). Once compiled it must allocate nothing, and a
     * kernel that boxes for good shows in every window.
     */
    public void assertVectorAllocationFree(Runnable call, int warmUp, int calls) {
        allocatedBy(call, VECTOR_WARM_UP_FACTOR * warmUp);
        List<Long> windows = new ArrayList<>();
        long start = System.nanoTime();
        do {
            long bytes = allocatedBy(call, calls);
            if (bytes == baseline) {
                return;
            }
            windows.add(bytes);
        } while (System.nanoTime() - start < VECTOR_PATIENCE_NANOS);
        fail(message(calls, windows));
    }

    private void assertSomeWindowAtBaseline(Runnable call, int warmUp, int calls) {
        allocatedBy(call, warmUp);
        List<Long> windows = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long bytes = allocatedBy(call, calls);
            if (bytes == baseline) {
                return;
            }
            windows.add(bytes);
        }
        fail(message(calls, windows));
    }

    private String message(int calls, List<Long> windows) {
        return "bytes allocated by windows of " + calls + " calls: " + windows + ", none at the baseline of " + baseline;
    }

    /** The bytes this thread allocates over {@code calls} calls of {@code call}. */
    public static long allocatedBy(Runnable call, int calls) {
        long thread = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(thread);
        for (int i = 0; i < calls; i++) {
            call.run();
        }
        return THREADS.getThreadAllocatedBytes(thread) - before;
    }
}
