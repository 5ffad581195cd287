package dev.autonet.processor.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.autonet.processor.good.MnistDoubleModel;
import dev.autonet.processor.good.MoonsModel;
import dev.autonet.processor.good.TinyModel;
import dev.autonet.runtime.Architecture;
import org.junit.jupiter.api.Test;

/** The generated ARCHITECTURE describes the declaration and agrees with the model's own constants. */
class ArchitectureConstantTest {

    @Test
    void moonsArchitectureMatchesTheDeclaration() {
        Architecture moons = MoonsModel.ARCHITECTURE;
        assertEquals("2 -> 32 (RELU) -> 16 (RELU) -> 8 (RELU) -> 1 (SIGMOID)", moons.describe());
        assertEquals("inputs=2;precision=FLOAT;dense1=2x32:RELU;dense2=32x16:RELU;dense3=16x8:RELU;"
                + "dense4=8x1:SIGMOID;loss=BCE", moons.fingerprint());
        assertEquals(MoonsModel.PARAMETER_COUNT, moons.parameterCount());
        assertSame(moons, MoonsModel.initialize(1).architecture());
    }

    @Test
    void preluSlopeAndDoublePrecisionAreDescribed() {
        Architecture tiny = TinyModel.ARCHITECTURE;
        assertEquals("PRELU", tiny.layers().get(0).activation());
        assertEquals(0.2, tiny.layers().get(0).alpha(), 0.0);
        assertEquals(TinyModel.PARAMETER_COUNT, tiny.parameterCount());
        // Layer 1: W [2][3] at 0, b at 6, slope at 9; layer 2 starts at 10.
        assertEquals(9, tiny.slopeOffset(0));
        assertEquals(10, tiny.weightOffset(1));
        assertEquals("DOUBLE", MnistDoubleModel.ARCHITECTURE.precision());
        assertEquals(MnistDoubleModel.PARAMETER_COUNT, MnistDoubleModel.ARCHITECTURE.parameterCount());
    }
}
