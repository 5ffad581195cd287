package dev.autonet.runtime.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Whole powers by repeated squaring: exact where every product is representable, else close to pow. */
class PowersTest {

    @Test
    void exactPowers() {
        assertEquals(1, Powers.power(0.9, 0), 0.0);
        assertEquals(0.9, Powers.power(0.9, 1), 0.0);
        assertEquals(1024, Powers.power(2, 10), 0.0);
        assertEquals(0.0625, Powers.power(0.5, 4), 0.0);
        assertEquals(0, Powers.power(0, 3), 0.0);
    }

    @Test
    void closeToPowForAdamsExponents() {
        // Rounding errors compound through the squarings: relative error up to about t·2^-52.
        for (long t : new long[] {2, 3, 10, 999, 1000, 123_457, 1_000_000}) {
            for (double beta : new double[] {0.9, 0.99, 0.999, 0.9999}) {
                double expected = StrictMath.pow(beta, t);
                assertEquals(expected, Powers.power(beta, t), t * 0x1p-52 * expected, beta + "^" + t);
            }
        }
    }
}
