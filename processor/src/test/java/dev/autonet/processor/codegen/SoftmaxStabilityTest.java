package dev.autonet.processor.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.processor.good.Chains_UnrolledDoubleModel;
import dev.autonet.processor.good.Chains_UnrolledFloatModel;
import dev.autonet.processor.good.MnistDoubleModel;
import dev.autonet.processor.good.MnistModel;
import dev.autonet.processor.good.MoonsModel;
import dev.autonet.processor.good.Vectors_ChainDoubleModel;
import dev.autonet.processor.good.Vectors_MnistFloatModel;
import dev.autonet.processor.good.Vectors_MoonsFloatModel;
import org.junit.jupiter.api.Test;

/**
 * Logits of ±1000 (every weight 0, so the output biases are the logits) give finite probabilities that
 * sum to 1: within 1e-6 in FLOAT and 1e-12 in DOUBLE. A naive e^1000 would be infinite.
 */
class SoftmaxStabilityTest {

    @Test
    void mnistFloat() {
        // Output biases start at 784·256+256 + 256·128+128 + 128·10 = 235,136.
        float[] p = new float[MnistModel.PARAMETER_COUNT];
        for (int j = 0; j < 10; j++) {
            p[235_136 + j] = j % 2 == 0 ? 1000 : -1000;
        }
        float[] probabilities = MnistModel.fromParameters(p).predict(new float[784]);
        assertDistribution(GeneratedModel.toDoubles(probabilities), 1e-6);
        assertEquals(0.2, probabilities[0], 1e-6); // five logits tie at +1000
        assertEquals(0.0, probabilities[1]);
    }

    @Test
    void mnistDouble() {
        double[] p = new double[MnistDoubleModel.PARAMETER_COUNT];
        for (int j = 0; j < 10; j++) {
            p[235_136 + j] = j < 3 ? 1000 : -1000;
        }
        double[] probabilities = MnistDoubleModel.fromParameters(p).predict(new double[784]);
        assertDistribution(probabilities, 1e-12);
        assertEquals(1.0 / 3, probabilities[2], 1e-12);
    }

    @Test
    void unrolledOutputLayers() {
        // Chains.Unrolled*: the last layer is 3 -> 3 SOFTMAX, its biases the last 3 parameters.
        float[] f = new float[Chains_UnrolledFloatModel.PARAMETER_COUNT];
        double[] d = new double[Chains_UnrolledDoubleModel.PARAMETER_COUNT];
        float[] logits = {1000, -1000, 999};
        for (int j = 0; j < 3; j++) {
            f[f.length - 3 + j] = logits[j];
            d[d.length - 3 + j] = logits[j];
        }
        double expected = 1 / (1 + Math.exp(-1));
        float[] floats = Chains_UnrolledFloatModel.fromParameters(f).predict(new float[3]);
        assertDistribution(GeneratedModel.toDoubles(floats), 1e-6);
        assertEquals(expected, floats[0], 1e-6);
        double[] doubles = Chains_UnrolledDoubleModel.fromParameters(d).predict(new double[3]);
        assertDistribution(doubles, 1e-12);
        assertEquals(expected, doubles[0], 1e-12);
        assertEquals(1 - expected, doubles[2], 1e-12);
    }

    @Test
    void sigmoidOutputsSaturateWithoutOverflow() {
        float[] p = new float[MoonsModel.PARAMETER_COUNT];
        p[768] = 1000; // the output bias
        assertEquals(1.0, MoonsModel.fromParameters(p).probability(new float[2]));
        p[768] = -1000;
        assertEquals(0.0, MoonsModel.fromParameters(p).probability(new float[2]));
    }

    @Test
    void vectorBackend() {
        float[] p = new float[Vectors_MnistFloatModel.PARAMETER_COUNT];
        for (int j = 0; j < 10; j++) {
            p[235_136 + j] = j % 2 == 0 ? 1000 : -1000;
        }
        float[] probabilities = Vectors_MnistFloatModel.fromParameters(p).predict(new float[784]);
        assertDistribution(GeneratedModel.toDoubles(probabilities), 1e-6);
        assertEquals(0.2, probabilities[0], 1e-6);
        float[] batched = new float[20];
        Vectors_MnistFloatModel.fromParameters(p).predict(new float[2 * 784], 2, batched);
        assertDistribution(GeneratedModel.toDoubles(java.util.Arrays.copyOfRange(batched, 10, 20)), 1e-6);
        // Vectors.ChainDouble ends 40 -> 3 SOFTMAX, its biases the last 3 parameters.
        double[] d = new double[Vectors_ChainDoubleModel.PARAMETER_COUNT];
        double[] logits = {1000, -1000, 999};
        System.arraycopy(logits, 0, d, d.length - 3, 3);
        double[] doubles = Vectors_ChainDoubleModel.fromParameters(d).predict(new double[7]);
        assertDistribution(doubles, 1e-12);
        assertEquals(1 / (1 + Math.exp(-1)), doubles[0], 1e-12);
        float[] moons = new float[Vectors_MoonsFloatModel.PARAMETER_COUNT];
        moons[768] = 1000;
        assertEquals(1.0, Vectors_MoonsFloatModel.fromParameters(moons).probability(new float[2]));
    }

    private static void assertDistribution(double[] probabilities, double tolerance) {
        double sum = 0;
        for (double probability : probabilities) {
            assertTrue(Double.isFinite(probability) && probability >= 0, "probability " + probability);
            sum += probability;
        }
        assertEquals(1.0, sum, tolerance);
    }
}
