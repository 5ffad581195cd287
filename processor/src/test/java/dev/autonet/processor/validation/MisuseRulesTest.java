package dev.autonet.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.autonet.processor.validation.Compiling.assertError;
import static dev.autonet.processor.validation.Compiling.compile;
import static dev.autonet.processor.validation.Compiling.declaration;
import static dev.autonet.processor.validation.Compiling.resource;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Misuse of the annotations: on the wrong kind of type, incomplete, or on an interface AutoNet cannot implement. */
class MisuseRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            class Net {}                | class           | a class
            enum Net { A }              | enum            | an enum
            record Net(int inputs) {}   | record          | a record
            @interface Net {}           | interface       | an annotation type
            """)
    void annotationsOnSomethingOtherThanAnInterface(String type, String keyword, String kind) {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 0)",
                "@Dense(units = 0, activation = SOFTMAX)",
                "@Loss(ZERO_ONE)",
                type);
        Compilation compilation = compile(file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.NOT_INTERFACE.format("Net", kind, "Net"), type, keyword);
    }

    @Test
    void annotationsOnAClassFromBad() {
        JavaFileObject file = resource("bad/NetworkOnClass.java");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.NOT_INTERFACE.format("NetworkOnClass", "a class", "NetworkOnClass"),
                "public final class NetworkOnClass", "class");
    }

    @Test
    void denseWithoutNetworkIsReportedOnceOnTheFirstDense() {
        JavaFileObject file = declaration("Net",
                "@Dense(units = 4, activation = RELU)",
                "@Dense(units = 1, activation = SIGMOID)",
                "@Loss(BCE)",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.MISSING_NETWORK.format("Net", "Dense"), "RELU", "@Dense");
    }

    @Test
    void lossWithoutNetwork() {
        JavaFileObject file = declaration("Net",
                "@Loss(MSE)",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.MISSING_NETWORK.format("Net", "Loss"), "@Loss", "@Loss");
    }

    @Test
    void networkWithoutLayersIsOneErrorWithoutPairingCascade() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Loss(BCE)",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.NO_LAYERS.format("Net"), "@Network", "@Network");
    }

    @Test
    void genericInterface() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 1, activation = LINEAR)",
                "interface Net<T, U> {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.GENERIC_INTERFACE.format("Net", "T, U"), "interface Net", "interface");
    }

    @Test
    void privateInterface() {
        JavaFileObject file = declaration("Outer",
                "class Outer {",
                "    @Network(inputs = 2)",
                "    @Dense(units = 1, activation = LINEAR)",
                "    private interface Net {}",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.NOT_ACCESSIBLE.format("Outer.Net"), "interface Net", "interface");
    }

    @Test
    void interfaceNestedInAPrivateType() {
        JavaFileObject file = declaration("Outer",
                "class Outer {",
                "    private static class Hidden {",
                "        @Network(inputs = 2)",
                "        @Dense(units = 1, activation = LINEAR)",
                "        interface Net {}",
                "    }",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.NOT_ACCESSIBLE.format("Outer.Hidden.Net"), "interface Net", "interface");
    }

    @Test
    void abstractMethodsAreReportedEachOnItsMethod() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 1, activation = LINEAR)",
                "interface Net {",
                "    float[] score(float[] input);",
                "    void reset();",
                "    default int width() { return 1; }",
                "    static Net none() { return null; }",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(2);
        assertError(compilation, file, Message.DECLARES_METHODS.format("Net", "score(float[])"), "score", "score");
        assertError(compilation, file, Message.DECLARES_METHODS.format("Net", "reset()"), "reset", "reset");
    }

    @Test
    void emptyLayerContainerWithoutNetwork() {
        JavaFileObject file = declaration("Net",
                "@Dense.List({})",
                "interface Net {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.MISSING_NETWORK.format("Net", "Dense.List"),
                "interface Net", "interface");
    }
}
