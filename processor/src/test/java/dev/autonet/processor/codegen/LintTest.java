package dev.autonet.processor.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.autonet.processor.AutoNetProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generated code compiles without a single {@code -Xlint:all} warning, so users can build with
 * {@code -Xlint:all -Werror}. The declarations compiled cover both precisions and both backends, every
 * loss with every hidden activation (Pairings in DOUBLE, and again rewritten to FLOAT), the FLOAT
 * trainers of every loss, the task interfaces, and frozen classes of every activation.
 */
class LintTest {
    private static final List<String> DECLARATIONS = List.of(
            "training/Pairings.java",
            "training/TrainingNetworks.java",
            "good/Vectors.java",
            "good/Tasks.java",
            "good/Tiny.java",
            "frozen/FrozenMixedFloat.java",
            "frozen/FrozenMixedDouble.java");

    @Test
    void generatedCodeHasNoLintWarnings() throws IOException {
        List<JavaFileObject> sources = new ArrayList<>();
        for (String declaration : DECLARATIONS) {
            sources.add(source(declaration));
        }
        sources.add(pairingsInFloat());
        Compilation compilation = Compiler.javac()
                .withProcessors(new AutoNetProcessor())
                .withOptions("-Xlint:all", "-Xlint:-processing", "--add-modules", "jdk.incubator.vector")
                .compile(sources);
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.errors().toString());
        assertTrue(compilation.generatedSourceFiles().size() > 60, "generated " + compilation.generatedSourceFiles().size());
        Set<String> declarations = sources.stream().map(JavaFileObject::getName).collect(Collectors.toSet());
        List<String> fromGeneratedCode = compilation.warnings().stream()
                .filter(warning -> warning.getSource() != null && !declarations.contains(warning.getSource().getName()))
                .map(LintTest::describe)
                .toList();
        assertEquals(List.of(), fromGeneratedCode);
    }

    private static String describe(Diagnostic<? extends JavaFileObject> warning) {
        return warning.getSource().getName() + ":" + warning.getLineNumber() + ": " + warning.getMessage(Locale.ROOT);
    }

    private static JavaFileObject source(String path) throws IOException {
        String name = "dev.autonet.processor." + path.replace(".java", "").replace('/', '.');
        return JavaFileObjects.forSourceString(name, Files.readString(testSources().resolve(path), StandardCharsets.UTF_8));
    }

    // Pairings with every network in FLOAT, as training.PairingsFloat.
    private static JavaFileObject pairingsInFloat() throws IOException {
        String text = Files.readString(testSources().resolve("training/Pairings.java"), StandardCharsets.UTF_8)
                .replace("import static dev.autonet.Precision.DOUBLE;", "import static dev.autonet.Precision.FLOAT;")
                .replace("precision = DOUBLE", "precision = FLOAT")
                .replace("final class Pairings ", "final class PairingsFloat ")
                .replace("private Pairings()", "private PairingsFloat()");
        assertTrue(text.contains("precision = FLOAT") && !text.contains("precision = DOUBLE"), "rewrote Pairings to FLOAT");
        return JavaFileObjects.forSourceString("dev.autonet.processor.training.PairingsFloat", text);
    }

    /** processor/src/test/java/dev/autonet/processor, found from the golden directory's system property. */
    static Path testSources() {
        String goldens = System.getProperty("autonet.goldenDir");
        assertTrue(goldens != null, "system property autonet.goldenDir is not set (processor/pom.xml sets it for surefire)");
        return Path.of(goldens).resolve("../../java/dev/autonet/processor").normalize();
    }
}
