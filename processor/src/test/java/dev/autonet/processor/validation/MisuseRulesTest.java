package dev.autonet.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.autonet.processor.validation.Compiling.assertClean;
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            default String predict(float[] input) { return \"\"; }        | String predict(float[])  | public float[] predict(float[])
            default int save(java.nio.file.Path p) { return 0; }          | int save(Path)           | public void save(Path)
            default void predict(float[] input, float[] output) {}      | void predict(float[], float[]) | public void predict(float[], float[])
            default Object parameters() { return null; }                | Object parameters()      | public float[] parameters()
            """)
    void aDefaultMethodTheModelDeclaresTooIsAnErrorOnIt(String method, String declared, String generated) {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 1, activation = LINEAR)",
                "interface Net {",
                "    " + method,
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        String name = method.substring(method.indexOf(' ', "default ".length()) + 1, method.indexOf('('));
        assertError(compilation, file, Message.DEFAULT_METHOD_CLASH.format("Net", declared, generated), name + "(", name);
    }

    @Test
    void aStaticMethodOfTheModelClashesWithADefaultMethodToo() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 1, activation = LINEAR)",
                "interface Net {",
                "    default Net initialize(long seed) { return this; }",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.DEFAULT_METHOD_CLASH.format("Net", "Net initialize(long)",
                "public static NetModel initialize(long)"), "initialize", "initialize");
    }

    /** The model implements a method the interface re-declares exactly as the model declares it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BinaryClassifier | double probability(float[] input);
            Regressor        | void predict(double[] input, double[] output);
            Regressor        | float[] predict(float[] input);
            Regressor        | int parameterCount();
            """)
    void aReDeclaredMethodTheModelImplementsIsAccepted(String task, String method) {
        boolean binary = task.equals("BinaryClassifier");
        assertClean(compile(declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 1, activation = " + (binary ? "SIGMOID" : "LINEAR") + ")",
                binary ? "@Loss(BCE)" : "@Loss(MSE)",
                "interface Net extends dev.autonet.runtime." + task + " {",
                "    " + method,
                "}")), "test.Net");
    }

    @Test
    void anAbstractMethodWithTheModelsSignatureButAnotherReturnTypeIsAnError() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 1, activation = LINEAR)",
                "interface Net {",
                "    double[] predict(float[] input);",
                "}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.ABSTRACT_METHOD_CLASH.format("Net", "double[] predict(float[])",
                "public float[] predict(float[])"), "predict", "predict");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sealed interface Net permits Other {}  | final class Other implements Net {}
            sealed interface Net {}                | final class Other implements Net {}
            """)
    void aSealedInterfaceThatDoesNotPermitTheModel(String declared, String other) {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 1, activation = LINEAR)",
                declared,
                other);
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.SEALED_INTERFACE.format("Net", "NetModel"), "interface Net", "interface");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sealed interface Net permits NetModel {}              | final class Other {}
            sealed interface Net permits Other, test.NetModel {}  | final class Other implements Net {}
            """)
    void aSealedInterfaceThatPermitsTheModelCompiles(String declared, String other) {
        assertClean(compile(declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 1, activation = LINEAR)",
                declared,
                other)), "test.Net");
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
