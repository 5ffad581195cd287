package dev.autonet.processor.training;

import static dev.autonet.processor.codegen.GeneratedModel.toDoubles;
import static dev.autonet.processor.codegen.GeneratedModel.toFloats;
import static dev.autonet.processor.training.Precisions.scaledError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.LossFunction;
import dev.autonet.processor.training.FiniteDifferences.Point;
import dev.autonet.runtime.data.Batches;
import dev.autonet.runtime.data.Dataset;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The trainer works through a batch in tiles of 64 rows; these tests give it batches that fill no tile, one
 * tile, one tile and a row, and four tiles and a row, and compare its loss and gradients with
 * {@link RowByRowReference}, an independent row-at-a-time interpreter in double, at the same (for FLOAT,
 * float-rounded) parameters and data. Tolerances: DOUBLE, loss {@value #DOUBLE_LOSS} relative and every
 * gradient {@value #DOUBLE_GRADIENT} times the largest of its kind; FLOAT, {@value #FLOAT_LOSS} and
 * {@value #FLOAT_GRADIENT} (float's 24 bits over sums of up to 784 × 257 products; FloatDoubleTest measured
 * 1e-7 on 16 rows). Measured: DOUBLE at most 1.5e-15 (loss) and 6.8e-16 (gradients); FLOAT at most
 * 2.3e-7 (loss) and 4.8e-7 (gradients). The networks cover narrow layers (register-blocked weight gradient), wide ones (staged,
 * 128 units and more), PReLU's slope, and the input gradient.
 */
class BatchedTrainingTest {
    static final double DOUBLE_LOSS = 1e-13;
    static final double DOUBLE_GRADIENT = 1e-13;
    static final double FLOAT_LOSS = 1e-5;
    static final double FLOAT_GRADIENT = 1e-5;
    static final Architecture MOONS = Architecture.parse(2, "32 RELU, 16 RELU, 8 RELU, 1 SIGMOID");
    static final Architecture MNIST = Architecture.parse(784, "256 RELU, 128 RELU, 10 SOFTMAX");

    @ParameterizedTest
    @ValueSource(ints = {1, 63, 64, 65, 257})
    void loopedChainMatchesTheReference(int rows) {
        Architecture architecture = Architecture.parse(30, "20 PRELU 0.2, 30 TANH, 20 LINEAR");
        Point point = FiniteDifferences.draw(architecture, LossFunction.MSE, 20, rows, 40 + rows);
        TrainingNetworks_LoopedChainTrainer trainer = new TrainingNetworks_LoopedChainTrainer(
                TrainingNetworks_LoopedChainModel.fromParameters(point.parameters()));
        double[] gradient = new double[point.parameters().length];
        double[] inputGradient = new double[point.x().length];
        double loss = trainer.lossAndGradient(point.x(), point.y(), rows, gradient, inputGradient);
        RowByRowReference.Result expected = RowByRowReference.lossAndGradient(architecture, LossFunction.MSE,
                point.parameters(), point.x(), point.y(), rows);
        check("LoopedChain", rows, expected, loss, gradient, inputGradient, DOUBLE_LOSS, DOUBLE_GRADIENT);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 63, 64, 65, 257})
    void wideMatchesTheReference(int rows) {
        Architecture architecture = Architecture.parse(1, "512 TANH, 1 LINEAR");
        Point point = FiniteDifferences.draw(architecture, LossFunction.MSE, 1, rows, 50 + rows);
        double[] gradient = new double[point.parameters().length];
        double[] inputGradient = new double[point.x().length];
        double loss = new TrainingNetworks_WideTrainer(TrainingNetworks_WideModel.fromParameters(point.parameters()))
                .lossAndGradient(point.x(), point.y(), rows, gradient, inputGradient);
        RowByRowReference.Result expected = RowByRowReference.lossAndGradient(architecture, LossFunction.MSE,
                point.parameters(), point.x(), point.y(), rows);
        check("Wide", rows, expected, loss, gradient, inputGradient, DOUBLE_LOSS, DOUBLE_GRADIENT);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 63, 64, 65, 257})
    void loopedSoftmaxMatchesTheReference(int rows) {
        Architecture architecture = Architecture.parse(40, "30 RELU, 3 SOFTMAX");
        Point point = FiniteDifferences.draw(architecture, LossFunction.CATEGORICAL_CROSS_ENTROPY, 3, rows, 60 + rows);
        double[] gradient = new double[point.parameters().length];
        double loss = new TrainingNetworks_LoopedTrainer(TrainingNetworks_LoopedModel.fromParameters(point.parameters()))
                .lossAndGradient(point.x(), point.y(), rows, gradient, null);
        RowByRowReference.Result expected = RowByRowReference.lossAndGradient(architecture,
                LossFunction.CATEGORICAL_CROSS_ENTROPY, point.parameters(), point.x(), point.y(), rows);
        check("Looped", rows, expected, loss, gradient, null, DOUBLE_LOSS, DOUBLE_GRADIENT);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 63, 64, 65, 257})
    void moonsInFloatMatchesTheReference(int rows) {
        checkFloat("Moons", MOONS, LossFunction.BCE, 1, rows, 70 + rows, parameters ->
                new TrainingNetworks_MoonsTrainer(TrainingNetworks_MoonsModel.fromParameters(parameters))::lossAndGradient);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 65, 257})
    void mnistInFloatMatchesTheReference(int rows) {
        checkFloat("Mnist", MNIST, LossFunction.CATEGORICAL_CROSS_ENTROPY, 10, rows, 80 + rows, parameters ->
                new TrainingNetworks_MnistTrainer(TrainingNetworks_MnistModel.fromParameters(parameters))::lossAndGradient);
    }

    /*
     * backend = VECTOR: the trainer's forward pass and input gradients add each term by a fused multiply-add, and
     * its narrow layers' weight gradients sum lanes of rows before adding the lanes, so it matches the reference
     * within rounding; the tolerances are the SCALAR trainer's.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 7, 8, 63, 64, 65, 257})
    void vectorMoonsMatchesTheReference(int rows) {
        checkFloat("VectorMoons", MOONS, LossFunction.BCE, 1, rows, 170 + rows, parameters ->
                new TrainingNetworks_VectorMoonsTrainer(TrainingNetworks_VectorMoonsModel.fromParameters(parameters))
                        ::lossAndGradient);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 4, 63, 64, 65, 257})
    void vectorChainMatchesTheReference(int rows) {
        Architecture architecture = Architecture.parse(30, "17 LEAKY_RELU 0.1, 20 PRELU 0.2, 9 TANH, 3 LINEAR");
        Point point = FiniteDifferences.draw(architecture, LossFunction.MSE, 3, rows, 180 + rows);
        double[] gradient = new double[point.parameters().length];
        double[] inputGradient = new double[point.x().length];
        double loss = new TrainingNetworks_VectorChainTrainer(
                TrainingNetworks_VectorChainModel.fromParameters(point.parameters()))
                .lossAndGradient(point.x(), point.y(), rows, gradient, inputGradient);
        RowByRowReference.Result expected = RowByRowReference.lossAndGradient(architecture, LossFunction.MSE,
                point.parameters(), point.x(), point.y(), rows);
        check("VectorChain", rows, expected, loss, gradient, inputGradient, DOUBLE_LOSS, DOUBLE_GRADIENT);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 65})
    void vectorMnistMatchesTheReference(int rows) {
        checkFloat("VectorMnist", MNIST, LossFunction.CATEGORICAL_CROSS_ENTROPY, 10, rows, 190 + rows, parameters ->
                new TrainingNetworks_VectorMnistTrainer(TrainingNetworks_VectorMnistModel.fromParameters(parameters))
                        ::lossAndGradient);
    }

    /**
     * The fit loop's last, partial batch (257 rows in batches of 64 end with one row) gives the loss and
     * gradient norms that lossAndGradient gives for that row, bit for bit.
     */
    @Test
    void lastPartialBatchOfTheFitLoop() {
        Architecture architecture = Architecture.parse(30, "20 PRELU 0.2, 30 TANH, 20 LINEAR");
        int rows = 257;
        Point point = FiniteDifferences.draw(architecture, LossFunction.MSE, 20, rows, 90);
        TrainingNetworks_LoopedChainTrainer trainer = new TrainingNetworks_LoopedChainTrainer(
                TrainingNetworks_LoopedChainModel.fromParameters(point.parameters()));
        Batches batches = Batches.ordered(Dataset.of(30, point.x(), 20, point.y()), 64);
        int last = 0;
        for (int batch = 0; batch < 5; batch++) {
            last = trainer.computeBatch(batches);
        }
        assertEquals(1, last);
        double[] x = new double[30];
        double[] y = new double[20];
        System.arraycopy(point.x(), 256 * 30, x, 0, 30);
        System.arraycopy(point.y(), 256 * 20, y, 0, 20);
        double[] gradient = new double[point.parameters().length];
        double loss = trainer.lossAndGradient(x, y, 1, gradient, null);
        assertEquals(loss, trainer.batchLoss(), 0.0);
        double firstLayer = 0;
        for (int k = 0; k < 30 * 20 + 20 + 1; k++) {
            firstLayer += gradient[k] * gradient[k];
        }
        assertEquals(Math.sqrt(firstLayer), trainer.layerGradientNorm(0), 1e-15 * Math.sqrt(firstLayer));
    }

    /** A FLOAT trainer's {@code lossAndGradient(inputs, targets, rows, parameterGradient, inputGradient)}. */
    private interface FloatLossAndGradient {
        double apply(float[] inputs, float[] targets, int rows, float[] parameterGradient, float[] inputGradient);
    }

    /**
     * Draws a point for {@code architecture} (seed {@code seed}), rounds it to float, runs the FLOAT trainer that
     * {@code trainer} makes from the rounded parameters, and checks it against the reference at the rounded
     * values with the FLOAT tolerances.
     */
    private static void checkFloat(String network, Architecture architecture, LossFunction lossFunction, int outputs,
            int rows, long seed, Function<float[], FloatLossAndGradient> trainer) {
        Point point = FiniteDifferences.draw(architecture, lossFunction, outputs, rows, seed);
        float[] parameters = toFloats(point.parameters());
        float[] inputs = toFloats(point.x());
        float[] targets = toFloats(point.y());
        float[] gradient = new float[parameters.length];
        float[] inputGradient = new float[inputs.length];
        double loss = trainer.apply(parameters).apply(inputs, targets, rows, gradient, inputGradient);
        RowByRowReference.Result expected = RowByRowReference.lossAndGradient(architecture, lossFunction,
                toDoubles(parameters), toDoubles(inputs), toDoubles(targets), rows);
        check(network, rows, expected, loss, toDoubles(gradient), toDoubles(inputGradient), FLOAT_LOSS, FLOAT_GRADIENT);
    }

    private static void check(String network, int rows, RowByRowReference.Result expected, double loss, double[] gradient,
            double[] inputGradient, double lossTolerance, double gradientTolerance) {
        double lossError = Math.abs(loss - expected.loss()) / Math.abs(expected.loss());
        double parameterError = scaledError(gradient, expected.parameterGradient());
        double inputError = inputGradient == null ? 0 : scaledError(inputGradient, expected.inputGradient());
        System.out.printf("%s, %d rows: loss %.1e, parameter gradient %.1e, input gradient %.1e%n", network, rows,
                lossError, parameterError, inputError);
        assertTrue(lossError <= lossTolerance, network + " loss " + loss + " vs " + expected.loss());
        assertTrue(parameterError <= gradientTolerance, network + " parameter gradient error " + parameterError);
        assertTrue(inputError <= gradientTolerance, network + " input gradient error " + inputError);
    }
}
