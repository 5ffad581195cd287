package dev.autonet.processor.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.Activation;
import dev.autonet.processor.good.Chains_LoopedDoubleModel;
import dev.autonet.processor.good.MoonsModel;
import dev.autonet.processor.good.TinyModel;
import dev.autonet.runtime.Initializers;
import dev.autonet.runtime.SeededRandom;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code initialize(seed)}: deterministic, He for the ReLU family and Xavier/Glorot for the rest, biases 0, PReLU at alpha. */
class InitializationTest {
    private static final Set<Activation> HE = EnumSet.of(Activation.RELU, Activation.LEAKY_RELU, Activation.PRELU,
            Activation.ELU, Activation.SWISH, Activation.GELU, Activation.SOFTPLUS);

    @Test
    void sameSeedSameParametersOtherSeedOthers() {
        assertArrayEquals(MoonsModel.initialize(42).parameters(), MoonsModel.initialize(42).parameters());
        assertFalse(Arrays.equals(MoonsModel.initialize(42).parameters(), MoonsModel.initialize(43).parameters()));
    }

    @Test
    void drawsLayerByLayerFromOneSeededRandom() {
        // Moons: 2 -> 32 RELU -> 16 RELU -> 8 RELU -> 1 SIGMOID, so He, He, He, Xavier.
        float[] expected = new float[769];
        SeededRandom random = new SeededRandom(7);
        Initializers.heUniform(expected, 0, 2, 32, random);
        Initializers.heUniform(expected, 96, 32, 16, random);
        Initializers.heUniform(expected, 624, 16, 8, random);
        Initializers.xavierUniform(expected, 760, 8, 1, random);
        assertArrayEquals(expected, MoonsModel.initialize(7).parameters());
    }

    @Test
    void boundsPerLayerFollowTheActivation() {
        // Every activation, 24 -> 24 each: He's limit √(6/24) = 0.5 against Xavier's √(6/48) ≈ 0.354.
        List<Activation> activations = List.of(Activation.STEP, Activation.SIGMOID, Activation.TANH, Activation.RELU,
                Activation.LEAKY_RELU, Activation.PRELU, Activation.ELU, Activation.SWISH, Activation.GELU,
                Activation.SOFTPLUS, Activation.LINEAR, Activation.SOFTMAX);
        double[] p = Chains_LoopedDoubleModel.initialize(31).parameters();
        int at = 0;
        for (Activation activation : activations) {
            double he = Math.sqrt(6.0 / 24);
            double xavier = Math.sqrt(6.0 / (24 + 24));
            double limit = HE.contains(activation) ? he : xavier;
            double largest = 0;
            for (int k = 0; k < 24 * 24; k++) {
                largest = Math.max(largest, Math.abs(p[at++]));
            }
            assertTrue(largest <= limit, activation + ": |w| up to " + largest + " > " + limit);
            // 576 uniform draws come within 5% of the limit (a miss has probability 0.95^576 < 1e-12), which also
            // tells He (beyond 0.475) from Xavier (never beyond 0.354).
            assertTrue(largest > 0.95 * limit, activation + ": |w| only up to " + largest + " for limit " + limit);
            for (int j = 0; j < 24; j++) {
                assertEquals(0.0, p[at++], activation + " bias " + j);
            }
            if (activation == Activation.PRELU) {
                assertEquals(0.3, p[at++], "the declared initial PReLU slope");
            }
        }
        assertEquals(p.length, at);
    }

    @Test
    void floatModelsStartFromTheDeclaredSlope() {
        float[] p = TinyModel.initialize(5).parameters();
        // Tiny: 2 -> 3 PRELU(0.2) -> 1 SIGMOID; W [2][3] at 0, b at 6, slope at 9, W [3][1] at 10, b at 13.
        assertEquals(14, p.length);
        assertEquals(0.2f, p[9]);
        double he = Math.sqrt(6.0 / 2);
        double xavier = Math.sqrt(6.0 / (3 + 1));
        for (int k = 0; k < 6; k++) {
            assertTrue(Math.abs(p[k]) <= he);
        }
        for (int k = 10; k < 13; k++) {
            assertTrue(Math.abs(p[k]) <= xavier);
        }
        assertArrayEquals(new float[3], Arrays.copyOfRange(p, 6, 9));
        assertEquals(0f, p[13]);
    }
}
