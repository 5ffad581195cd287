package dev.autonet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Offsets, fingerprints and the consistency checks of {@link Architecture}. */
class ArchitectureTest {
    private static final Architecture PRELU_NET = new Architecture(3, "DOUBLE", List.of(
            new Architecture.Layer("hidden", 3, 4, "PRELU", 0.25),
            new Architecture.Layer("out", 4, 2, "LINEAR", Double.NaN)), "HUBER", 0.5);

    @Test
    void offsetsFollowTheFlatLayout() {
        // hidden: W 3x4 = 12 at 0, b 4 at 12, slope at 16; out: W 4x2 = 8 at 17, b 2 at 25; 27 in all.
        assertEquals(0, PRELU_NET.weightOffset(0));
        assertEquals(12, PRELU_NET.biasOffset(0));
        assertEquals(16, PRELU_NET.slopeOffset(0));
        assertEquals(17, PRELU_NET.weightOffset(1));
        assertEquals(25, PRELU_NET.biasOffset(1));
        assertEquals(-1, PRELU_NET.slopeOffset(1));
        assertEquals(27, PRELU_NET.parameterCount());
        assertEquals(2, PRELU_NET.outputs());
    }

    @Test
    void fingerprintNamesEverythingThatGivesParametersTheirMeaning() {
        assertEquals("inputs=3;precision=DOUBLE;hidden=3x4:PRELU(0.25);out=4x2:LINEAR;loss=HUBER(0.5)",
                PRELU_NET.fingerprint());
        Architecture elu = new Architecture(3, "DOUBLE", List.of(
                new Architecture.Layer("hidden", 3, 4, "ELU", 0.25),
                new Architecture.Layer("out", 4, 2, "LINEAR", Double.NaN)), "HUBER", 0.5);
        assertNotEquals(PRELU_NET.fingerprint(), elu.fingerprint());
        assertEquals("3 -> 4 (PRELU) -> 2 (LINEAR)", PRELU_NET.describe());
    }

    @Test
    void inconsistentShapesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Architecture(3, "FLOAT",
                List.of(new Architecture.Layer("a", 3, 4, "RELU", Double.NaN),
                        new Architecture.Layer("b", 5, 1, "LINEAR", Double.NaN)), "", Double.NaN));
        assertEquals("layer b has fanIn 5 and 1 units, but follows a layer of width 4", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Architecture(3, "HALF",
                List.of(new Architecture.Layer("a", 3, 4, "RELU", Double.NaN)), "", Double.NaN));
    }
}
