package dev.autonet.runtime.data;

import dev.autonet.runtime.SeededRandom;

/** Seeded permutations shared by {@link Batches}, {@link Split} and the toy data sets. */
final class Shuffle {
    /** Separates the generator streams of different uses of one user seed (split, batches, ...). */
    static final long SPLIT_STREAM = 1;
    static final long BATCH_STREAM = 2;

    private Shuffle() {}

    /** {@code 0, 1, ..., n - 1}. */
    static int[] identity(int n) {
        int[] order = new int[n];
        resetToIdentity(order);
        return order;
    }

    static void resetToIdentity(int[] order) {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
    }

    /** Fisher–Yates (Durstenfeld) shuffle of {@code order} in place: every permutation equally likely. */
    static void fisherYates(int[] order, SeededRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    /**
     * The seed of sub-stream {@code index} of use {@code stream} under the user's {@code seed}. SplitMix64
     * seeds that differ by a multiple of its increment give overlapping (shifted) sequences, and a user may
     * pass the same seed to a split and to batches; hashing (seed, stream, index) through the SplitMix64
     * finalizer keeps those sequences unrelated. This is hashing, not a source of random numbers.
     */
    static long streamSeed(long seed, long stream, long index) {
        return mix(seed ^ mix(stream * 0x9E3779B97F4A7C15L + mix(index)));
    }

    /** Stafford's variant 13 finalizer, the output function of SplitMix64. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
