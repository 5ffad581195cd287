package dev.autonet.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.autonet.processor.validation.Compiling.assertError;
import static dev.autonet.processor.validation.Compiling.autonetMessages;
import static dev.autonet.processor.validation.Compiling.declaration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.autonet.processor.AutoNetProcessor;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Network(backend = VECTOR)} needs {@code jdk.incubator.vector} at compile time: without
 * {@code --add-modules jdk.incubator.vector} it is one error on the backend value, reported in source order
 * beside any other (the generated code would otherwise fail with errors that never name the flag); with it,
 * the declaration compiles and the model is generated. The default SCALAR backend needs no flag.
 */
class VectorBackendRuleTest {
    private static final String[] MOONS = {
        "import static dev.autonet.Backend.VECTOR;",
        "@Network(inputs = 2, backend = VECTOR)",
        "@Dense(units = 32, activation = RELU)",
        "@Dense(units = 1, activation = SIGMOID)",
        "@Loss(BCE)",
        "interface Net {}"};

    @Test
    void vectorWithoutTheModuleIsOneErrorOnTheBackendValue() {
        JavaFileObject file = declaration("Net", MOONS);
        Compilation compilation = Compiling.compile(file);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.VECTOR_MODULE_MISSING.format("Net"), "backend = VECTOR", "VECTOR");
    }

    @Test
    void theMessageNamesTheFlagForJavacAndJava() {
        String message = Message.VECTOR_MODULE_MISSING.format("Net");
        assertTrue(message.startsWith("[autonet.vector-module] Net has @Network(backend = VECTOR)"), message);
        assertTrue(message.contains("--add-modules jdk.incubator.vector to javac"), message);
        assertTrue(message.contains("and to the java command"), message);
    }

    @Test
    void otherMistakesAreStillReportedBesideIt() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 0, backend = Backend.VECTOR)",
                "@Dense(units = 4, activation = RELU)",
                "interface Net {}");
        Compilation compilation = Compiling.compile(file);
        assertThat(compilation).hadErrorCount(2);
        assertEquals(List.of(Message.INPUTS.format(0), Message.VECTOR_MODULE_MISSING.format("Net")),
                autonetMessages(compilation));
    }

    @Test
    void vectorWithTheModuleCompilesAndGeneratesTheModel() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new AutoNetProcessor())
                .withOptions("--add-modules", "jdk.incubator.vector")
                .compile(declaration("Net", MOONS));
        assertThat(compilation).succeeded();
        assertEquals(List.of(), autonetMessages(compilation));
        assertTrue(compilation.generatedSourceFile("test.NetModel").isPresent());
        assertTrue(compilation.generatedSourceFile("test.NetTrainer").isPresent());
    }

    @Test
    void scalarNeedsNoFlag() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2, backend = Backend.SCALAR)",
                "@Dense(units = 1, activation = SIGMOID)",
                "interface Net {}");
        Compiling.assertClean(Compiling.compile(file), "test.Net");
    }
}
