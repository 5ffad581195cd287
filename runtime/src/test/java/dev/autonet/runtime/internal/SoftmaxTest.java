package dev.autonet.runtime.internal;

import static dev.autonet.runtime.internal.ErfTest.assertRelative;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SoftmaxTest {
    /** softmax(1, 2, 3), exact values rounded to double (mpmath, 50 digits). */
    private static final double[] SOFTMAX_123 = {0.09003057317038046, 0.24472847105479764, 0.6652409557748219};

    @Test
    void matchesReferenceValues() {
        double[] v = {1, 2, 3};
        Activations.softmax(v, 0, 3);
        for (int i = 0; i < 3; i++) {
            assertRelative(SOFTMAX_123[i], v[i], 1e-15, "double softmax[" + i + "]");
        }
        float[] f = {1, 2, 3};
        Activations.softmax(f, 0, 3);
        for (int i = 0; i < 3; i++) {
            assertRelative(SOFTMAX_123[i], f[i], 1e-7, "float softmax[" + i + "]");
        }
    }

    @Test
    void hugeLogitsGiveFiniteProbabilitiesSummingToOne() {
        double[] v = {1000, -1000, 0};
        Activations.softmax(v, 0, 3);
        assertEquals(1.0, v[0] + v[1] + v[2], 1e-15);
        assertEquals(1.0, v[0], 1e-15);
        assertEquals(0.0, v[1]);
        assertTrue(v[2] >= 0 && v[2] < 1e-300); // e^-1000 underflows to 0
        float[] f = {1000, -1000, 0};
        Activations.softmax(f, 0, 3);
        assertEquals(1.0, (double) f[0] + f[1] + f[2], 1e-6);
        assertEquals(1f, f[0]);
        assertEquals(0f, f[1]);
        assertEquals(0f, f[2]);
    }

    @Test
    void shiftingAllLogitsChangesNothing() {
        double[] v = {1 + 700, 2 + 700, 3 + 700}; // e^703 alone would overflow
        Activations.softmax(v, 0, 3);
        for (int i = 0; i < 3; i++) {
            assertRelative(SOFTMAX_123[i], v[i], 1e-13, "shifted softmax[" + i + "]"); // 700 + k is rounded
        }
    }

    @Test
    void touchesOnlyTheGivenRange() {
        double[] v = {9, 1, 2, 3, 9};
        Activations.softmax(v, 1, 3);
        assertEquals(9.0, v[0]);
        assertEquals(9.0, v[4]);
        assertRelative(SOFTMAX_123[2], v[3], 1e-15, "softmax at offset");
        float[] f = {9, 9, 1, 2, 3, 9};
        Activations.softmax(f, 2, 3);
        assertArrayEquals(new float[] {9, 9}, new float[] {f[0], f[1]});
        assertEquals(9f, f[5]);
        assertRelative(SOFTMAX_123[0], f[2], 1e-7, "float softmax at offset");
    }

    @Test
    void rejectsARangeOutsideTheArray() {
        assertThrows(IndexOutOfBoundsException.class, () -> Activations.softmax(new double[3], 1, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> Activations.softmax(new float[3], -1, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> Activations.logSumExp(new double[3], 2, 2));
    }

    @Test
    void logSumExpIsStable() {
        assertRelative(3.40760596444438, Activations.logSumExp(new double[] {1, 2, 3}, 0, 3), 1e-15, "lse(1,2,3)");
        assertRelative(3.40760596444438, Activations.logSumExp(new float[] {1, 2, 3}, 0, 3), 1e-15, "float lse");
        assertRelative(1000.6931471805599, Activations.logSumExp(new double[] {1000, 1000}, 0, 2), 1e-15, "lse(1000,1000)");
        assertRelative(-999.3068528194401, Activations.logSumExp(new float[] {-1000, -1000}, 0, 2), 1e-15, "lse(-1000,-1000)");
        assertEquals(1000.0, Activations.logSumExp(new double[] {1000, -1000, 0}, 0, 3), 1e-12);
        assertRelative(2.0, Activations.logSumExp(new double[] {7, 2, 7}, 1, 1), 0, "single element");
    }

    @Test
    void logSumExpEdgeCases() {
        assertEquals(Double.NEGATIVE_INFINITY, Activations.logSumExp(new double[] {1}, 0, 0));
        double minusInfinity = Double.NEGATIVE_INFINITY;
        assertEquals(minusInfinity, Activations.logSumExp(new double[] {minusInfinity, minusInfinity}, 0, 2));
        assertEquals(3.0, Activations.logSumExp(new double[] {minusInfinity, 3}, 0, 2));
        assertEquals(Double.POSITIVE_INFINITY, Activations.logSumExp(new float[] {Float.POSITIVE_INFINITY, 1}, 0, 2));
        assertTrue(Double.isNaN(Activations.logSumExp(new double[] {Double.NaN, 1}, 0, 2)));
    }
}
