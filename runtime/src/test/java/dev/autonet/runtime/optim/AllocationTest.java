package dev.autonet.runtime.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A training step allocates nothing once its state exists: after {@value WARM_UP} warm-up steps (state
 * allocated, JIT compiled), {@value MEASURED} steps with a {@code setEpoch} every 1000 allocate 0 bytes on
 * this thread beyond the baseline of an empty measurement (which HotSpot reports as 0). Allowance: none.
 * The steps allocate nothing in the interpreter and C1 either (Adam avoids {@code StrictMath.pow}, see
 * {@link Powers}), so the result does not hang on what the JIT has compiled by then.
 */
class AllocationTest {
    private static final int LENGTH = 1000;
    private static final int WARM_UP = 20_000;
    private static final int MEASURED = 10_000;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static List<Arguments> optimizers() {
        return Optimizers.arguments();
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void floatStepsAllocateNothing(Supplier<Optimizer> factory) {
        assumeTrue(THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled());
        Optimizer optimizer = factory.get();
        float[] parameters = new float[LENGTH];
        float[] gradient = new float[LENGTH];
        trainFloat(optimizer, parameters, gradient, WARM_UP);
        long baseline = emptyMeasurement();
        long before = allocatedBytes();
        trainFloat(optimizer, parameters, gradient, MEASURED);
        long allocated = allocatedBytes() - before;
        assertEquals(0, allocated - baseline, "bytes allocated by " + MEASURED + " float steps of " + optimizer);
    }

    @ParameterizedTest
    @MethodSource("optimizers")
    void doubleStepsAllocateNothing(Supplier<Optimizer> factory) {
        assumeTrue(THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled());
        Optimizer optimizer = factory.get();
        double[] parameters = new double[LENGTH];
        double[] gradient = new double[LENGTH];
        trainDouble(optimizer, parameters, gradient, WARM_UP);
        long baseline = emptyMeasurement();
        long before = allocatedBytes();
        trainDouble(optimizer, parameters, gradient, MEASURED);
        long allocated = allocatedBytes() - before;
        assertEquals(0, allocated - baseline, "bytes allocated by " + MEASURED + " double steps of " + optimizer);
    }

    /** Steps towards θ_i = i/LENGTH (gradient 2(θ − c), computed in place), starting an epoch every 1000. */
    private static void trainFloat(Optimizer optimizer, float[] parameters, float[] gradient, int steps) {
        for (int step = 0; step < steps; step++) {
            if (step % 1000 == 0) {
                optimizer.setEpoch(step / 1000 % 60);
            }
            for (int i = 0; i < LENGTH; i++) {
                gradient[i] = 2 * (parameters[i] - (float) i / LENGTH);
            }
            optimizer.step(parameters, gradient);
        }
    }

    private static void trainDouble(Optimizer optimizer, double[] parameters, double[] gradient, int steps) {
        for (int step = 0; step < steps; step++) {
            if (step % 1000 == 0) {
                optimizer.setEpoch(step / 1000 % 60);
            }
            for (int i = 0; i < LENGTH; i++) {
                gradient[i] = 2 * (parameters[i] - (double) i / LENGTH);
            }
            optimizer.step(parameters, gradient);
        }
    }

    /** What two back-to-back readings differ by: the cost of measuring itself. */
    private static long emptyMeasurement() {
        long before = allocatedBytes();
        return allocatedBytes() - before;
    }

    private static long allocatedBytes() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
