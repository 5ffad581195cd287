package dev.autonet.processor.training;

import static dev.autonet.LossFunction.BCE;
import static dev.autonet.LossFunction.CATEGORICAL_CROSS_ENTROPY;
import static dev.autonet.LossFunction.MSE;

import dev.autonet.processor.training.FiniteDifferenceTest.Case;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The trainer's other code shapes against finite differences, as {@link FiniteDifferenceTest} checks the
 * small unrolled ones: a looped hidden layer (40 → 30 RELU, 1200 weights), a network looped throughout
 * with a learned PReLU slope and a looped output layer, and unrolled layers too wide for one method
 * (1 → 512 → 1), whose kernels are split into unit ranges and tiles; and layers named like the
 * trainer's own identifiers.
 */
class LoopedLayerTest {

    static List<Case> cases() {
        return List.of(
                new Case(Architecture.parse(40, "30 RELU, 3 SOFTMAX"), CATEGORICAL_CROSS_ENTROPY, Double.NaN,
                        DoubleNet.of("Looped", TrainingNetworks_LoopedModel::fromParameters,
                                m -> new TrainingNetworks_LoopedTrainer(m)::lossAndGradient,
                                TrainingNetworks_LoopedTrainer.TARGET_WIDTH)),
                new Case(Architecture.parse(30, "20 PRELU 0.2, 30 TANH, 20 LINEAR"), MSE, Double.NaN,
                        DoubleNet.of("LoopedChain", TrainingNetworks_LoopedChainModel::fromParameters,
                                m -> new TrainingNetworks_LoopedChainTrainer(m)::lossAndGradient,
                                TrainingNetworks_LoopedChainTrainer.TARGET_WIDTH)),
                new Case(Architecture.parse(1, "512 TANH, 1 LINEAR"), MSE, Double.NaN,
                        DoubleNet.of("Wide", TrainingNetworks_WideModel::fromParameters,
                                m -> new TrainingNetworks_WideTrainer(m)::lossAndGradient,
                                TrainingNetworks_WideTrainer.TARGET_WIDTH)),
                new Case(Architecture.parse(2, "3 TANH, 3 PRELU 0.25, 3 RELU, 3 LEAKY_RELU 0.01, 2 SIGMOID"),
                        BCE, Double.NaN,
                        DoubleNet.of("OddNames", TrainingNetworks_OddNamesModel::fromParameters,
                                m -> new TrainingNetworks_OddNamesTrainer(m)::lossAndGradient,
                                TrainingNetworks_OddNamesTrainer.TARGET_WIDTH)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gradientsMatchFiniteDifferences(Case network) {
        FiniteDifferenceTest.assertGradientsMatch(network, 3);
    }
}
