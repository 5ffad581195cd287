package dev.autonet.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.autonet.processor.validation.Compiling.assertClean;
import static dev.autonet.processor.validation.Compiling.assertError;
import static dev.autonet.processor.validation.Compiling.compile;
import static dev.autonet.processor.validation.Compiling.declaration;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules on single values: units, inputs, the parameter count, alpha, delta and layer names. */
class ValueRulesTest {

    @ParameterizedTest
    @ValueSource(ints = {0, -3})
    void unitsBelowOne(int units) {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = " + units + ", activation = RELU)",
                "@Dense(units = 1, activation = LINEAR)",
                "@Loss(MSE)",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.UNITS.format(1, units), "RELU", String.valueOf(units));
    }

    @Test
    void inputsBelowOne() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 0)",
                "@Dense(units = 1, activation = LINEAR)",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.INPUTS.format(0), "inputs = 0", "0");
    }

    @Test
    void parametersBeyondOneArrayAreCountedInLong() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 100000)",
                "@Dense(units = 100000, activation = RELU)",
                "@Dense(units = 1, activation = LINEAR)",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.TOO_LARGE.format(100000L * 100000 + 100000, 1, Integer.MAX_VALUE),
                "units = 100000", "100000");
    }

    @Test
    void moreLayersThanTheLimitIsOneErrorOnTheFirstLayerPastIt() {
        List<String> lines = new ArrayList<>(List.of("@Network(inputs = 1)"));
        for (int layer = 1; layer < ShapeRules.MAX_LAYERS; layer++) {
            lines.add("@Dense(units = 1, activation = RELU)");
        }
        lines.add("@Dense(units = 2, activation = RELU)");   // layer 450, the last allowed
        lines.add("@Dense(units = 3, activation = TANH)");   // layer 451
        lines.add("@Dense(units = 1, activation = LINEAR)");
        lines.add("interface Net {}");
        JavaFileObject file = declaration("Net", lines.toArray(String[]::new));
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.TOO_DEEP.format(452, 450), "units = 3", "@Dense");
    }

    @Test
    void theLimitItselfCompiles() {
        List<String> lines = new ArrayList<>(List.of("@Network(inputs = 1)"));
        for (int layer = 1; layer < ShapeRules.MAX_LAYERS; layer++) {
            lines.add("@Dense(units = 1, activation = RELU)");
        }
        lines.add("@Dense(units = 1, activation = LINEAR)");
        lines.add("interface Net {}");
        assertClean(compile(declaration("Net", lines.toArray(String[]::new))), "test.Net");
    }

    @ParameterizedTest(name = "{0} alpha = {1}")
    @CsvSource({
            "LEAKY_RELU, 0.0, ALPHA_LEAKY_RELU",
            "LEAKY_RELU, 1.0, ALPHA_LEAKY_RELU",
            "LEAKY_RELU, -0.1, ALPHA_LEAKY_RELU",
            "LEAKY_RELU, Double.POSITIVE_INFINITY, ALPHA_LEAKY_RELU",
            "PRELU, -0.1, ALPHA_PRELU",
            "PRELU, 1.0, ALPHA_PRELU",
            "ELU, 0.0, ALPHA_ELU",
            "ELU, -1.0, ALPHA_ELU",
            "ELU, Double.POSITIVE_INFINITY, ALPHA_ELU",
            "RELU, 0.1, ALPHA_UNUSED",
            "LINEAR, 0.5, ALPHA_UNUSED"})
    void alphaOutOfRangeOrUnused(String activation, String alpha, Message message) {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 4, activation = " + activation + ", alpha = " + alpha + ")",
                "@Dense(units = 1, activation = LINEAR)",
                "@Loss(MSE)",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        double value = alpha.equals("Double.POSITIVE_INFINITY") ? Double.POSITIVE_INFINITY : Double.parseDouble(alpha);
        assertError(compilation, file, message.format(value, activation), "alpha = ", javacColumnToken(alpha));
    }

    @ParameterizedTest(name = "{0} alpha = {1}")
    @CsvSource({
            "LEAKY_RELU, 0.2", "LEAKY_RELU, Double.NaN", "PRELU, 0.0", "PRELU, 0.5", "ELU, 2.5", "RELU, Double.NaN"})
    void alphaInRange(String activation, String alpha) {
        assertClean(compile(declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 4, activation = " + activation + ", alpha = " + alpha + ")",
                "@Dense(units = 1, activation = LINEAR)",
                "@Loss(MSE)",
                "interface Net {}")), "test.Net");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0", "-1.0", "Double.NaN", "Double.NEGATIVE_INFINITY", "Double.POSITIVE_INFINITY"})
    void huberDeltaNotPositive(String delta) {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 1, activation = LINEAR)",
                "@Loss(value = HUBER, delta = " + delta + ")",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        double value = delta.startsWith("Double.") ? constant(delta) : Double.parseDouble(delta);
        assertError(compilation, file, Message.HUBER_DELTA.format(value), "delta", javacColumnToken(delta));
    }

    @Test
    void huberDeltaPositive() {
        assertClean(compile(declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 1, activation = LINEAR)",
                "@Loss(value = HUBER, delta = 0.5)",
                "interface Net {}")), "test.Net");
    }

    @Test
    void deltaOnALossOtherThanHuber() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 1, activation = LINEAR)",
                "@Loss(value = MSE, delta = 2.0)",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.DELTA_UNUSED.format(2.0, "MSE"), "delta", "2.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"class", "2fast", "hidden.one", "has space", "_", "true", "-"})
    void layerNameNotAnIdentifier(String name) {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 4, activation = RELU, name = \"" + name + "\")",
                "@Dense(units = 1, activation = LINEAR)",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.LAYER_NAME_INVALID.format(name), "name = ", "\"" + name);
    }

    @Test
    void layerNamesRepeated() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 4, activation = RELU, name = \"hidden\")",
                "@Dense(units = 4, activation = RELU, name = \"hidden\") // the second",
                "@Dense(units = 1, activation = LINEAR)",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.LAYER_NAME_DUPLICATE.format("hidden", 1, 2), "the second", "\"hidden");
    }

    @Test
    void layerNameTakenByAnUnnamedLayer() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 4, activation = RELU, name = \"dense2\")",
                "@Dense(units = 1, activation = LINEAR)",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.LAYER_NAME_DUPLICATE.format("dense2", 1, 2), "name = ", "\"dense2");
    }

    @Test
    void distinctLayerNames() {
        assertClean(compile(declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 4, activation = RELU, name = \"encoder\")",
                "@Dense(units = 4, activation = RELU, name = \"dense1\")",
                "@Dense(units = 1, activation = LINEAR, name = \"head\")",
                "interface Net {}")), "test.Net");
    }

    // javac places a field access such as Double.NaN at its dot, as it does for its own errors.
    private static String javacColumnToken(String value) {
        return value.startsWith("Double.") ? value.substring("Double".length()) : value;
    }

    private static double constant(String name) {
        return switch (name) {
            case "Double.NaN" -> Double.NaN;
            case "Double.NEGATIVE_INFINITY" -> Double.NEGATIVE_INFINITY;
            default -> Double.POSITIVE_INFINITY;
        };
    }
}
