package dev.autonet.processor.training;

import static dev.autonet.LossFunction.BCE;
import static dev.autonet.LossFunction.CATEGORICAL_CROSS_ENTROPY;
import static dev.autonet.LossFunction.HINGE;
import static dev.autonet.LossFunction.HUBER;
import static dev.autonet.LossFunction.MAE;
import static dev.autonet.LossFunction.MSE;
import static dev.autonet.LossFunction.SPARSE_CATEGORICAL_CROSS_ENTROPY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.LossFunction;
import dev.autonet.processor.training.FiniteDifferences.Point;
import dev.autonet.runtime.DoubleNetwork;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hidden activation × every accepted output/loss pairing ({@link Pairings}): the generated DOUBLE
 * trainer's gradients with respect to every parameter (PReLU slopes included) and every input agree with
 * five-point central differences, h = {@value FiniteDifferences#STEP}, to a relative error
 * |a − n| / max(|a|, |n|, {@value FiniteDifferences#FLOOR}) ≤ {@value #TOLERANCE}, at a batch of
 * {@value #ROWS} rows drawn from a fixed seed and kept {@value FiniteDifferences#KINK_MARGIN} clear of every
 * kink (see {@link FiniteDifferences}). Measured over these 48 and {@link LoopedLayerTest}'s 3, parameter
 * and input gradients: worst relative error 3.1e-7 on gradients above the floor, worst absolute error
 * 3.4e-11 on those below it.
 */
class FiniteDifferenceTest {
    static final double TOLERANCE = 1e-6;
    static final int ROWS = 4;
    static final long SEED = 20240601L;

    /** One declaration of {@link Pairings}: its layers restated, its loss, and its generated classes. */
    record Case(Architecture architecture, LossFunction loss, double delta, DoubleNet network) {
        @Override
        public String toString() {
            return network.name();
        }
    }

    static <M extends DoubleNetwork> Case pairing(String name, String layers, LossFunction loss, double delta,
            Function<double[], M> fromParameters, Function<M, DoubleNet.LossAndGradient> trainer, int targetWidth) {
        return new Case(Architecture.parse(3, layers), loss, delta,
                DoubleNet.of(name, fromParameters, trainer, targetWidth));
    }

    static final String CHAIN_A = "4 SIGMOID, 4 TANH, 4 RELU, 4 LEAKY_RELU 0.1, 4 PRELU 0.2";
    static final String CHAIN_B = "4 ELU 0.7, 4 SWISH, 4 GELU, 4 SOFTPLUS, 4 LINEAR";

    static final List<Case> CASES = List.of(
            pairing("BceSigmoidA", CHAIN_A + ", 2 SIGMOID", BCE, Double.NaN,
                    Pairings_BceSigmoidAModel::fromParameters,
                    m -> new Pairings_BceSigmoidATrainer(m)::lossAndGradient, Pairings_BceSigmoidATrainer.TARGET_WIDTH),
            pairing("BceSigmoidB", CHAIN_B + ", 2 SIGMOID", BCE, Double.NaN,
                    Pairings_BceSigmoidBModel::fromParameters,
                    m -> new Pairings_BceSigmoidBTrainer(m)::lossAndGradient, Pairings_BceSigmoidBTrainer.TARGET_WIDTH),
            pairing("CceSoftmaxA", CHAIN_A + ", 3 SOFTMAX", CATEGORICAL_CROSS_ENTROPY, Double.NaN,
                    Pairings_CceSoftmaxAModel::fromParameters,
                    m -> new Pairings_CceSoftmaxATrainer(m)::lossAndGradient, Pairings_CceSoftmaxATrainer.TARGET_WIDTH),
            pairing("CceSoftmaxB", CHAIN_B + ", 3 SOFTMAX", CATEGORICAL_CROSS_ENTROPY, Double.NaN,
                    Pairings_CceSoftmaxBModel::fromParameters,
                    m -> new Pairings_CceSoftmaxBTrainer(m)::lossAndGradient, Pairings_CceSoftmaxBTrainer.TARGET_WIDTH),
            pairing("SparseSoftmaxA", CHAIN_A + ", 3 SOFTMAX", SPARSE_CATEGORICAL_CROSS_ENTROPY, Double.NaN,
                    Pairings_SparseSoftmaxAModel::fromParameters,
                    m -> new Pairings_SparseSoftmaxATrainer(m)::lossAndGradient, Pairings_SparseSoftmaxATrainer.TARGET_WIDTH),
            pairing("SparseSoftmaxB", CHAIN_B + ", 3 SOFTMAX", SPARSE_CATEGORICAL_CROSS_ENTROPY, Double.NaN,
                    Pairings_SparseSoftmaxBModel::fromParameters,
                    m -> new Pairings_SparseSoftmaxBTrainer(m)::lossAndGradient, Pairings_SparseSoftmaxBTrainer.TARGET_WIDTH),
            pairing("HingeLinearA", CHAIN_A + ", 1 LINEAR", HINGE, Double.NaN,
                    Pairings_HingeLinearAModel::fromParameters,
                    m -> new Pairings_HingeLinearATrainer(m)::lossAndGradient, Pairings_HingeLinearATrainer.TARGET_WIDTH),
            pairing("HingeLinearB", CHAIN_B + ", 1 LINEAR", HINGE, Double.NaN,
                    Pairings_HingeLinearBModel::fromParameters,
                    m -> new Pairings_HingeLinearBTrainer(m)::lossAndGradient, Pairings_HingeLinearBTrainer.TARGET_WIDTH),
            pairing("HingeTanhA", CHAIN_A + ", 1 TANH", HINGE, Double.NaN,
                    Pairings_HingeTanhAModel::fromParameters,
                    m -> new Pairings_HingeTanhATrainer(m)::lossAndGradient, Pairings_HingeTanhATrainer.TARGET_WIDTH),
            pairing("HingeTanhB", CHAIN_B + ", 1 TANH", HINGE, Double.NaN,
                    Pairings_HingeTanhBModel::fromParameters,
                    m -> new Pairings_HingeTanhBTrainer(m)::lossAndGradient, Pairings_HingeTanhBTrainer.TARGET_WIDTH),
            pairing("MseLinearA", CHAIN_A + ", 2 LINEAR", MSE, Double.NaN,
                    Pairings_MseLinearAModel::fromParameters,
                    m -> new Pairings_MseLinearATrainer(m)::lossAndGradient, Pairings_MseLinearATrainer.TARGET_WIDTH),
            pairing("MseLinearB", CHAIN_B + ", 2 LINEAR", MSE, Double.NaN,
                    Pairings_MseLinearBModel::fromParameters,
                    m -> new Pairings_MseLinearBTrainer(m)::lossAndGradient, Pairings_MseLinearBTrainer.TARGET_WIDTH),
            pairing("MaeLinearA", CHAIN_A + ", 2 LINEAR", MAE, Double.NaN,
                    Pairings_MaeLinearAModel::fromParameters,
                    m -> new Pairings_MaeLinearATrainer(m)::lossAndGradient, Pairings_MaeLinearATrainer.TARGET_WIDTH),
            pairing("MaeLinearB", CHAIN_B + ", 2 LINEAR", MAE, Double.NaN,
                    Pairings_MaeLinearBModel::fromParameters,
                    m -> new Pairings_MaeLinearBTrainer(m)::lossAndGradient, Pairings_MaeLinearBTrainer.TARGET_WIDTH),
            pairing("HuberLinearA", CHAIN_A + ", 2 LINEAR", HUBER, 0.5,
                    Pairings_HuberLinearAModel::fromParameters,
                    m -> new Pairings_HuberLinearATrainer(m)::lossAndGradient, Pairings_HuberLinearATrainer.TARGET_WIDTH),
            pairing("HuberLinearB", CHAIN_B + ", 2 LINEAR", HUBER, 0.5,
                    Pairings_HuberLinearBModel::fromParameters,
                    m -> new Pairings_HuberLinearBTrainer(m)::lossAndGradient, Pairings_HuberLinearBTrainer.TARGET_WIDTH),
            pairing("MseSigmoidA", CHAIN_A + ", 2 SIGMOID", MSE, Double.NaN,
                    Pairings_MseSigmoidAModel::fromParameters,
                    m -> new Pairings_MseSigmoidATrainer(m)::lossAndGradient, Pairings_MseSigmoidATrainer.TARGET_WIDTH),
            pairing("MseSigmoidB", CHAIN_B + ", 2 SIGMOID", MSE, Double.NaN,
                    Pairings_MseSigmoidBModel::fromParameters,
                    m -> new Pairings_MseSigmoidBTrainer(m)::lossAndGradient, Pairings_MseSigmoidBTrainer.TARGET_WIDTH),
            pairing("MaeSigmoidA", CHAIN_A + ", 2 SIGMOID", MAE, Double.NaN,
                    Pairings_MaeSigmoidAModel::fromParameters,
                    m -> new Pairings_MaeSigmoidATrainer(m)::lossAndGradient, Pairings_MaeSigmoidATrainer.TARGET_WIDTH),
            pairing("MaeSigmoidB", CHAIN_B + ", 2 SIGMOID", MAE, Double.NaN,
                    Pairings_MaeSigmoidBModel::fromParameters,
                    m -> new Pairings_MaeSigmoidBTrainer(m)::lossAndGradient, Pairings_MaeSigmoidBTrainer.TARGET_WIDTH),
            pairing("HuberSigmoidA", CHAIN_A + ", 2 SIGMOID", HUBER, 0.5,
                    Pairings_HuberSigmoidAModel::fromParameters,
                    m -> new Pairings_HuberSigmoidATrainer(m)::lossAndGradient, Pairings_HuberSigmoidATrainer.TARGET_WIDTH),
            pairing("HuberSigmoidB", CHAIN_B + ", 2 SIGMOID", HUBER, 0.5,
                    Pairings_HuberSigmoidBModel::fromParameters,
                    m -> new Pairings_HuberSigmoidBTrainer(m)::lossAndGradient, Pairings_HuberSigmoidBTrainer.TARGET_WIDTH),
            pairing("MseTanhA", CHAIN_A + ", 2 TANH", MSE, Double.NaN,
                    Pairings_MseTanhAModel::fromParameters,
                    m -> new Pairings_MseTanhATrainer(m)::lossAndGradient, Pairings_MseTanhATrainer.TARGET_WIDTH),
            pairing("MseTanhB", CHAIN_B + ", 2 TANH", MSE, Double.NaN,
                    Pairings_MseTanhBModel::fromParameters,
                    m -> new Pairings_MseTanhBTrainer(m)::lossAndGradient, Pairings_MseTanhBTrainer.TARGET_WIDTH),
            pairing("MaeTanhA", CHAIN_A + ", 2 TANH", MAE, Double.NaN,
                    Pairings_MaeTanhAModel::fromParameters,
                    m -> new Pairings_MaeTanhATrainer(m)::lossAndGradient, Pairings_MaeTanhATrainer.TARGET_WIDTH),
            pairing("MaeTanhB", CHAIN_B + ", 2 TANH", MAE, Double.NaN,
                    Pairings_MaeTanhBModel::fromParameters,
                    m -> new Pairings_MaeTanhBTrainer(m)::lossAndGradient, Pairings_MaeTanhBTrainer.TARGET_WIDTH),
            pairing("HuberTanhA", CHAIN_A + ", 2 TANH", HUBER, 0.5,
                    Pairings_HuberTanhAModel::fromParameters,
                    m -> new Pairings_HuberTanhATrainer(m)::lossAndGradient, Pairings_HuberTanhATrainer.TARGET_WIDTH),
            pairing("HuberTanhB", CHAIN_B + ", 2 TANH", HUBER, 0.5,
                    Pairings_HuberTanhBModel::fromParameters,
                    m -> new Pairings_HuberTanhBTrainer(m)::lossAndGradient, Pairings_HuberTanhBTrainer.TARGET_WIDTH),
            pairing("MseSoftplusA", CHAIN_A + ", 2 SOFTPLUS", MSE, Double.NaN,
                    Pairings_MseSoftplusAModel::fromParameters,
                    m -> new Pairings_MseSoftplusATrainer(m)::lossAndGradient, Pairings_MseSoftplusATrainer.TARGET_WIDTH),
            pairing("MseSoftplusB", CHAIN_B + ", 2 SOFTPLUS", MSE, Double.NaN,
                    Pairings_MseSoftplusBModel::fromParameters,
                    m -> new Pairings_MseSoftplusBTrainer(m)::lossAndGradient, Pairings_MseSoftplusBTrainer.TARGET_WIDTH),
            pairing("MaeSoftplusA", CHAIN_A + ", 2 SOFTPLUS", MAE, Double.NaN,
                    Pairings_MaeSoftplusAModel::fromParameters,
                    m -> new Pairings_MaeSoftplusATrainer(m)::lossAndGradient, Pairings_MaeSoftplusATrainer.TARGET_WIDTH),
            pairing("MaeSoftplusB", CHAIN_B + ", 2 SOFTPLUS", MAE, Double.NaN,
                    Pairings_MaeSoftplusBModel::fromParameters,
                    m -> new Pairings_MaeSoftplusBTrainer(m)::lossAndGradient, Pairings_MaeSoftplusBTrainer.TARGET_WIDTH),
            pairing("HuberSoftplusA", CHAIN_A + ", 2 SOFTPLUS", HUBER, 0.5,
                    Pairings_HuberSoftplusAModel::fromParameters,
                    m -> new Pairings_HuberSoftplusATrainer(m)::lossAndGradient, Pairings_HuberSoftplusATrainer.TARGET_WIDTH),
            pairing("HuberSoftplusB", CHAIN_B + ", 2 SOFTPLUS", HUBER, 0.5,
                    Pairings_HuberSoftplusBModel::fromParameters,
                    m -> new Pairings_HuberSoftplusBTrainer(m)::lossAndGradient, Pairings_HuberSoftplusBTrainer.TARGET_WIDTH),
            pairing("MseReluA", CHAIN_A + ", 2 RELU", MSE, Double.NaN,
                    Pairings_MseReluAModel::fromParameters,
                    m -> new Pairings_MseReluATrainer(m)::lossAndGradient, Pairings_MseReluATrainer.TARGET_WIDTH),
            pairing("MseReluB", CHAIN_B + ", 2 RELU", MSE, Double.NaN,
                    Pairings_MseReluBModel::fromParameters,
                    m -> new Pairings_MseReluBTrainer(m)::lossAndGradient, Pairings_MseReluBTrainer.TARGET_WIDTH),
            pairing("MseLeakyReluA", CHAIN_A + ", 2 LEAKY_RELU 0.2", MSE, Double.NaN,
                    Pairings_MseLeakyReluAModel::fromParameters,
                    m -> new Pairings_MseLeakyReluATrainer(m)::lossAndGradient, Pairings_MseLeakyReluATrainer.TARGET_WIDTH),
            pairing("MseLeakyReluB", CHAIN_B + ", 2 LEAKY_RELU 0.2", MSE, Double.NaN,
                    Pairings_MseLeakyReluBModel::fromParameters,
                    m -> new Pairings_MseLeakyReluBTrainer(m)::lossAndGradient, Pairings_MseLeakyReluBTrainer.TARGET_WIDTH),
            pairing("MsePreluA", CHAIN_A + ", 2 PRELU 0.3", MSE, Double.NaN,
                    Pairings_MsePreluAModel::fromParameters,
                    m -> new Pairings_MsePreluATrainer(m)::lossAndGradient, Pairings_MsePreluATrainer.TARGET_WIDTH),
            pairing("MsePreluB", CHAIN_B + ", 2 PRELU 0.3", MSE, Double.NaN,
                    Pairings_MsePreluBModel::fromParameters,
                    m -> new Pairings_MsePreluBTrainer(m)::lossAndGradient, Pairings_MsePreluBTrainer.TARGET_WIDTH),
            pairing("MseEluA", CHAIN_A + ", 2 ELU 0.5", MSE, Double.NaN,
                    Pairings_MseEluAModel::fromParameters,
                    m -> new Pairings_MseEluATrainer(m)::lossAndGradient, Pairings_MseEluATrainer.TARGET_WIDTH),
            pairing("MseEluB", CHAIN_B + ", 2 ELU 0.5", MSE, Double.NaN,
                    Pairings_MseEluBModel::fromParameters,
                    m -> new Pairings_MseEluBTrainer(m)::lossAndGradient, Pairings_MseEluBTrainer.TARGET_WIDTH),
            pairing("MseSwishA", CHAIN_A + ", 2 SWISH", MSE, Double.NaN,
                    Pairings_MseSwishAModel::fromParameters,
                    m -> new Pairings_MseSwishATrainer(m)::lossAndGradient, Pairings_MseSwishATrainer.TARGET_WIDTH),
            pairing("MseSwishB", CHAIN_B + ", 2 SWISH", MSE, Double.NaN,
                    Pairings_MseSwishBModel::fromParameters,
                    m -> new Pairings_MseSwishBTrainer(m)::lossAndGradient, Pairings_MseSwishBTrainer.TARGET_WIDTH),
            pairing("MseGeluA", CHAIN_A + ", 2 GELU", MSE, Double.NaN,
                    Pairings_MseGeluAModel::fromParameters,
                    m -> new Pairings_MseGeluATrainer(m)::lossAndGradient, Pairings_MseGeluATrainer.TARGET_WIDTH),
            pairing("MseGeluB", CHAIN_B + ", 2 GELU", MSE, Double.NaN,
                    Pairings_MseGeluBModel::fromParameters,
                    m -> new Pairings_MseGeluBTrainer(m)::lossAndGradient, Pairings_MseGeluBTrainer.TARGET_WIDTH),
            pairing("MseSoftmaxA", CHAIN_A + ", 3 SOFTMAX", MSE, Double.NaN,
                    Pairings_MseSoftmaxAModel::fromParameters,
                    m -> new Pairings_MseSoftmaxATrainer(m)::lossAndGradient, Pairings_MseSoftmaxATrainer.TARGET_WIDTH),
            pairing("MseSoftmaxB", CHAIN_B + ", 3 SOFTMAX", MSE, Double.NaN,
                    Pairings_MseSoftmaxBModel::fromParameters,
                    m -> new Pairings_MseSoftmaxBTrainer(m)::lossAndGradient, Pairings_MseSoftmaxBTrainer.TARGET_WIDTH));

    static List<Case> cases() {
        return CASES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gradientsMatchFiniteDifferences(Case pairing) {
        assertGradientsMatch(pairing, ROWS);
    }

    /** Checks {@code pairing}'s parameter and input gradients at a kink-free point of {@code rows} rows. */
    static void assertGradientsMatch(Case pairing, int rows) {
        DoubleNet network = pairing.network();
        Point point = FiniteDifferences.awayFromKinks(pairing.architecture(), pairing.loss(), pairing.delta(),
                network.targetWidth(), rows, SEED);
        double[] parameterGradient = new double[point.parameters().length];
        double[] inputGradient = new double[point.x().length];
        double loss = network.trainerAt(point.parameters())
                .lossAndGradient(point.x(), point.y(), rows, parameterGradient, inputGradient);
        assertTrue(Double.isFinite(loss), "loss " + loss);
        assertEquals(pairing.architecture().parameterCount(), parameterGradient.length, "parameter count");
        assertAgree(parameterGradient, FiniteDifferences.parameterGradient(network, point), "parameter", point);
        assertAgree(inputGradient, FiniteDifferences.inputGradient(network, point), "input", point);
    }

    static void assertAgree(double[] analytic, double[] numeric, String what, Point point) {
        int worst = 0;
        for (int k = 0; k < analytic.length; k++) {
            if (FiniteDifferences.relativeError(analytic[k], numeric[k])
                    > FiniteDifferences.relativeError(analytic[worst], numeric[worst])) {
                worst = k;
            }
        }
        double error = FiniteDifferences.relativeError(analytic[worst], numeric[worst]);
        int at = worst;
        assertTrue(error <= TOLERANCE, () -> what + " gradient " + at + ": analytic " + analytic[at] + ", numeric "
                + numeric[at] + ", relative error " + error + " (seed " + point.seed() + ")");
    }
}
