package dev.autonet.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.autonet.processor.AutoNetProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles declarations with the AutoNet processor and checks its findings: kind, exact text, count,
 * line and column. Positions are given as text ("the line containing {@code units = 0}, at {@code 0}")
 * so a test reads like the declaration it checks.
 */
final class Compiling {
    /** The lines every inline declaration starts with; declarations begin on line 7. */
    static final List<String> HEADER = List.of(
            "package test;",
            "",
            "import dev.autonet.*;",
            "import static dev.autonet.Activation.*;",
            "import static dev.autonet.LossFunction.*;",
            "");

    private Compiling() {}

    /** {@code test.<name>}: the header, then {@code lines}. */
    static JavaFileObject declaration(String name, String... lines) {
        List<String> all = new ArrayList<>(HEADER);
        all.addAll(List.of(lines));
        return JavaFileObjects.forSourceLines("test." + name, all);
    }

    /** A declaration kept under src/test/resources, e.g. "bad/ManyMistakes.java". */
    static JavaFileObject resource(String path) {
        return JavaFileObjects.forResource(path);
    }

    /** Compiles {@code files} with AutoNet. */
    static Compilation compile(JavaFileObject... files) {
        return compile(new AutoNetProcessor(), files);
    }

    /** Compiles {@code files} with {@code processor}. */
    static Compilation compile(Processor processor, JavaFileObject... files) {
        return Compiler.javac().withProcessors(processor).compile(files);
    }

    /** Asserts an error with exactly {@code text} on the line containing {@code line}, where {@code token} starts. */
    static void assertError(Compilation compilation, JavaFileObject file, String text, String line, String token) {
        assertExact(compilation, Diagnostic.Kind.ERROR, text);
        assertThat(compilation).hadErrorContaining(text).inFile(file)
                .onLine(lineOf(file, line)).atColumn(columnOf(file, line, token));
    }

    /** Asserts a warning with exactly {@code text} on the line containing {@code line}, where {@code token} starts. */
    static void assertWarning(Compilation compilation, JavaFileObject file, String text, String line, String token) {
        assertExact(compilation, Diagnostic.Kind.WARNING, text);
        assertThat(compilation).hadWarningContaining(text).inFile(file)
                .onLine(lineOf(file, line)).atColumn(columnOf(file, line, token));
    }

    /** Asserts that AutoNet reported nothing, and that it generated the model. */
    static void assertClean(Compilation compilation, String qualifiedName) {
        assertEquals(List.of(), autonetMessages(compilation));
        assertThat(compilation).hadWarningCount(0);
        assertTrue(compilation.generatedSourceFile(qualifiedName + "Model").isPresent(),
                () -> qualifiedName + "Model was not generated");
    }

    /** The text of every AutoNet diagnostic, errors and warnings, in the order javac printed them. */
    static List<String> autonetMessages(Compilation compilation) {
        return compilation.diagnostics().stream()
                .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
                .filter(message -> message.startsWith("[autonet."))
                .toList();
    }

    /** The 1-based number of the only line of {@code file} containing {@code text}. */
    static long lineOf(JavaFileObject file, String text) {
        List<String> lines = lines(file);
        List<Integer> matches = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                matches.add(i + 1);
            }
        }
        assertEquals(1, matches.size(), () -> "lines containing '" + text + "' in " + file.getName() + ": " + matches);
        return matches.get(0);
    }

    /** The 1-based column where {@code token} first starts on the line containing {@code line}. */
    static long columnOf(JavaFileObject file, String line, String token) {
        String text = lines(file).get((int) lineOf(file, line) - 1);
        int column = text.indexOf(token);
        assertTrue(column >= 0, () -> "'" + token + "' is not on line '" + text + "'");
        return column + 1;
    }

    private static List<String> lines(JavaFileObject file) {
        try (Stream<String> lines = file.getCharContent(true).toString().lines()) {
            return lines.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertExact(Compilation compilation, Diagnostic.Kind kind, String text) {
        List<String> sameKind = compilation.diagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == kind)
                .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
                .toList();
        assertTrue(sameKind.contains(text), () -> "no " + kind + " with exactly this text:\n" + text
                + "\nbut:\n" + String.join("\n", sameKind));
    }
}
