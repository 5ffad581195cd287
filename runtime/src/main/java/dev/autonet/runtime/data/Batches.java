package dev.autonet.runtime.data;

import dev.autonet.runtime.SeededRandom;
import java.util.Objects;

/**
 * Mini-batches over a {@link Dataset}, copied into caller-provided flat row-major buffers, in a fresh seeded
 * order each epoch (or in row order, for evaluation).
 *
 * <p>A loop over one epoch reads:
 * <pre>{@code
 * batches.startEpoch(epoch);
 * for (int n; (n = batches.next(inputs, targets)) > 0; ) {
 *     trainer.step(inputs, targets, n);   // the first n rows of each buffer are the batch
 * }
 * }</pre>
 * Every row appears exactly once per epoch; the last batch holds the remainder and may be smaller (PyTorch's
 * {@code DataLoader} with {@code drop_last=False}). The order of epoch {@code e} is a Fisher–Yates shuffle
 * by a {@link SeededRandom} seeded from {@code (seed, e)} alone, so it does not depend on which epochs ran
 * before: resuming at epoch 7 replays epoch 7's order. {@link #next} allocates nothing; {@link #startEpoch}
 * allocates at most that one small generator. Not thread-safe: give each thread its own instance.
 */
public final class Batches {
    private final Dataset data;
    private final int batchSize;
    private final boolean shuffle;
    private final long seed;
    private final int[] order;
    private int epoch;
    private int position;

    private Batches(Dataset data, int batchSize, boolean shuffle, long seed) {
        this.data = Objects.requireNonNull(data, "data");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize " + batchSize + " must be at least 1");
        }
        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.seed = seed;
        this.order = Shuffle.identity(data.rows());
        startEpoch(0);
    }

    /**
     * Batches of {@code batchSize} rows (the last may be smaller) in a new order each epoch, derived from
     * {@code seed} and the epoch number. Positioned at the start of epoch 0.
     */
    public static Batches shuffled(Dataset data, int batchSize, long seed) {
        return new Batches(data, batchSize, true, seed);
    }

    /** Batches of {@code batchSize} rows in row order, the same every epoch: for evaluation and prediction. */
    public static Batches ordered(Dataset data, int batchSize) {
        return new Batches(data, batchSize, false, 0);
    }

    /** Rewinds to the first batch of {@code epoch} (counted from 0), reshuffling if this instance shuffles. */
    public void startEpoch(int epoch) {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch " + epoch + " is negative");
        }
        this.epoch = epoch;
        this.position = 0;
        if (shuffle) {
            // From the identity, not the previous order, so that epoch e's order depends only on (seed, e).
            Shuffle.resetToIdentity(order);
            Shuffle.fisherYates(order, new SeededRandom(Shuffle.streamSeed(seed, Shuffle.BATCH_STREAM, epoch)));
        }
    }

    /**
     * Copies the next batch into {@code inputs} ({@code n × featureCount} values) and {@code targets}
     * ({@code n × targetWidth} values), rounding to float, and returns {@code n}: {@link #batchSize()} except
     * for a smaller last batch, and 0 once the epoch is exhausted. Values past the first {@code n} rows are
     * left as they were. Each buffer must hold a full batch.
     */
    public int next(float[] inputs, float[] targets) {
        checkBuffers(inputs.length, targets.length);
        int n = Math.min(batchSize, order.length - position);
        int featureCount = data.featureCount();
        int targetWidth = data.targetWidth();
        for (int i = 0; i < n; i++) {
            int row = order[position + i];
            Dataset.copy(data.featureArray(), row * featureCount, inputs, i * featureCount, featureCount);
            Dataset.copy(data.targetArray(), row * targetWidth, targets, i * targetWidth, targetWidth);
        }
        position += n;
        return n;
    }

    /** {@link #next(float[], float[])} for DOUBLE networks: the same rows, not rounded. */
    public int next(double[] inputs, double[] targets) {
        checkBuffers(inputs.length, targets.length);
        int n = Math.min(batchSize, order.length - position);
        int featureCount = data.featureCount();
        int targetWidth = data.targetWidth();
        for (int i = 0; i < n; i++) {
            int row = order[position + i];
            System.arraycopy(data.featureArray(), row * featureCount, inputs, i * featureCount, featureCount);
            System.arraycopy(data.targetArray(), row * targetWidth, targets, i * targetWidth, targetWidth);
        }
        position += n;
        return n;
    }

    private void checkBuffers(int inputLength, int targetLength) {
        long inputsNeeded = (long) batchSize * data.featureCount();
        long targetsNeeded = (long) batchSize * data.targetWidth();
        if (inputLength < inputsNeeded || targetLength < targetsNeeded) {
            throw new IllegalArgumentException("a batch of " + batchSize + " rows needs " + inputsNeeded
                    + " input and " + targetsNeeded + " target values, but the buffers hold " + inputLength
                    + " and " + targetLength);
        }
    }

    /** The data set row at {@code position} in this epoch's order: maps a batch row back to its source. */
    public int row(int position) {
        return order[Objects.checkIndex(position, order.length)];
    }

    /** The largest number of rows {@link #next} writes. */
    public int batchSize() {
        return batchSize;
    }

    /** Batches per epoch: {@code ceil(rows / batchSize)}. */
    public int batchesPerEpoch() {
        return (int) (((long) order.length + batchSize - 1) / batchSize);
    }

    /** The epoch last started ({@code 0} right after construction). */
    public int epoch() {
        return epoch;
    }

    /** Whether each epoch has its own shuffled order. */
    public boolean shuffles() {
        return shuffle;
    }

    /** The data set these batches read. */
    public Dataset data() {
        return data;
    }
}
