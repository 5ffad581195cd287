package dev.autonet.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChecksTest {
    @Test
    void checkLengthAcceptsTheExpectedLength() {
        assertDoesNotThrow(() -> Checks.checkLength("input", new float[2], 2));
        assertDoesNotThrow(() -> Checks.checkLength("input", new double[0], 0));
    }

    @Test
    void checkLengthNamesTheArgumentAndBothLengths() {
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class,
                () -> Checks.checkLength("input", new float[3], 2));
        assertEquals("input has length 3, expected 2", f.getMessage());
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class,
                () -> Checks.checkLength("output", new double[0], 4));
        assertEquals("output has length 0, expected 4", d.getMessage());
    }

    @Test
    void checkLengthNamesANullArgument() {
        NullPointerException f = assertThrows(NullPointerException.class,
                () -> Checks.checkLength("input", (float[]) null, 2));
        assertEquals("input is null", f.getMessage());
        NullPointerException d = assertThrows(NullPointerException.class,
                () -> Checks.checkLength("output", (double[]) null, 2));
        assertEquals("output is null", d.getMessage());
    }

    @Test
    void finiteCopyReturnsAnEqualButSeparateArray() {
        float[] f = {1, -2.5f, 0};
        float[] fCopy = Checks.finiteCopy(f, 3);
        assertArrayEquals(f, fCopy);
        assertNotSame(f, fCopy);
        double[] d = {Double.MAX_VALUE, -Double.MIN_VALUE};
        double[] dCopy = Checks.finiteCopy(d, 2);
        assertArrayEquals(d, dCopy);
        assertNotSame(d, dCopy);
        f[0] = 99;
        assertEquals(1f, fCopy[0]);
    }

    @Test
    void finiteCopyRejectsNull() {
        assertEquals("parameters is null", assertThrows(NullPointerException.class,
                () -> Checks.finiteCopy((float[]) null, 7)).getMessage());
        assertEquals("parameters is null", assertThrows(NullPointerException.class,
                () -> Checks.finiteCopy((double[]) null, 7)).getMessage());
    }

    @Test
    void finiteCopyRejectsAWrongLength() {
        assertEquals("parameters has length 5, expected 7", assertThrows(IllegalArgumentException.class,
                () -> Checks.finiteCopy(new float[5], 7)).getMessage());
        assertEquals("parameters has length 5, expected 7", assertThrows(IllegalArgumentException.class,
                () -> Checks.finiteCopy(new double[5], 7)).getMessage());
    }

    @Test
    void finiteCopyNamesTheFirstNonFiniteFloat() {
        float[] nan = new float[20];
        nan[17] = Float.NaN;
        nan[19] = Float.POSITIVE_INFINITY;
        assertEquals("parameters[17] is NaN; every parameter must be finite",
                assertThrows(IllegalArgumentException.class, () -> Checks.finiteCopy(nan, 20)).getMessage());
        float[] infinity = {0, Float.POSITIVE_INFINITY};
        assertEquals("parameters[1] is Infinity; every parameter must be finite",
                assertThrows(IllegalArgumentException.class, () -> Checks.finiteCopy(infinity, 2)).getMessage());
        float[] minusInfinity = {Float.NEGATIVE_INFINITY};
        assertEquals("parameters[0] is -Infinity; every parameter must be finite",
                assertThrows(IllegalArgumentException.class, () -> Checks.finiteCopy(minusInfinity, 1)).getMessage());
    }

    @Test
    void finiteCopyNamesTheFirstNonFiniteDouble() {
        double[] nan = new double[20];
        nan[17] = Double.NaN;
        assertEquals("parameters[17] is NaN; every parameter must be finite",
                assertThrows(IllegalArgumentException.class, () -> Checks.finiteCopy(nan, 20)).getMessage());
        double[] infinity = {Double.POSITIVE_INFINITY, Double.NaN};
        assertEquals("parameters[0] is Infinity; every parameter must be finite",
                assertThrows(IllegalArgumentException.class, () -> Checks.finiteCopy(infinity, 2)).getMessage());
        double[] minusInfinity = {1, 2, Double.NEGATIVE_INFINITY};
        assertEquals("parameters[2] is -Infinity; every parameter must be finite",
                assertThrows(IllegalArgumentException.class, () -> Checks.finiteCopy(minusInfinity, 3)).getMessage());
    }
}
