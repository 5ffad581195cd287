package dev.autonet.processor.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autonet.processor.training.FiniteDifferences.Point;
import org.junit.jupiter.api.Test;

/**
 * BCE and cross-entropy are computed from the logits, so logits of ±1000, where sigmoid and softmax round to
 * exactly 0 and 1, still give the exact finite loss and gradient (a naive log(p) would give infinity, and
 * its gradient NaN). The output layer's weights are set to 0 and its biases to the logits wanted.
 */
class FusedLossStabilityTest {

    @Test
    void bceFromHugeLogits() {
        // Pairings.BceSigmoidA: two outputs whose W and b are the last 4 · 2 + 2 parameters.
        Architecture architecture = Architecture.parse(3, "4 SIGMOID, 4 TANH, 4 RELU, 4 LEAKY_RELU 0.1, 4 PRELU 0.2, 2 SIGMOID");
        double[] p = logits(architecture, 2, 1000, -1000);
        double[] gradient = new double[p.length];
        // targets 0 and 1: both outputs confidently wrong, each costing 1000
        double loss = new Pairings_BceSigmoidATrainer(Pairings_BceSigmoidAModel.fromParameters(p))
                .lossAndGradient(new double[] {0.1, 0.2, 0.3}, new double[] {0, 1}, 1, gradient, null);
        assertEquals(1000, loss, 1e-12);
        assertEquals(0.5, gradient[p.length - 2], "(sigmoid(1000) - 0) / 2 outputs");
        assertEquals(-0.5, gradient[p.length - 1], "(sigmoid(-1000) - 1) / 2 outputs");
    }

    @Test
    void crossEntropyFromHugeLogits() {
        Architecture architecture = Architecture.parse(3, "4 SIGMOID, 4 TANH, 4 RELU, 4 LEAKY_RELU 0.1, 4 PRELU 0.2, 3 SOFTMAX");
        double[] p = logits(architecture, 3, 1000, -1000, 0);
        double[] gradient = new double[p.length];
        double loss = new Pairings_SparseSoftmaxATrainer(Pairings_SparseSoftmaxAModel.fromParameters(p))
                .lossAndGradient(new double[] {0.1, 0.2, 0.3}, new double[] {1}, 1, gradient, null);
        assertEquals(2000, loss, 1e-12, "logSumExp = 1000, minus the label's logit -1000");
        assertEquals(1, gradient[p.length - 3], "softmax 1 minus 0");
        assertEquals(-1, gradient[p.length - 2], "softmax 0 minus 1");
        assertEquals(0, gradient[p.length - 1]);
    }

    // Drawn parameters, then the output layer's W zeroed and b set to the logits.
    private static double[] logits(Architecture architecture, int outputs, double... logits) {
        Point point = FiniteDifferences.draw(architecture, dev.autonet.LossFunction.MSE, outputs, 1, 3);
        double[] p = point.parameters();
        int bias = p.length - outputs;
        for (int k = bias - 4 * outputs; k < bias; k++) {
            p[k] = 0;
        }
        System.arraycopy(logits, 0, p, bias, outputs);
        return p;
    }
}
