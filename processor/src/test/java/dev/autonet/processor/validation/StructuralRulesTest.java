package dev.autonet.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.autonet.processor.validation.Compiling.assertClean;
import static dev.autonet.processor.validation.Compiling.assertError;
import static dev.autonet.processor.validation.Compiling.assertWarning;
import static dev.autonet.processor.validation.Compiling.compile;
import static dev.autonet.processor.validation.Compiling.declaration;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Structural rules of DESIGN.md beyond the pairing cells: where SOFTMAX, STEP and SIGMOID may stand; HINGE's units. */
class StructuralRulesTest {

    @Test
    void softmaxWithOneUnitIsTheOnlyErrorEvenWithCrossEntropy() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 8, activation = RELU)",
                "@Dense(units = 1, activation = SOFTMAX)",
                "@Loss(CATEGORICAL_CROSS_ENTROPY)",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.SOFTMAX_UNITS.format(2), "activation = SOFTMAX", "SOFTMAX");
    }

    @Test
    void softmaxWithOneUnitIsAnErrorInInferenceOnlyNetworks() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 1, activation = SOFTMAX)",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.SOFTMAX_UNITS.format(1), "SOFTMAX", "SOFTMAX");
    }

    @Test
    void softmaxInAHiddenLayer() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 8, activation = SOFTMAX)",
                "@Dense(units = 1, activation = SIGMOID)",
                "@Loss(BCE)",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.HIDDEN_SOFTMAX.format(1), "SOFTMAX", "SOFTMAX");
    }

    @Test
    void stepInAHiddenLayerOfATrainedNetwork() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 8, activation = STEP)",
                "@Dense(units = 1, activation = SIGMOID)",
                "@Loss(BCE)",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.STEP_TRAINED.format(1, "BCE"), "STEP", "STEP");
    }

    @Test
    void stepIsFineWithoutLoss() {
        Compilation compilation = compile(declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 8, activation = STEP)",
                "@Dense(units = 1, activation = STEP)",
                "interface Net {}"));
        assertClean(compilation, "test.Net");
    }

    @Test
    void hingeNeedsOneOutputUnit() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 3, activation = LINEAR)",
                "@Loss(HINGE)",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.HINGE_UNITS.format(3), "@Loss(HINGE)", "HINGE");
    }

    @Test
    void hingeOnTwoSigmoidUnitsGetsOnlyThePairingError() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 2, activation = SIGMOID)",
                "@Loss(HINGE)",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.HINGE_ON_SIGMOID.format("HINGE", "SIGMOID"), "@Loss(HINGE)", "HINGE");
    }

    @Test
    void sigmoidInAHiddenLayerWarns() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 8, activation = RELU)",
                "@Dense(units = 8, activation = SIGMOID)",
                "@Dense(units = 1, activation = LINEAR)",
                "@Loss(MSE)",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(0);
        assertThat(compilation).hadWarningCount(1);
        assertWarning(compilation, file, Message.VANISHING_GRADIENT.format(2), "SIGMOID", "SIGMOID");
    }

    @Test
    void sigmoidInAHiddenLayerOfAnInferenceOnlyNetworkDoesNotWarn() {
        assertClean(compile(declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 8, activation = SIGMOID)",
                "@Dense(units = 1, activation = SIGMOID)",
                "interface Net {}")), "test.Net");
    }

    @Test
    void sigmoidOutputDoesNotWarn() {
        assertClean(compile(declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 1, activation = SIGMOID)",
                "@Loss(BCE)",
                "interface Net {}")), "test.Net");
    }
}
