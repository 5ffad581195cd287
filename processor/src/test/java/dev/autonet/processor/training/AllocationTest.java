package dev.autonet.processor.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.autonet.Backend;
import dev.autonet.runtime.data.Batches;
import dev.autonet.runtime.data.Dataset;
import dev.autonet.runtime.data.Datasets;
import dev.autonet.runtime.optim.Adam;
import dev.autonet.runtime.optim.Optimizer;
import dev.autonet.runtime.optim.Sgd;
import dev.autonet.runtime.train.Trainable;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A training step allocates nothing in steady state. After warm-up (buffers grown, optimizer state made,
 * the JIT at work), this thread's allocated bytes (com.sun.management.ThreadMXBean) are read before and
 * after {@value #MEASURED} steps of {@code computeBatch} + {@code applyStep}, and of
 * {@code lossAndGradient}, and compared with the baseline of an empty measurement, which HotSpot reports
 * as 0 bytes. Allowance: none. Starting an epoch of the batches (one small generator per epoch) is not
 * part of a step and happens outside the measurement.
 *
 * <p>Steps and calls are measured in up to {@value #WINDOWS} consecutive windows of {@value #MEASURED},
 * and the least any window allocated must be 0: an allocation in a step shows in every window, but
 * HotSpot itself appears to allocate once when it moves a running loop into code compiled on stack
 * replacement (OSR): inferred from the measurements below, not traced to the allocating code. Measured on the tiled trainer on a loaded machine: 264 bytes, once, at a random step of the
 * first window in 2 of 3 runs of the steps, and 584 bytes in one run of lossAndGradient; never with {@code -XX:-UseOnStackReplacement} or with C1 alone; the
 * same at {@code -XX:-EliminateAllocations}, so no object of the step is being scalar-replaced. Both backends:
 * a VECTOR trainer allocates nothing either once C2 has compiled its Vector API kernels, so its steps and
 * calls get windows until one allocates nothing, for up to {@code VECTOR_PATIENCE_NANOS}.
 */
class AllocationTest {
    private static final int BATCH = 64;
    private static final int WARM_UP = 3000;
    private static final int MEASURED = 2000;
    /**
     * Calls of a VECTOR trainer's {@code lossAndGradient} before measuring: its Vector API kernels box every
     * vector until C2 has compiled them, which 3,000 calls did not always give it time to do.
     */
    private static final int VECTOR_WARM_UP = 20_000;
    private static final int WINDOWS = 3;
    /**
     * How long a VECTOR trainer's calls get to reach a window that allocates nothing. Its kernels box every
     * vector until C2 has compiled them, and C2 (one compiler thread on a 2-vCPU machine) works through a
     * queue of dozens of large Vector API methods, each compiled twice (on stack replacement and normally):
     * in a traced run, two kernels were installed 0.5 s after they were queued, after 27,858 calls
     * (benchmarks/RESULTS.md, "The VECTOR trainer"). A kernel that boxes once compiled shows in every window.
     */
    private static final long VECTOR_PATIENCE_NANOS = 30_000_000_000L;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"sgd, SCALAR", "adam, SCALAR", "sgd, VECTOR", "adam, VECTOR"})
    void computeBatchAndApplyStepAllocateNothing(String optimizerName, Backend backend) {
        assumeTrue(THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled());
        Optimizer optimizer = optimizerName.equals("sgd") ? Sgd.learningRate(0.01).momentum(0.9) : Adam.defaults();
        Dataset data = Datasets.makeMoons(BATCH * (WARM_UP + WINDOWS * MEASURED), 0.2, 3);
        Trainable trainer = backend == Backend.VECTOR
                ? new TrainingNetworks_VectorMoonsTrainer(TrainingNetworks_VectorMoonsModel.initialize(3))
                : new TrainingNetworks_MoonsTrainer(TrainingNetworks_MoonsModel.initialize(3));
        Batches batches = Batches.shuffled(data, BATCH, 3);
        batches.startEpoch(0);
        trainer.startEpoch();
        steps(trainer, optimizer, batches, WARM_UP);
        String what = "bytes allocated by " + MEASURED + " steps with " + optimizer;
        if (backend == Backend.VECTOR) {
            // Windows until one allocates nothing; a new epoch, when this one has too few batches left,
            // starts outside the measurement.
            int[] stepsLeft = {batches.batchesPerEpoch() - WARM_UP};
            assertSomeWindowAllocatesNothing(() -> {
                steps(trainer, optimizer, batches, MEASURED);
                stepsLeft[0] -= MEASURED;
            }, () -> {
                if (stepsLeft[0] < MEASURED) {
                    batches.startEpoch(batches.epoch() + 1);
                    trainer.startEpoch();
                    stepsLeft[0] = batches.batchesPerEpoch();
                }
            }, what);
            return;
        }
        long baseline = emptyMeasurement();
        long allocated = leastOverWindows(() -> steps(trainer, optimizer, batches, MEASURED));
        assertEquals(0, baseline, "an empty measurement");
        assertEquals(0, allocated - baseline, what);
    }

    /** The moons trainers' {@code lossAndGradient(inputs, targets, rows, parameterGradient, inputGradient)}. */
    private interface LossAndGradient {
        double apply(float[] inputs, float[] targets, int rows, float[] parameterGradient, float[] inputGradient);
    }

    /*
     * VECTOR at 64 rows only: with 20,000 one-row calls as the only warm-up, some of the VECTOR trainers'
     * kernels were still boxing their vectors in about half the runs of the training tests (5 to 13 KB a
     * call, JDK 17 and 25): still in C1 code, C2 having compiled only their OSR versions or not yet reached
     * them. Put back with the patient helper, the one-row case passed, but the DOUBLE chain after it then
     * boxed for the whole 60 s (its kernel's normal entry never reached C2). README, "Vector backend",
     * states the limitation.
     */
    @ParameterizedTest(name = "{0} rows, {1}")
    @CsvSource({"1, SCALAR", "64, SCALAR", "64, VECTOR"})
    void lossAndGradientAllocatesNothing(int rows, Backend backend) {
        assumeTrue(THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled());
        LossAndGradient trainer = backend == Backend.VECTOR
                ? new TrainingNetworks_VectorMoonsTrainer(TrainingNetworks_VectorMoonsModel.initialize(5))::lossAndGradient
                : new TrainingNetworks_MoonsTrainer(TrainingNetworks_MoonsModel.initialize(5))::lossAndGradient;
        float[] inputs = new float[rows * 2];
        float[] targets = new float[rows];
        for (int r = 0; r < rows; r++) {
            inputs[2 * r] = (r % 7) / 3f - 1;
            inputs[2 * r + 1] = (r % 5) / 2f - 1;
            targets[r] = r % 2;
        }
        float[] parameterGradient = new float[TrainingNetworks_MoonsTrainer.PARAMETER_COUNT];
        float[] inputGradient = new float[rows * 2];
        DoubleSupplier call = () -> trainer.apply(inputs, targets, rows, parameterGradient, inputGradient);
        if (backend == Backend.VECTOR) {
            assertVectorCallsAllocateNothing(rows, call);
        } else {
            assertCallsAllocateNothing(WARM_UP, rows, call);
        }
    }

    /**
     * A VECTOR trainer in DOUBLE whose layers (17, 20, 9 and 3 units) end in blocks narrower than four units,
     * with leaky ReLU, PReLU and tanh between them; a batch of 64 rows (see above for one row).
     */
    @Test
    void vectorChainLossAndGradientAllocatesNothing() {
        int rows = BATCH;
        assumeTrue(THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled());
        TrainingNetworks_VectorChainTrainer trainer =
                new TrainingNetworks_VectorChainTrainer(TrainingNetworks_VectorChainModel.initialize(5));
        double[] inputs = new double[rows * 30];
        double[] targets = new double[rows * 3];
        for (int k = 0; k < inputs.length; k++) {
            inputs[k] = (k % 11) / 5.0 - 1;
        }
        for (int k = 0; k < targets.length; k++) {
            targets[k] = (k % 7) / 3.0 - 1;
        }
        double[] parameterGradient = new double[TrainingNetworks_VectorChainTrainer.PARAMETER_COUNT];
        double[] inputGradient = new double[inputs.length];
        assertVectorCallsAllocateNothing(rows,
                () -> trainer.lossAndGradient(inputs, targets, rows, parameterGradient, inputGradient));
    }

    // After warmUp calls, the least that MEASURED calls allocate in one of WINDOWS windows is 0; losses finite.
    private static void assertCallsAllocateNothing(int warmUp, int rows, DoubleSupplier call) {
        double sum = 0;
        for (int i = 0; i < warmUp; i++) {
            sum += call.getAsDouble();
        }
        long baseline = emptyMeasurement();
        double[] measuredSum = {0};
        long allocated = leastOverWindows(() -> {
            for (int i = 0; i < MEASURED; i++) {
                measuredSum[0] += call.getAsDouble();
            }
        });
        assertTrue(Double.isFinite(sum + measuredSum[0]));
        assertEquals(0, allocated - baseline, "bytes allocated by " + MEASURED + " calls over " + rows + " rows");
    }

    // After VECTOR_WARM_UP calls, windows of MEASURED calls until one allocates nothing; losses finite.
    private static void assertVectorCallsAllocateNothing(int rows, DoubleSupplier call) {
        double[] sum = {0};
        for (int i = 0; i < VECTOR_WARM_UP; i++) {
            sum[0] += call.getAsDouble();
        }
        assertSomeWindowAllocatesNothing(() -> {
            for (int i = 0; i < MEASURED; i++) {
                sum[0] += call.getAsDouble();
            }
        }, () -> {}, "bytes allocated by " + MEASURED + " calls over " + rows + " rows");
        assertTrue(Double.isFinite(sum[0]));
    }

    /*
     * Runs between and then window, measuring only window, until a window allocates nothing, for at most
     * VECTOR_PATIENCE_NANOS; fails with every window's bytes if none does.
     */
    private static void assertSomeWindowAllocatesNothing(Runnable window, Runnable between, String what) {
        long baseline = emptyMeasurement();
        List<Long> windows = new ArrayList<>();
        long start = System.nanoTime();
        do {
            between.run();
            long before = allocatedBytes();
            window.run();
            long bytes = allocatedBytes() - before - baseline;
            if (bytes == 0) {
                return;
            }
            windows.add(bytes);
        } while (System.nanoTime() - start < VECTOR_PATIENCE_NANOS);
        fail(what + ", in every window: " + windows);
    }

    private static void steps(Trainable trainer, Optimizer optimizer, Batches batches, int steps) {
        for (int step = 0; step < steps; step++) {
            if (trainer.computeBatch(batches) == 0 || !trainer.applyStep(optimizer)) {
                throw new AssertionError("step " + step + " found no batch or diverged");
            }
        }
    }

    // The least this thread allocated in one of up to WINDOWS runs of window, stopping at the first 0.
    private static long leastOverWindows(Runnable window) {
        long least = Long.MAX_VALUE;
        for (int run = 0; run < WINDOWS && least != 0; run++) {
            long before = allocatedBytes();
            window.run();
            least = Math.min(least, allocatedBytes() - before);
        }
        return least;
    }

    private static long emptyMeasurement() {
        long before = allocatedBytes();
        return allocatedBytes() - before;
    }

    private static long allocatedBytes() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
