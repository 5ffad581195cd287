package dev.autonet.processor.batched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.autonet.processor.good.MnistDoubleModel;
import dev.autonet.processor.good.MoonsModel;
import org.junit.jupiter.api.Test;

/** The batched entry points reject a negative row count, short arrays and nulls, naming expected and actual. */
class BatchedArgumentTest {
    private final MoonsModel moons = MoonsModel.initialize(1);
    private final MnistDoubleModel mnist = MnistDoubleModel.initialize(2);

    @Test
    void negativeRows() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> moons.predict(new float[4], -1, new float[2]));
        assertEquals("rows is -1, expected at least 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> moons.logits(new float[4], -5, new float[2]));
        assertEquals("rows is -5, expected at least 0", e.getMessage());
    }

    @Test
    void inputsTooShort() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> moons.predict(new float[5], 3, new float[3]));
        assertEquals("inputs has length 5, expected at least 6 (3 rows of 2)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> mnist.predict(new double[784], 2, new double[20]));
        assertEquals("inputs has length 784, expected at least 1568 (2 rows of 784)", e.getMessage());
    }

    @Test
    void outputsTooShort() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> mnist.logits(new double[784 * 3], 3, new double[29]));
        assertEquals("outputs has length 29, expected at least 30 (3 rows of 10)", e.getMessage());
    }

    @Test
    void aRowCountWhoseProductOverflowsAnInt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> mnist.predict(new double[784], Integer.MAX_VALUE, new double[10]));
        assertEquals("inputs has length 784, expected at least " + 784L * Integer.MAX_VALUE + " (2147483647 rows of 784)",
                e.getMessage());
    }

    @Test
    void nulls() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> moons.predict(null, 0, new float[0]));
        assertEquals("inputs is null", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> moons.predict(new float[0], 0, null));
        assertEquals("outputs is null", e.getMessage());
    }

    @Test
    void zeroRowsOfEmptyArraysIsFine() {
        moons.predict(new float[0], 0, new float[0]);
        mnist.logits(new double[0], 0, new double[0]);
    }

    @Test
    void nothingIsWrittenWhenAnArgumentIsWrong() {
        float[] outputs = {7f, 7f, 7f};
        assertThrows(IllegalArgumentException.class, () -> moons.predict(new float[5], 3, outputs));
        assertEquals(7f, outputs[0]);
    }
}
