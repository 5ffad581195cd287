package dev.autonet.runtime.data;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * "A training step allocates nothing in steady state": {@link Batches#next} must not allocate, and an epoch
 * may allocate at most its one generator. Measured with the current thread's allocation counter.
 */
class BatchesAllocationTest {
    private static final int EPOCHS = 1_000;
    private static final int WARM_UP_EPOCHS = 3_000;
    /** Bytes over all measured epochs: a single allocation per next() call would be at least 1.6 MB. */
    private static final long NEXT_ALLOWANCE = 1_024;
    /** Per epoch, startEpoch may allocate one SeededRandom (16–32 bytes) unless escape analysis removes it. */
    private static final long EPOCH_ALLOWANCE = 64;

    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private static com.sun.management.ThreadMXBean threads() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean ? bean : null;
    }

    private final Batches batches = Datasets.makeMoons(1_000, 0.1, 1).batches(10, 2);   // 100 batches an epoch
    private final float[] floatInputs = new float[20];
    private final float[] floatTargets = new float[10];
    private final double[] doubleInputs = new double[20];
    private final double[] doubleTargets = new double[10];

    @Test
    void nextAllocatesNothingAfterWarmUp() {
        assumeAllocationCounter();
        warmUp();
        long baseline = emptyMeasurement();
        long total = 0;
        for (int e = 0; e < EPOCHS; e++) {
            batches.startEpoch(e);   // not measured here: see the next test
            long before = THREADS.getCurrentThreadAllocatedBytes();
            drain(e % 2 == 0);
            total += THREADS.getCurrentThreadAllocatedBytes() - before - baseline;
        }
        assertTrue(total <= NEXT_ALLOWANCE,
                "next() allocated " + total + " bytes over " + EPOCHS * 100 + " calls (baseline " + baseline + ")");
    }

    @Test
    void aWholeEpochAllocatesAtMostOneGenerator() {
        assumeAllocationCounter();
        warmUp();
        long before = THREADS.getCurrentThreadAllocatedBytes();
        for (int e = 0; e < EPOCHS; e++) {
            batches.startEpoch(e);
            drain(false);
        }
        long perEpoch = (THREADS.getCurrentThreadAllocatedBytes() - before) / EPOCHS;
        assertTrue(perEpoch <= EPOCH_ALLOWANCE, "an epoch allocated " + perEpoch + " bytes");
    }

    private static void assumeAllocationCounter() {
        assumeTrue(THREADS != null && THREADS.isThreadAllocatedMemorySupported(), "no allocation counter");
        THREADS.setThreadAllocatedMemoryEnabled(true);
    }

    /** Enough calls for the JIT to compile next() and its callers, so the measurement sees steady state. */
    private void warmUp() {
        for (int e = 0; e < WARM_UP_EPOCHS; e++) {
            batches.startEpoch(e);
            drain(e % 2 == 0);
        }
    }

    /** What reading the counter twice costs, taken as the largest of several tries. */
    private static long emptyMeasurement() {
        long baseline = 0;
        for (int i = 0; i < 100; i++) {
            long before = THREADS.getCurrentThreadAllocatedBytes();
            baseline = Math.max(baseline, THREADS.getCurrentThreadAllocatedBytes() - before);
        }
        return baseline;
    }

    private void drain(boolean asFloat) {
        if (asFloat) {
            while (batches.next(floatInputs, floatTargets) > 0) {
                // only the copying is under test
            }
        } else {
            while (batches.next(doubleInputs, doubleTargets) > 0) {
                // only the copying is under test
            }
        }
    }
}
