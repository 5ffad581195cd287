package dev.autonet.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autonet.benchmarks.baseline.BaselineNetwork;
import dev.autonet.benchmarks.baseline.BaselineNetworkDouble;
import dev.autonet.benchmarks.baseline.BaselineTrainer;
import dev.autonet.benchmarks.baseline.BaselineTrainerDouble;
import dev.autonet.benchmarks.baseline.Layout;
import dev.autonet.runtime.data.Dataset;
import dev.autonet.runtime.data.Split;
import dev.autonet.runtime.optim.Sgd;
import org.junit.jupiter.api.Test;

/**
 * The baseline must compute what the generated code computes before its speed means anything: predictions,
 * losses and gradients agree to 1e-6 (FLOAT) and 1e-12 (DOUBLE), and a short moons job ends with the same
 * weights. Fast: no benchmark runs here.
 */
class BaselineMatchesGeneratedTest {
    private static final double FLOAT_TOLERANCE = 1e-6;
    private static final double DOUBLE_TOLERANCE = 1e-12;
    private static final int ROWS = 16;

    @Test
    void moonsPredictionsAgree() {
        MoonsModel model = MoonsModel.initialize(3);
        BaselineNetwork baseline = new BaselineNetwork(Layout.MOONS, model.parameters());
        float[][] inputs = Rows.floats(Rows.doubles(ROWS, MoonsModel.INPUTS, 5));
        assertPredictionsAgree(inputs, MoonsModel.OUTPUTS, model::predict, baseline::predict);

        MoonsDoubleModel doubleModel = MoonsDoubleModel.initialize(3);
        BaselineNetworkDouble doubleBaseline = new BaselineNetworkDouble(Layout.MOONS, doubleModel.parameters());
        double[][] doubleInputs = Rows.doubles(ROWS, MoonsModel.INPUTS, 5);
        assertPredictionsAgree(doubleInputs, MoonsModel.OUTPUTS, doubleModel::predict, doubleBaseline::predict);
    }

    @Test
    void mnistPredictionsAgree() {
        MnistModel model = MnistModel.initialize(3);
        BaselineNetwork baseline = new BaselineNetwork(Layout.MNIST, model.parameters());
        float[][] inputs = Rows.floats(Rows.doubles(ROWS, MnistModel.INPUTS, 5));
        assertPredictionsAgree(inputs, MnistModel.OUTPUTS, model::predict, baseline::predict);

        MnistDoubleModel doubleModel = MnistDoubleModel.initialize(3);
        BaselineNetworkDouble doubleBaseline = new BaselineNetworkDouble(Layout.MNIST, doubleModel.parameters());
        double[][] doubleInputs = Rows.doubles(ROWS, MnistModel.INPUTS, 5);
        assertPredictionsAgree(doubleInputs, MnistModel.OUTPUTS, doubleModel::predict, doubleBaseline::predict);
    }

    @Test
    void batchedPredictionsAgree() {
        MoonsModel moons = MoonsModel.initialize(3);
        float[] moonsInputs = Rows.flatten(Rows.floats(Rows.doubles(ROWS, MoonsModel.INPUTS, 6)));
        float[] expected = new float[ROWS * MoonsModel.OUTPUTS];
        float[] actual = new float[ROWS * MoonsModel.OUTPUTS];
        moons.predict(moonsInputs, ROWS, expected);
        new BaselineNetwork(Layout.MOONS, moons.parameters()).predict(moonsInputs, ROWS, actual);
        assertArrayClose(expected, actual, FLOAT_TOLERANCE);

        MnistDoubleModel mnist = MnistDoubleModel.initialize(3);
        double[] mnistInputs = Rows.flatten(Rows.doubles(ROWS, MnistModel.INPUTS, 6));
        double[] expectedDouble = new double[ROWS * MnistModel.OUTPUTS];
        double[] actualDouble = new double[ROWS * MnistModel.OUTPUTS];
        mnist.predict(mnistInputs, ROWS, expectedDouble);
        new BaselineNetworkDouble(Layout.MNIST, mnist.parameters()).predict(mnistInputs, ROWS, actualDouble);
        for (int k = 0; k < expectedDouble.length; k++) {
            assertEquals(expectedDouble[k], actualDouble[k], DOUBLE_TOLERANCE, "value " + k);
        }
    }

    /**
     * The backend = VECTOR models give the baseline's predictions, single-row and batched, within the same
     * tolerances: they fuse multiply-adds and sum in another order, which moves FLOAT results by a few ulps.
     */
    @Test
    void vectorPredictionsAgree() {
        MoonsVectorModel moons = MoonsVectorModel.initialize(3);
        BaselineNetwork moonsBaseline = new BaselineNetwork(Layout.MOONS, moons.parameters());
        float[][] moonsRows = Rows.floats(Rows.doubles(ROWS, MoonsModel.INPUTS, 5));
        assertPredictionsAgree(moonsRows, MoonsModel.OUTPUTS, moons::predict, moonsBaseline::predict);
        assertBatchedAgree(Rows.flatten(moonsRows), MoonsModel.OUTPUTS, moons::predict, moonsBaseline::predict);

        MoonsVectorDoubleModel moonsDouble = MoonsVectorDoubleModel.initialize(3);
        BaselineNetworkDouble doubleBaseline = new BaselineNetworkDouble(Layout.MOONS, moonsDouble.parameters());
        assertPredictionsAgree(Rows.doubles(ROWS, MoonsModel.INPUTS, 5), MoonsModel.OUTPUTS, moonsDouble::predict,
                doubleBaseline::predict);

        MnistVectorModel mnist = MnistVectorModel.initialize(3);
        BaselineNetwork mnistBaseline = new BaselineNetwork(Layout.MNIST, mnist.parameters());
        float[][] mnistRows = Rows.floats(Rows.doubles(ROWS, MnistModel.INPUTS, 5));
        assertPredictionsAgree(mnistRows, MnistModel.OUTPUTS, mnist::predict, mnistBaseline::predict);
        assertBatchedAgree(Rows.flatten(mnistRows), MnistModel.OUTPUTS, mnist::predict, mnistBaseline::predict);
    }

    /** One batched predict. */
    private interface FloatBatch {
        void predict(float[] inputs, int rows, float[] outputs);
    }

    private static void assertBatchedAgree(float[] inputs, int outputs, FloatBatch generated, FloatBatch baseline) {
        float[] expected = new float[ROWS * outputs];
        float[] actual = new float[ROWS * outputs];
        generated.predict(inputs, ROWS, expected);
        baseline.predict(inputs, ROWS, actual);
        assertArrayClose(expected, actual, FLOAT_TOLERANCE);
    }

    @Test
    void gradientsAgree() {
        Dataset moons = Rows.labelled(ROWS, MoonsModel.INPUTS, 1, 7);
        Dataset mnist = Rows.labelled(ROWS, MnistModel.INPUTS, MnistModel.OUTPUTS, 7);

        float[] moonsGradient = new float[MoonsModel.PARAMETER_COUNT];
        float[] moonsBaselineGradient = new float[MoonsModel.PARAMETER_COUNT];
        MoonsModel moonsModel = MoonsModel.initialize(8);
        double loss = new MoonsTrainer(moonsModel).lossAndGradient(floats(moons.features()),
                floats(moons.targets()), ROWS, moonsGradient, null);
        double baselineLoss = new BaselineNetwork(Layout.MOONS, moonsModel.parameters()).lossAndGradient(
                floats(moons.features()), floats(moons.targets()), ROWS, moonsBaselineGradient);
        assertEquals(loss, baselineLoss, FLOAT_TOLERANCE);
        assertArrayClose(moonsGradient, moonsBaselineGradient, FLOAT_TOLERANCE);

        float[] mnistGradient = new float[MnistModel.PARAMETER_COUNT];
        float[] mnistBaselineGradient = new float[MnistModel.PARAMETER_COUNT];
        MnistModel mnistModel = MnistModel.initialize(8);
        loss = new MnistTrainer(mnistModel).lossAndGradient(floats(mnist.features()), floats(mnist.targets()),
                ROWS, mnistGradient, null);
        baselineLoss = new BaselineNetwork(Layout.MNIST, mnistModel.parameters()).lossAndGradient(
                floats(mnist.features()), floats(mnist.targets()), ROWS, mnistBaselineGradient);
        assertEquals(loss, baselineLoss, FLOAT_TOLERANCE);
        assertArrayClose(mnistGradient, mnistBaselineGradient, FLOAT_TOLERANCE);

        double[] gradient = new double[MnistDoubleModel.PARAMETER_COUNT];
        double[] baselineGradient = new double[MnistDoubleModel.PARAMETER_COUNT];
        MnistDoubleModel doubleModel = MnistDoubleModel.initialize(8);
        loss = new MnistDoubleTrainer(doubleModel).lossAndGradient(mnist.features(), mnist.targets(), ROWS,
                gradient, null);
        baselineLoss = new BaselineNetworkDouble(Layout.MNIST, doubleModel.parameters()).lossAndGradient(
                mnist.features(), mnist.targets(), ROWS, baselineGradient);
        assertEquals(loss, baselineLoss, DOUBLE_TOLERANCE);
        for (int k = 0; k < gradient.length; k++) {
            assertEquals(gradient[k], baselineGradient[k], DOUBLE_TOLERANCE, "parameter " + k);
        }
    }

    @Test
    void shortMoonsJobEndsWithTheSameWeights() {
        int epochs = 5;
        Split split = MoonsJob.data(MoonsJob.SEED);
        MoonsTrainer generated = new MoonsTrainer(MoonsModel.initialize(MoonsJob.SEED))
                .optimizer(Sgd.learningRate(MoonsJob.LEARNING_RATE));
        generated.fit(split.train(), split.validation(), MoonsJob.options(epochs, MoonsJob.SEED));
        BaselineTrainer baseline = new BaselineTrainer(Layout.MOONS,
                MoonsModel.initialize(MoonsJob.SEED).parameters());
        baseline.fit(Sgd.learningRate(MoonsJob.LEARNING_RATE), split.train(), split.validation(),
                MoonsJob.options(epochs, MoonsJob.SEED));
        assertArrayClose(generated.parameters(), baseline.parameters(), FLOAT_TOLERANCE);
        assertEquals(generated.evaluate(split.test()).metric(), baseline.evaluate(split.test()).metric());

        MoonsDoubleTrainer generatedDouble = new MoonsDoubleTrainer(MoonsDoubleModel.initialize(MoonsJob.SEED))
                .optimizer(Sgd.learningRate(MoonsJob.LEARNING_RATE));
        generatedDouble.fit(split.train(), split.validation(), MoonsJob.options(epochs, MoonsJob.SEED));
        BaselineTrainerDouble baselineDouble = new BaselineTrainerDouble(Layout.MOONS,
                MoonsDoubleModel.initialize(MoonsJob.SEED).parameters());
        baselineDouble.fit(Sgd.learningRate(MoonsJob.LEARNING_RATE), split.train(), split.validation(),
                MoonsJob.options(epochs, MoonsJob.SEED));
        double[] expected = generatedDouble.parameters();
        double[] actual = baselineDouble.parameters();
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], DOUBLE_TOLERANCE, "parameter " + k);
        }
    }

    private interface FloatPredict {
        void predict(float[] input, float[] output);
    }

    private interface DoublePredict {
        void predict(double[] input, double[] output);
    }

    private static void assertPredictionsAgree(float[][] inputs, int outputs, FloatPredict generated,
            FloatPredict baseline) {
        float[] expected = new float[outputs];
        float[] actual = new float[outputs];
        for (float[] input : inputs) {
            generated.predict(input, expected);
            baseline.predict(input, actual);
            assertArrayClose(expected, actual, FLOAT_TOLERANCE);
        }
    }

    private static void assertPredictionsAgree(double[][] inputs, int outputs, DoublePredict generated,
            DoublePredict baseline) {
        double[] expected = new double[outputs];
        double[] actual = new double[outputs];
        for (double[] input : inputs) {
            generated.predict(input, expected);
            baseline.predict(input, actual);
            for (int j = 0; j < outputs; j++) {
                assertEquals(expected[j], actual[j], DOUBLE_TOLERANCE, "output " + j);
            }
        }
    }

    private static void assertArrayClose(float[] expected, float[] actual, double tolerance) {
        assertEquals(expected.length, actual.length);
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], tolerance, "index " + k);
        }
    }

    private static float[] floats(double[] values) {
        float[] converted = new float[values.length];
        for (int k = 0; k < values.length; k++) {
            converted[k] = (float) values[k];
        }
        return converted;
    }
}
