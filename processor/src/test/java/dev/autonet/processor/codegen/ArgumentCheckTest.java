package dev.autonet.processor.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.autonet.processor.good.MnistDoubleModel;
import dev.autonet.processor.good.MoonsModel;
import dev.autonet.processor.good.Tasks_BinaryDoubleModel;
import dev.autonet.processor.good.Tasks_RegressorFloatModel;
import dev.autonet.processor.good.TinyModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Wrong arguments are rejected with messages naming what, the actual and the expected; parameters are copied both ways. */
class ArgumentCheckTest {
    private final MoonsModel moons = MoonsModel.initialize(21);

    @Test
    void wrongInputLength() {
        assertRejected("input has length 3, expected 2", () -> moons.predict(new float[3], new float[1]));
        assertRejected("input has length 1, expected 2", () -> moons.predict(new float[1]));
        assertRejected("input has length 3, expected 2", () -> moons.logits(new float[3], new float[1]));
        assertRejected("input has length 0, expected 2", () -> moons.probability(new float[0]));
        assertRejected("input has length 5, expected 2", () -> moons.probability(new double[5]));
        MnistDoubleModel mnist = MnistDoubleModel.initialize(22);
        assertRejected("input has length 783, expected 784", () -> mnist.classify(new double[783]));
        assertRejected("input has length 10, expected 784", () -> mnist.classify(new float[10]));
    }

    @Test
    void wrongOutputLength() {
        assertRejected("output has length 2, expected 1", () -> moons.predict(new float[2], new float[2]));
        assertRejected("output has length 0, expected 1", () -> moons.logits(new float[2], new float[0]));
        Tasks_RegressorFloatModel regressor = Tasks_RegressorFloatModel.initialize(23);
        assertRejected("output has length 3, expected 2", () -> regressor.predict(new double[4], new double[3]));
    }

    @Test
    void fromParametersChecksLengthAndFiniteness() {
        assertRejected("parameters has length 768, expected 769", () -> MoonsModel.fromParameters(new float[768]));
        float[] parameters = moons.parameters();
        parameters[17] = Float.NaN;
        assertRejected("parameters[17] is NaN; every parameter must be finite", () -> MoonsModel.fromParameters(parameters));
        parameters[17] = 0;
        parameters[768] = Float.POSITIVE_INFINITY;
        assertRejected("parameters[768] is Infinity; every parameter must be finite",
                () -> MoonsModel.fromParameters(parameters));
        double[] doubles = Tasks_BinaryDoubleModel.initialize(24).parameters();
        doubles[0] = Double.NEGATIVE_INFINITY;
        assertRejected("parameters[0] is -Infinity; every parameter must be finite",
                () -> Tasks_BinaryDoubleModel.fromParameters(doubles));
    }

    @Test
    void parametersAreCopiedInAndOut() {
        float[] parameters = TinyModel.initialize(25).parameters();
        float[] original = parameters.clone();
        TinyModel model = TinyModel.fromParameters(parameters);
        float[] input = {0.3f, -0.7f};
        double before = model.probability(input);

        parameters[13] += 5; // the output bias, in the caller's array
        assertEquals(before, model.probability(input));
        assertNotEquals(before, TinyModel.fromParameters(parameters).probability(input));

        float[] copy = model.parameters();
        assertNotSame(copy, model.parameters());
        copy[13] += 5; // and in the array parameters() returned
        assertEquals(before, model.probability(input));

        assertArrayEquals(original, model.parameters());
    }

    private static void assertRejected(String message, Executable call) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}
