package dev.autonet.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.autonet.processor.validation.Compiling.assertClean;
import static dev.autonet.processor.validation.Compiling.assertError;
import static dev.autonet.processor.validation.Compiling.assertWarning;
import static dev.autonet.processor.validation.Compiling.autonetMessages;
import static dev.autonet.processor.validation.Compiling.compile;
import static dev.autonet.processor.validation.Compiling.declaration;
import static dev.autonet.processor.validation.Compiling.lineOf;
import static dev.autonet.processor.validation.Compiling.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.autonet.processor.AutoNetProcessor;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** How findings reach the user: all together, in source order, on the right value, suppressible, never a crash. */
class ReportingTest {

    @Test
    void flagshipMessageReadsAsDesigned() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 3, activation = SOFTMAX)",
                "@Loss(BCE)",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[autonet.loss-activation] BCE needs a SIGMOID output layer,"
                        + " but the last @Dense uses SOFTMAX. For mutually exclusive classes use"
                        + " @Loss(CATEGORICAL_CROSS_ENTROPY); for multi-label use activation = SIGMOID.")
                .inFile(file).onLine(9).atColumn(7);
    }

    @Test
    void zeroOneMessageReadsAsDecided() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 1, activation = SIGMOID)",
                "@Loss(ZERO_ONE)",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[autonet.zero-one-loss] ZERO_ONE cannot be trained: its gradient is"
                        + " zero almost everywhere; train with BCE/CATEGORICAL_CROSS_ENTROPY/HINGE and measure 0-1"
                        + " error as accuracy.")
                .inFile(file).onLine(9).atColumn(7);
    }

    @Test
    void allFindingsOfADeclarationAreReportedTogetherInSourceOrder() {
        JavaFileObject file = resource("bad/ManyMistakes.java");
        Compilation compilation = compile(file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(4);
        assertThat(compilation).hadWarningCount(1);
        List<String> expected = List.of(
                Message.BCE_ON_SOFTMAX.format("BCE", "SOFTMAX"),
                Message.UNITS.format(1, 0),
                Message.ALPHA_LEAKY_RELU.format(1.5),
                Message.VANISHING_GRADIENT.format(3),
                Message.LAYER_NAME_INVALID.format("class"));
        assertEquals(expected, autonetMessages(compilation));
        assertError(compilation, file, expected.get(0), "@Loss(BCE)", "BCE");
        assertError(compilation, file, expected.get(1), "units = 0", "0");
        assertError(compilation, file, expected.get(2), "alpha = 1.5", "1.5");
        assertWarning(compilation, file, expected.get(3), "name = \"class\"", "SIGMOID");
        assertError(compilation, file, expected.get(4), "name = \"class\"", "\"class\"");
    }

    @Test
    void nothingIsGeneratedForADeclarationWithAnErrorButOthersStillAre() {
        JavaFileObject bad = declaration("Bad",
                "@Network(inputs = 2)",
                "@Dense(units = 0, activation = RELU)",
                "@Dense(units = 1, activation = LINEAR)",
                "@Loss(BCE)",
                "interface Bad {}");
        JavaFileObject good = declaration("Good",
                "@Network(inputs = 2)",
                "@Dense(units = 1, activation = SIGMOID)",
                "@Loss(BCE)",
                "interface Good {}");
        InstrumentedProcessor autonet = InstrumentedProcessor.recordingSources();
        Compilation compilation = compile(autonet, bad, good);
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining(Message.UNITS.format(1, 0)).inFile(bad);
        assertThat(compilation).hadErrorContaining(Message.BCE_ON_LINEAR.format("BCE", "LINEAR")).inFile(bad);
        assertTrue(autonet.createdSources().stream().noneMatch(name -> name.startsWith("test.Bad")),
                () -> "generated " + autonet.createdSources());
        assertTrue(autonet.createdSources().contains("test.GoodModel"), () -> "generated " + autonet.createdSources());
    }

    @Test
    void eachWarningCanBeSuppressedOnTheInterface() {
        String[][] warned = {
            {"loss-activation", "@Dense(units = 3, activation = SOFTMAX)", "@Loss(MSE)"},
            {"loss-activation", "@Dense(units = 1, activation = TANH)", "@Loss(HINGE)"},
            {"loss-activation", "@Dense(units = 1, activation = RELU)", "@Loss(MAE)"},
            {"vanishing-gradient", "@Dense(units = 4, activation = SIGMOID) @Dense(units = 1)", "@Loss(MSE)"},
        };
        for (String[] declaration : warned) {
            assertClean(compile(declaration("Net",
                    "@Network(inputs = 2)",
                    declaration[1],
                    declaration[2],
                    "@SuppressWarnings(\"autonet." + declaration[0] + "\")",
                    "interface Net {}")), "test.Net");
        }
    }

    @Test
    void suppressionOnAnEnclosingTypeCounts() {
        Compilation compilation = compile(declaration("Outer",
                "@SuppressWarnings(\"autonet.vanishing-gradient\")",
                "class Outer {",
                "    @Network(inputs = 2)",
                "    @Dense(units = 4, activation = SIGMOID)",
                "    @Dense(units = 1, activation = LINEAR)",
                "    @Loss(MSE)",
                "    interface Net {}",
                "}"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    /**
     * AutoNet owns its annotations and claims them, so javac's "No processor claimed any of these
     * annotations" lint (part of -Xlint:all) stays quiet, and a correct declaration builds under
     * -Xlint:all -Werror, as samples/ builds.
     */
    @Test
    void aCorrectDeclarationCompilesCleanlyUnderXlintAllWerror() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 4, activation = RELU)",
                "@Dense(units = 1, activation = SIGMOID)",
                "@Loss(BCE)",
                "public interface Net extends dev.autonet.runtime.BinaryClassifier {}");
        Compilation compilation = Compiler.javac().withProcessors(new AutoNetProcessor())
                .withOptions("-Xlint:all", "-Werror").compile(file);
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(compilation.generatedSourceFile("test.NetTrainer").isPresent());
    }

    /** The JDK's @Generated is claimed on AutoNet's own classes only: another tool's still reaches other processors. */
    @Test
    void anotherToolsGeneratedIsNotClaimed() {
        Compilation compilation = Compiler.javac().withProcessors(new AutoNetProcessor()).withOptions("-Xlint:all")
                .compile(com.google.testing.compile.JavaFileObjects.forSourceLines("test.Other",
                        "package test;",
                        "@javax.annotation.processing.Generated(\"other.Tool\")",
                        "class Other {}"));
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("No processor claimed any of these annotations");
        assertThat(compilation).hadWarningContaining("javax.annotation.processing.Generated");
    }

    @Test
    void anUnknownAutonetSuppressionIsAWarningOnItsString() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 4, activation = SIGMOID)",
                "@Dense(units = 1, activation = LINEAR)",
                "@Loss(MSE)",
                "@SuppressWarnings({\"unchecked\", \"autonet.vanishinggradient\"})",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(2);
        assertWarning(compilation, file, Message.UNKNOWN_SUPPRESSION.format("autonet.vanishinggradient",
                "autonet.loss-activation, autonet.unknown-suppression, autonet.vanishing-gradient"),
                "@SuppressWarnings", "\"autonet.vanishinggradient\"");
        assertWarning(compilation, file, Message.VANISHING_GRADIENT.format(1), "SIGMOID", "SIGMOID");
    }

    @Test
    void anUnknownSuppressionOnAnEnclosingTypeIsReportedOnceForAllItsNetworks() {
        JavaFileObject file = declaration("Outer",
                "@SuppressWarnings(\"autonet.loss_activation\")",
                "class Outer {",
                "    @Network(inputs = 2)",
                "    @Dense(units = 1, activation = LINEAR)",
                "    interface First {}",
                "    @Network(inputs = 2)",
                "    @Dense(units = 1, activation = LINEAR)",
                "    interface Second {}",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertWarning(compilation, file, Message.UNKNOWN_SUPPRESSION.format("autonet.loss_activation",
                "autonet.loss-activation, autonet.unknown-suppression, autonet.vanishing-gradient"),
                "@SuppressWarnings", "\"autonet.loss_activation\"");
    }

    @Test
    void knownRuleIdsAndOtherToolsIdsAreNotReported() {
        assertClean(compile(declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 1, activation = LINEAR)",
                "@SuppressWarnings({\"autonet.units\", \"autonetish\", \"rawtypes\", \"autonet.vanishing-gradient\"})",
                "interface Net {}")), "test.Net");
    }

    @Test
    void suppressingAnotherRuleKeepsTheWarning() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 4, activation = SIGMOID)",
                "@Dense(units = 1, activation = LINEAR)",
                "@Loss(MSE)",
                "@SuppressWarnings({\"autonet.loss-activation\", \"vanishing-gradient\"})",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadWarningCount(1);
        assertWarning(compilation, file, Message.VANISHING_GRADIENT.format(1), "SIGMOID", "SIGMOID");
    }

    @Test
    void errorsCannotBeSuppressed() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 0, activation = RELU)",
                "@Dense(units = 1, activation = LINEAR)",
                "@Loss(BCE)",
                "@SuppressWarnings({\"autonet.loss-activation\", \"autonet.units\"})",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(2);
        assertError(compilation, file, Message.UNITS.format(1, 0), "units = 0", "0");
        assertError(compilation, file, Message.BCE_ON_LINEAR.format("BCE", "LINEAR"), "@Loss", "BCE");
    }

    @Test
    void repeatedDenseOnOneLineIsPointedAtByColumn() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 4, activation = RELU) @Dense(units = 0, activation = RELU) @Dense(units = 1)",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.UNITS.format(2, 0), "@Dense", "0,");
    }

    @Test
    void explicitContainerIsPointedInto() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense.List({",
                "    @Dense(units = 4, activation = RELU),",
                "    @Dense(units = 1, activation = SOFTMAX)})",
                "@Loss(CATEGORICAL_CROSS_ENTROPY)",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.SOFTMAX_UNITS.format(2), "SOFTMAX", "SOFTMAX");
    }

    @Test
    void anUnwrittenActivationIsPointedAtByItsAnnotation() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 4, activation = RELU)",
                "  @Dense(units = 1)",
                "@Loss(SPARSE_CATEGORICAL_CROSS_ENTROPY)",
                "interface Net extends dev.autonet.runtime.MultiClassifier {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file,
                Message.CROSS_ENTROPY_ON_LINEAR.format("SPARSE_CATEGORICAL_CROSS_ENTROPY", "LINEAR"),
                "@Loss", "SPARSE");
    }

    @Test
    void anUnexpectedFailureBecomesAnErrorOnTheElement() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 1)",
                "interface Net {}");
        Compilation compilation = compile(InstrumentedProcessor.failingToRead(), file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        String template = Message.INTERNAL_ERROR.format("test.Net", "<trace>");
        String start = template.substring(0, template.indexOf("<trace>"))
                + IllegalStateException.class.getName() + ": " + InstrumentedProcessor.FAILURE;
        assertThat(compilation).hadErrorContaining(start).inFile(file).onLine(lineOf(file, "interface Net"));
    }

    @Test
    void aMissingRequiredAttributeIsLeftToJavac() {
        Compilation compilation = compile(declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(activation = RELU)",
                "@Dense(units = 1, activation = LINEAR)",
                "interface Net {}"));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("units");
        assertEquals(List.of(), autonetMessages(compilation));
    }

    @Test
    void anUnknownEnumConstantIsLeftToJavac() {
        Compilation compilation = compile(declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 1, activation = RELUU)",
                "@Loss(MSE)",
                "interface Net {}"));
        assertThat(compilation).hadErrorCount(1);
        // javac 17 names the symbol it cannot find; javac 25 says "an enum annotation value must be an enum constant"
        String error = compilation.errors().get(0).getMessage(java.util.Locale.ROOT);
        assertTrue(error.contains("RELUU") || error.contains("must be an enum constant"), error);
        assertEquals(List.of(), autonetMessages(compilation));
    }

    @Test
    void anUnresolvableSupertypeIsLeftToJavac() {
        Compilation compilation = compile(declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 1, activation = LINEAR)",
                "interface Net extends NoSuchInterface {}"));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("NoSuchInterface");
        assertEquals(List.of(), autonetMessages(compilation));
    }
}
