package dev.autonet.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.autonet.processor.validation.Compiling.assertError;
import static dev.autonet.processor.validation.Compiling.autonetMessages;
import static dev.autonet.processor.validation.Compiling.compile;
import static dev.autonet.processor.validation.Compiling.declaration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.autonet.processor.AutoNetProcessor;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Generated names must be free: one name-clash error on the interface, nothing written, stale classes replaced. */
class NameClashTest {
    private static final String[] MOONS = {
        "@Network(inputs = 2)",
        "@Dense(units = 4, activation = RELU)",
        "@Dense(units = 1, activation = SIGMOID)",
        "@Loss(BCE)",
        "interface Moons {}"};

    @TempDir
    Path classes;

    @ParameterizedTest(name = "a user class named {0}")
    @CsvSource({"MoonsModel, model", "MoonsTrainer, trainer"})
    void aUserClassWithAGeneratedNameIsOneErrorOnTheInterface(String userClass, String role) {
        JavaFileObject moons = declaration("Moons", MOONS);
        JavaFileObject user = JavaFileObjects.forSourceLines("test." + userClass,
                "package test;",
                "public class " + userClass + " {}");
        InstrumentedProcessor autonet = InstrumentedProcessor.recordingSources();
        Compilation compilation = compile(autonet, moons, user);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, moons, Message.NAME_CLASH_EXISTING.format("Moons", "test." + userClass, role),
                "interface Moons", "interface");
        assertEquals(List.of(), autonet.createdSources());
    }

    @Test
    void twoNestedInterfacesThatFlattenAlikeAreOneErrorOnTheSecond() {
        JavaFileObject first = declaration("A",
                "class A {",
                "    @Network(inputs = 2)",
                "    @Dense(units = 1, activation = LINEAR)",
                "    interface B_C {}",
                "}");
        JavaFileObject second = declaration("A_B",
                "class A_B {",
                "    @Network(inputs = 2)",
                "    @Dense(units = 1, activation = LINEAR)",
                "    interface C {}",
                "}");
        InstrumentedProcessor autonet = InstrumentedProcessor.recordingSources();
        Compilation compilation = compile(autonet, first, second);
        assertThat(compilation).hadErrorCount(1);
        assertEquals(1, autonetMessages(compilation).size(), () -> "" + autonetMessages(compilation));
        assertError(compilation, second, Message.NAME_CLASH_NETWORK.format("test.A_B.C", "test.A.B_C", "test.A_B_CModel"),
                "interface C", "interface");
        assertEquals(List.of("test.A_B_CModel"), autonet.createdSources());
    }

    /** An incremental build or an IDE leaves the class generated last time on the class path. */
    @Test
    void aStaleGeneratedClassOnTheClassPathIsReplaced() throws IOException {
        putClass(JavaFileObjects.forSourceLines("test.MoonsModel",
                "package test;",
                "@dev.autonet.runtime.internal.AutoNetGenerated(\"test.Moons\")",
                "public final class MoonsModel {}"));
        Compilation compilation = withClasses().compile(declaration("Moons", MOONS));
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(compilation.generatedSourceFile("test.MoonsModel").isPresent());
    }

    @Test
    void aClassGeneratedForAnotherInterfaceIsThatOnesAndAClash() throws IOException {
        putClass(JavaFileObjects.forSourceLines("test.A",
                "package test;",
                "class A {",
                "    interface B_C {}",
                "}"));
        putClass(JavaFileObjects.forSourceLines("test.A_B_CModel",
                "package test;",
                "@dev.autonet.runtime.internal.AutoNetGenerated(\"test.A.B_C\")",
                "public final class A_B_CModel {}"));
        JavaFileObject second = declaration("A_B",
                "class A_B {",
                "    @Network(inputs = 2)",
                "    @Dense(units = 1, activation = LINEAR)",
                "    interface C {}",
                "}");
        Compilation compilation = withClasses().compile(second);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, second, Message.NAME_CLASH_NETWORK.format("test.A_B.C", "test.A.B_C", "test.A_B_CModel"),
                "interface C", "interface");
    }

    /**
     * A generated source left among the compiled sources by an earlier build is not a user's class, but
     * javac refuses to write over it: one error, and the trainer is not written without its model.
     */
    @Test
    void aFailedWriteIsOneErrorAndStopsTheOtherClasses() {
        JavaFileObject moons = declaration("Moons", MOONS);
        JavaFileObject stale = JavaFileObjects.forSourceLines("test.MoonsModel",
                "package test;",
                "@dev.autonet.runtime.internal.AutoNetGenerated(\"test.Moons\")",
                "public final class MoonsModel {}");
        InstrumentedProcessor autonet = InstrumentedProcessor.recordingSources();
        Compilation compilation = compile(autonet, moons, stale);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, moons, Message.WRITE_FAILED.format("test.MoonsModel", "test.Moons",
                "Attempt to recreate a file for type test.MoonsModel"), "interface Moons", "interface");
        assertEquals(List.of("test.MoonsModel"), autonet.createdSources());
    }

    private void putClass(JavaFileObject source) throws IOException {
        Compilation compiled = Compiler.javac().withClasspath(classPath()).compile(source);
        assertThat(compiled).succeeded();
        for (JavaFileObject file : compiled.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String path = file.toUri().getPath();
                Path target = classes.resolve(path.substring(path.indexOf("/test/") + 1));
                Files.createDirectories(target.getParent());
                try (InputStream in = file.openInputStream()) {
                    Files.copy(in, target);
                }
            }
        }
    }

    private Compiler withClasses() {
        return Compiler.javac().withProcessors(new AutoNetProcessor()).withClasspath(classPath());
    }

    private List<File> classPath() {
        List<File> path = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            path.add(new File(entry));
        }
        path.add(classes.toFile());
        return path;
    }
}
