package dev.autonet.runtime;

/**
 * A seeded random number generator, fully specified here so that a seed gives the same numbers on every
 * JDK and platform (java.util.Random and SplittableRandom do not promise that across versions).
 *
 * <p>The generator is SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
 * OOPSLA 2014). Its whole state is one 64-bit value, initially the seed; all arithmetic is modulo 2⁶⁴:
 * <pre>
 *   nextLong():     state += 0x9E3779B97F4A7C15
 *                   z = state
 *                   z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9
 *                   z = (z ^ (z >>> 27)) * 0x94D049BB133111EB
 *                   return z ^ (z >>> 31)
 *   nextDouble():   (nextLong() >>> 11) * 2⁻⁵³                      the top 53 bits; in [0, 1)
 *   nextInt(bound): Lemire's multiply-shift with rejection on the top 32 bits of nextLong() (see there)
 *   nextGaussian(): Marsaglia's polar method on pairs of nextDouble() (see there)
 * </pre>
 * Not thread-safe, and not suitable for cryptography.
 */
public final class SeededRandom {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private long state;

    /** A generator whose first {@link #nextLong()} is SplitMix64's first output for {@code seed}. */
    public SeededRandom(long seed) {
        this.state = seed;
    }

    /** The next 64 random bits: one SplitMix64 step. */
    public long nextLong() {
        long z = (state += GOLDEN_GAMMA);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform double in [0, 1): the top 53 bits of {@link #nextLong()} times 2⁻⁵³. */
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /**
     * A uniform int in [0, bound), without bias, by Lemire's method ("Fast random integer generation in
     * an interval", 2019): r = nextLong() >>> 32, m = r · bound; if the low 32 bits of m are below
     * 2³² mod bound, draw again; return the high 32 bits of m.
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was " + bound);
        }
        long product = (nextLong() >>> 32) * bound;
        long low = product & 0xFFFFFFFFL;
        if (low < bound) { // only then can low fall below the threshold, which costs a division to find
            long threshold = (1L << 32) % bound;
            while (low < threshold) {
                product = (nextLong() >>> 32) * bound;
                low = product & 0xFFFFFFFFL;
            }
        }
        return (int) (product >>> 32);
    }

    /**
     * A standard normal variate by Marsaglia's polar method: draw u = 2·nextDouble() − 1 and
     * v = 2·nextDouble() − 1 until 0 &lt; s = u² + v² &lt; 1, then return u·√(−2 ln s / s), using
     * StrictMath so the result is bit-identical everywhere. The second variate, v·√(…), is discarded,
     * which keeps the state a single long.
     */
    public double nextGaussian() {
        double u;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            double v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    }
}
