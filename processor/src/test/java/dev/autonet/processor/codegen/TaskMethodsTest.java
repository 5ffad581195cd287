package dev.autonet.processor.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.processor.good.MnistDoubleModel;
import dev.autonet.processor.good.MnistModel;
import dev.autonet.processor.good.Moons;
import dev.autonet.processor.good.MoonsModel;
import dev.autonet.processor.good.Outer;
import dev.autonet.processor.good.Outer_InnerModel;
import dev.autonet.processor.good.Tasks_BinaryDoubleModel;
import dev.autonet.processor.good.Tasks_MultiFloatModel;
import dev.autonet.processor.good.Tasks_RegressorDoubleModel;
import dev.autonet.processor.good.Tasks_RegressorFloatModel;
import dev.autonet.runtime.BinaryClassifier;
import dev.autonet.runtime.DoubleNetwork;
import dev.autonet.runtime.FloatNetwork;
import dev.autonet.runtime.MultiClassifier;
import dev.autonet.runtime.Regressor;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The model's shape, names and interfaces, and the task methods against {@code predict}. */
class TaskMethodsTest {
    private final Random random = new Random(61);

    @Test
    void constantsCountedByHand() {
        // Moons 2-32-16-8-1: 2·32+32 = 96, 32·16+16 = 528, 16·8+8 = 136, 8·1+1 = 9; 96+528+136+9 = 769.
        assertEquals(2, MoonsModel.INPUTS);
        assertEquals(1, MoonsModel.OUTPUTS);
        assertEquals(769, MoonsModel.PARAMETER_COUNT);
        // 784-256-128-10: 784·256+256 = 200,960, 256·128+128 = 32,896, 128·10+10 = 1,290; sum 235,146.
        assertEquals(235_146, MnistModel.PARAMETER_COUNT);
        MnistModel mnist = MnistModel.initialize(0);
        assertEquals(784, mnist.inputs());
        assertEquals(10, mnist.outputs());
        assertEquals(10, mnist.classes());
        assertEquals(235_146, mnist.parameterCount());
        assertEquals(235_146, mnist.parameters().length);
    }

    @Test
    void nestedDeclarationGivesOuterUnderscoreInner() throws Exception {
        // Outer.Inner: 3 -> 4 TANH -> 2 LINEAR: 3·4+4 = 16, 4·2+2 = 10; 26 parameters.
        Class<?> model = Class.forName("dev.autonet.processor.good.Outer_InnerModel");
        assertEquals(3, Outer_InnerModel.INPUTS);
        assertEquals(2, Outer_InnerModel.OUTPUTS);
        assertEquals(26, Outer_InnerModel.PARAMETER_COUNT);
        assertTrue(Outer.Inner.class.isAssignableFrom(model));
        assertTrue(FloatNetwork.class.isAssignableFrom(model));
        // Only the batched API's tile buffers (BatchWorkspace): single-row prediction needs no scratch here.
        assertEquals(List.of("BatchWorkspace"),
                Arrays.stream(model.getDeclaredClasses()).map(Class::getSimpleName).toList(),
                "a network that needs no scratch gets no single-row workspace");
    }

    @Test
    void modelsImplementTheirDeclarationAndTask() {
        assertTrue(Moons.class.isAssignableFrom(MoonsModel.class));
        assertTrue(BinaryClassifier.class.isAssignableFrom(MoonsModel.class));
        assertTrue(FloatNetwork.class.isAssignableFrom(MoonsModel.class));
        assertTrue(MultiClassifier.class.isAssignableFrom(MnistDoubleModel.class));
        assertTrue(DoubleNetwork.class.isAssignableFrom(MnistDoubleModel.class));
        assertTrue(Regressor.class.isAssignableFrom(Tasks_RegressorFloatModel.class));
    }

    @Test
    void probabilityIsTheSigmoidOutput() {
        MoonsModel moons = MoonsModel.initialize(62);
        Tasks_BinaryDoubleModel binary = Tasks_BinaryDoubleModel.initialize(63);
        for (int n = 0; n < 100; n++) {
            float[] x = {nextFloat(), nextFloat()};
            assertEquals(moons.predict(x)[0], moons.probability(x));
            assertEquals(moons.probability(x), moons.probability(new double[] {x[0], x[1]}));
            assertEquals(moons.probability(x) > 0.5, moons.classify(x));
            double[] y = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
            assertEquals(binary.predict(y)[0], binary.probability(y));
            float[] rounded = GeneratedModel.toFloats(y);
            assertEquals(binary.probability(GeneratedModel.toDoubles(rounded)), binary.probability(rounded));
        }
    }

    @Test
    void classifyIsTheArgmaxWithTheLowestIndexWinningTies() {
        MnistModel mnist = MnistModel.initialize(64);
        for (int n = 0; n < 20; n++) {
            float[] x = new float[784];
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextFloat();
            }
            float[] probabilities = mnist.predict(x);
            int best = 0;
            for (int j = 1; j < probabilities.length; j++) {
                best = probabilities[j] > probabilities[best] ? j : best;
            }
            assertEquals(best, mnist.classify(x));
            assertEquals(best, mnist.classify(GeneratedModel.toDoubles(x)));
        }
        // Tasks.MultiFloat: 3 -> 5 RELU -> 4 SOFTMAX; zero weights leave the logits at the output biases.
        float[] parameters = new float[Tasks_MultiFloatModel.PARAMETER_COUNT];
        int outputBias = 3 * 5 + 5 + 5 * 4;
        parameters[outputBias + 1] = 2;
        parameters[outputBias + 2] = 2;
        assertEquals(1, Tasks_MultiFloatModel.fromParameters(parameters).classify(new float[3]));
        assertEquals(0, Tasks_MultiFloatModel.fromParameters(new float[parameters.length]).classify(new float[3]));
    }

    @Test
    void regressorOverloadsInTheOtherPrecisionConvert() {
        Tasks_RegressorFloatModel floats = Tasks_RegressorFloatModel.initialize(65);
        Tasks_RegressorDoubleModel doubles = Tasks_RegressorDoubleModel.initialize(66);
        float[] x = {nextFloat(), nextFloat(), nextFloat(), nextFloat()};
        double[] wide = new double[2];
        floats.predict(GeneratedModel.toDoubles(x), wide);
        assertArrayEquals(GeneratedModel.toDoubles(floats.predict(x)), wide);
        float[] narrow = new float[2];
        doubles.predict(x, narrow);
        assertArrayEquals(GeneratedModel.toFloats(doubles.predict(GeneratedModel.toDoubles(x))), narrow);
        assertFalse(narrow[0] == 0 && narrow[1] == 0);
    }

    private float nextFloat() {
        return (float) (4 * random.nextDouble() - 2);
    }
}
