package dev.autonet.processor.frozen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.autonet.runtime.internal.Activations;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A frozen class predicts exactly, bit for bit, what the model that loads the same file predicts: the
 * trained moons network, a 784-256-128-10 network, and every activation in DOUBLE and FLOAT. No tolerance
 * anywhere: the frozen class sums in the model's order and its activations are copies of the runtime's.
 */
class FrozenPredictionTest {
    private static final int MANY = 20_000;

    @Test
    void trainedMoonsPredictsExactlyWhatTheSavedModelPredicts() throws Exception {
        FrozenMoonsModel model = FrozenMoonsModel.load(resource("moons.autonet"));
        Random random = new Random(1);
        float[] expected = new float[1];
        float[] actual = new float[1];
        for (int n = 0; n < MANY; n++) {
            float[] input = {(float) (random.nextGaussian() * 2), (float) (random.nextGaussian() * 2)};
            model.predict(input, expected);
            FrozenMoonsFrozen.predict(input, actual);
            assertBitsEqual(expected, actual, n);
            assertBitsEqual(expected, FrozenMoonsFrozen.predict(input), n);
            model.logits(input, expected);
            FrozenMoonsFrozen.logits(input, actual);
            assertBitsEqual(expected, actual, n);
        }
    }

    @Test
    void trainedMoonsIsATrainedModel() throws Exception {
        // The file is not a fresh initialization: the two moons are told apart.
        float upper = FrozenMoonsFrozen.predict(new float[] {-1f, 0.2f})[0]; // the upper moon's left end
        float lower = FrozenMoonsFrozen.predict(new float[] {2f, 0.3f})[0]; // the lower moon's right end
        assertEquals(FrozenMoonsModel.load(resource("moons.autonet")).probability(new float[] {2f, 0.3f}), lower, 0.0);
        assertEquals(true, Math.abs(upper - lower) > 0.5f, () -> "upper " + upper + ", lower " + lower);
    }

    @Test
    void mnistSizedNetworkMatchesExactly() throws Exception {
        FrozenMnistModel model = FrozenMnistModel.load(resource("mnist.autonet"));
        Random random = new Random(2);
        float[] input = new float[784];
        float[] expected = new float[10];
        float[] actual = new float[10];
        for (int n = 0; n < 300; n++) {
            for (int i = 0; i < input.length; i++) {
                input[i] = random.nextFloat();
            }
            model.predict(input, expected);
            FrozenMnistFrozen.predict(input, actual);
            assertBitsEqual(expected, actual, n);
            model.logits(input, expected);
            FrozenMnistFrozen.logits(input, actual);
            assertBitsEqual(expected, actual, n);
        }
    }

    @Test
    void everyActivationInDoubleMatchesExactly() throws Exception {
        FrozenMixedDoubleModel model = FrozenMixedDoubleModel.load(resource("mixed-double.autonet"));
        Random random = new Random(3);
        double[] expected = new double[3];
        double[] actual = new double[3];
        java.util.Set<Double> distinct = new java.util.HashSet<>();
        for (int n = 0; n < MANY; n++) {
            double[] input = {random.nextGaussian() * 3, random.nextGaussian() * 3, random.nextGaussian() * 3};
            model.predict(input, expected);
            FrozenMixedDoubleFrozen.predict(input, actual);
            distinct.add(actual[0]);
            for (int j = 0; j < 3; j++) {
                assertEquals(Double.doubleToRawLongBits(expected[j]), Double.doubleToRawLongBits(actual[j]),
                        "input " + n + " output " + j);
            }
        }
        assertEquals(true, distinct.size() > MANY / 2, () -> "only " + distinct.size() + " distinct outputs");
    }

    @Test
    void stepMatchesExactly() throws Exception {
        FrozenStepProbeModel model = FrozenStepProbeModel.load(resource("step-probe.autonet"));
        java.util.Set<Float> distinct = new java.util.HashSet<>();
        for (float x = -8; x <= 8; x += 0.001f) {
            float[] input = {x};
            float actual = FrozenStepProbeFrozen.predict(input)[0];
            assertEquals(Float.floatToRawIntBits(model.predict(input)[0]), Float.floatToRawIntBits(actual), "x = " + x);
            distinct.add(actual);
        }
        assertEquals(true, distinct.size() > 2, distinct::toString);
    }

    @Test
    void everyActivationInFloatMatchesExactly() throws Exception {
        FrozenMixedFloatModel model = FrozenMixedFloatModel.load(resource("mixed-float.autonet"));
        Random random = new Random(4);
        float[] expected = new float[3];
        float[] actual = new float[3];
        for (int n = 0; n < MANY; n++) {
            float[] input = {(float) random.nextGaussian() * 3, (float) random.nextGaussian() * 3,
                    (float) random.nextGaussian() * 3};
            model.predict(input, expected);
            FrozenMixedFloatFrozen.predict(input, actual);
            assertBitsEqual(expected, actual, n);
        }
    }

    @Test
    void frozenGeluIsTheRuntimesGeluOverEveryBranchOfErfc() throws Exception {
        FrozenGeluProbeModel model = FrozenGeluProbeModel.load(resource("gelu-probe.autonet"));
        double[] output = new double[1];
        for (double x = -45; x <= 45; x += 0.0009765625 * 3) {
            double expected = Activations.gelu(x);
            FrozenGeluProbeFrozen.predict(new double[] {x}, output);
            assertEquals(Double.doubleToRawLongBits(0.0 + expected), Double.doubleToRawLongBits(output[0]), "x = " + x);
            assertEquals(Double.doubleToRawLongBits(model.predict(new double[] {x})[0]),
                    Double.doubleToRawLongBits(output[0]), "x = " + x);
        }
    }

    @Test
    void floatLiteralsKeepEveryBit() throws Exception {
        double[] saved = WeightFiles.literalValues("FLOAT");
        float[] output = new float[16];
        for (int i = 0; i < 8; i++) {
            float[] oneHot = new float[8];
            oneHot[i] = 1f;
            FrozenLiteralsFloatFrozen.predict(oneHot, output);
            for (int j = 0; j < 16; j++) {
                float weight = (float) saved[i * 16 + j];
                // 0 + 0*w + ... + 1*w + ... is w exactly, except that -0.0 comes out as +0.0
                assertEquals(Float.floatToRawIntBits(0f + weight), Float.floatToRawIntBits(output[j]), "W[" + i + "][" + j + "]");
            }
        }
        FrozenLiteralsFloatModel model = FrozenLiteralsFloatModel.load(resource("literals-float.autonet"));
        assertArrayEquals(toFloats(saved), model.parameters());
    }

    @Test
    void doubleLiteralsKeepEveryBit() throws Exception {
        double[] saved = WeightFiles.literalValues("DOUBLE");
        double[] output = new double[16];
        for (int i = 0; i < 8; i++) {
            double[] oneHot = new double[8];
            oneHot[i] = 1;
            FrozenLiteralsDoubleFrozen.predict(oneHot, output);
            for (int j = 0; j < 16; j++) {
                double weight = saved[i * 16 + j];
                assertEquals(Double.doubleToRawLongBits(0.0 + weight), Double.doubleToRawLongBits(output[j]),
                        "W[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void argumentChecksSayWhatTheModelSays() throws Exception {
        FrozenMoonsModel model = FrozenMoonsModel.load(resource("moons.autonet"));
        assertSameFailure(() -> model.predict(new float[3], new float[1]),
                () -> FrozenMoonsFrozen.predict(new float[3], new float[1]));
        assertSameFailure(() -> model.predict(new float[2], new float[2]),
                () -> FrozenMoonsFrozen.predict(new float[2], new float[2]));
        assertSameFailure(() -> model.predict(null, new float[1]), () -> FrozenMoonsFrozen.predict(null, new float[1]));
        assertSameFailure(() -> model.logits(new float[2], null), () -> FrozenMoonsFrozen.logits(new float[2], null));
        assertEquals(FrozenMoonsModel.INPUTS, FrozenMoonsFrozen.INPUTS);
        assertEquals(FrozenMoonsModel.OUTPUTS, FrozenMoonsFrozen.OUTPUTS);
        assertEquals(FrozenMoonsModel.ARCHITECTURE.fingerprint(), FrozenMoonsFrozen.FINGERPRINT);
    }

    private static void assertSameFailure(Runnable model, Runnable frozen) {
        RuntimeException expected = assertThrows(RuntimeException.class, model::run);
        RuntimeException actual = assertThrows(RuntimeException.class, frozen::run);
        assertEquals(expected.getClass(), actual.getClass());
        assertEquals(expected.getMessage(), actual.getMessage());
    }

    static Path resource(String name) throws IOException {
        try {
            return Path.of(FrozenPredictionTest.class.getResource("/frozen/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static void assertBitsEqual(float[] expected, float[] actual, int n) {
        for (int j = 0; j < expected.length; j++) {
            assertEquals(Float.floatToRawIntBits(expected[j]), Float.floatToRawIntBits(actual[j]),
                    "input " + n + " output " + j + ": " + expected[j] + " vs " + actual[j]);
        }
    }

    private static float[] toFloats(double[] values) {
        float[] floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = (float) values[i];
        }
        return floats;
    }
}
