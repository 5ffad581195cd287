package dev.autonet.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchesTest {
    private static final int ROWS = 103;
    private static final int BATCH = 10;

    /** Row r has features (r, -r) and targets (2r, 0.5): each batch row names its source row. */
    private static Dataset numbered(int rows) {
        double[] features = new double[2 * rows];
        double[] targets = new double[2 * rows];
        for (int r = 0; r < rows; r++) {
            features[2 * r] = r;
            features[2 * r + 1] = -r;
            targets[2 * r] = 2 * r;
            targets[2 * r + 1] = 0.5;
        }
        return Dataset.of(2, features, 2, targets);
    }

    /** The source rows of one epoch, batch by batch, after checking each row's columns belong together. */
    private static List<int[]> epoch(Batches batches, int epoch) {
        batches.startEpoch(epoch);
        double[] inputs = new double[batches.batchSize() * 2];
        double[] targets = new double[batches.batchSize() * 2];
        List<int[]> result = new ArrayList<>();
        for (int n; (n = batches.next(inputs, targets)) > 0; ) {
            int[] rows = new int[n];
            for (int i = 0; i < n; i++) {
                rows[i] = (int) inputs[2 * i];
                assertEquals(-rows[i], inputs[2 * i + 1]);
                assertEquals(2 * rows[i], targets[2 * i]);
                assertEquals(0.5, targets[2 * i + 1]);
            }
            result.add(rows);
        }
        assertEquals(0, batches.next(inputs, targets), "stays exhausted");
        return result;
    }

    private static int[] flatten(List<int[]> batches) {
        return batches.stream().flatMapToInt(Arrays::stream).toArray();
    }

    @Test
    void everyRowExactlyOncePerEpochWithASmallerLastBatch() {
        Batches batches = numbered(ROWS).batches(BATCH, 5);
        assertEquals(11, batches.batchesPerEpoch());
        for (int e = 0; e < 3; e++) {
            List<int[]> epoch = epoch(batches, e);
            assertEquals(11, epoch.size());
            for (int b = 0; b < 10; b++) {
                assertEquals(BATCH, epoch.get(b).length);
            }
            assertEquals(3, epoch.get(10).length);
            int[] sorted = flatten(epoch);
            Arrays.sort(sorted);
            assertArrayEquals(IntStream.range(0, ROWS).toArray(), sorted, "epoch " + e);
        }
    }

    @Test
    void orderChangesFromEpochToEpochAndIsShuffled() {
        Batches batches = numbered(ROWS).batches(BATCH, 5);
        int[] first = flatten(epoch(batches, 0));
        int[] second = flatten(epoch(batches, 1));
        assertFalse(Arrays.equals(first, second));
        assertFalse(Arrays.equals(IntStream.range(0, ROWS).toArray(), first));
    }

    @Test
    void sameSeedSameOrderAndOtherSeedsDiffer() {
        Dataset data = numbered(ROWS);
        Batches one = data.batches(BATCH, 99);
        Batches two = Batches.shuffled(data, BATCH, 99);
        Batches other = data.batches(BATCH, 100);
        for (int e = 0; e < 4; e++) {
            int[] order = flatten(epoch(one, e));
            assertArrayEquals(order, flatten(epoch(two, e)), "epoch " + e);
            assertFalse(Arrays.equals(order, flatten(epoch(other, e))), "epoch " + e);
        }
    }

    @Test
    void anEpochsOrderDependsOnlyOnSeedAndEpoch() {
        Dataset data = numbered(ROWS);
        Batches inSequence = data.batches(BATCH, 3);
        for (int e = 0; e < 7; e++) {
            epoch(inSequence, e);
        }
        int[] resumed = flatten(epoch(data.batches(BATCH, 3), 6));
        assertArrayEquals(resumed, flatten(epoch(inSequence, 6)));
        assertEquals(6, inSequence.epoch());
        assertEquals(resumed[0], inSequence.row(0));
    }

    @Test
    void orderedBatchesFollowRowOrderEveryEpoch() {
        Batches batches = numbered(ROWS).orderedBatches(BATCH);
        assertFalse(batches.shuffles());
        int[] rowOrder = IntStream.range(0, ROWS).toArray();
        assertArrayEquals(rowOrder, flatten(epoch(batches, 0)));
        assertArrayEquals(rowOrder, flatten(epoch(batches, 1)));
    }

    @Test
    void floatBuffersGetTheSameRowsRounded() {
        Dataset data = Dataset.of(new double[][] {{0.1}, {0.2}, {0.3}}, new double[][] {{1}, {0}, {1}});
        Batches doubles = data.batches(2, 8);
        Batches floats = data.batches(2, 8);
        double[] dIn = new double[2];
        double[] dOut = new double[2];
        float[] fIn = new float[2];
        float[] fOut = new float[2];
        for (int expected : new int[] {2, 1, 0}) {
            assertEquals(expected, doubles.next(dIn, dOut));
            assertEquals(expected, floats.next(fIn, fOut));
            for (int i = 0; i < expected; i++) {
                assertEquals((float) dIn[i], fIn[i]);
                assertEquals((float) dOut[i], fOut[i]);
            }
        }
    }

    @Test
    void aBatchLargerThanTheDataSetIsOneBatch() {
        Batches batches = numbered(5).batches(64, 1);
        assertEquals(1, batches.batchesPerEpoch());
        assertEquals(5, epoch(batches, 0).get(0).length);
        Batches empty = Dataset.of(1, new double[0], 1, new double[0]).batches(4, 1);
        assertEquals(0, empty.batchesPerEpoch());
        assertEquals(0, empty.next(new float[4], new float[4]));
    }

    @Test
    void rejectsBadArguments() {
        Dataset data = numbered(ROWS);
        Expect.illegalArgument("batchSize 0 must be at least 1", () -> data.batches(0, 1));
        Expect.illegalArgument("epoch -1 is negative", () -> data.orderedBatches(4).startEpoch(-1));
        Expect.illegalArgument("a batch of 10 rows needs 20 input and 20 target values, but the buffers hold 19 and 20",
                () -> data.batches(BATCH, 1).next(new float[19], new float[20]));
        Expect.illegalArgument("a batch of 10 rows needs 20 input and 20 target values, but the buffers hold 20 and 2",
                () -> data.batches(BATCH, 1).next(new double[20], new double[2]));
        assertTrue(data.batches(BATCH, 1).shuffles());
    }
}
