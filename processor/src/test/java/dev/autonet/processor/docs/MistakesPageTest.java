package dev.autonet.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import dev.autonet.processor.docs.MistakesPage.Block;
import dev.autonet.processor.docs.MistakesPage.PageFormatException;
import dev.autonet.processor.docs.MistakesPage.Section;
import dev.autonet.processor.validation.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps {@code docs/mistakes.md} true: every declaration on the page prints exactly the javac output the
 * page shows (kind, file, line, message, source line, caret and count, in order), every fix compiles with
 * no diagnostic at all, and the page still shows each of the nine classic mistakes the issue lists.
 */
class MistakesPageTest {
    private static final String PAGE = "docs/mistakes.md";
    // Maven runs tests in the module directory; an IDE may run them in the repository root.
    private static final List<Path> CANDIDATES = List.of(Path.of("..", "docs", "mistakes.md"), Path.of(PAGE));

    /** The nine classic mistakes, by marker, each with the diagnostic its section must show. */
    private enum Classic {
        SOFTMAX_BCE("softmax-bce", "error", Message.BCE_ON_SOFTMAX.format("BCE", "SOFTMAX")),
        LINEAR_BCE("linear-bce", "error", Message.BCE_ON_LINEAR.format("BCE", "LINEAR")),
        SIGMOID_CCE("sigmoid-cce", "error",
                Message.CROSS_ENTROPY_ON_SIGMOID.format("CATEGORICAL_CROSS_ENTROPY", "SIGMOID")),
        SOFTMAX_ONE_UNIT("softmax-one-unit", "error", Message.SOFTMAX_UNITS.format(2)),
        MSE_SOFTMAX("mse-softmax", "warning", Message.REGRESSION_ON_SOFTMAX.format("MSE", "SOFTMAX")),
        HINGE_SIGMOID("hinge-sigmoid", "error", Message.HINGE_ON_SIGMOID.format("HINGE", "SIGMOID")),
        STEP_TRAINED("step-trained", "error", Message.STEP_TRAINED.format(1, "BCE")),
        ZERO_ONE_LOSS("zero-one-loss", "error", Message.ZERO_ONE_LOSS.format()),
        HIDDEN_SOFTMAX("hidden-softmax", "error", Message.HIDDEN_SOFTMAX.format(1));

        final String marker;
        final String kind;
        final String text;

        Classic(String marker, String kind, String text) {
            this.marker = marker;
            this.kind = kind;
            this.text = text;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyDeclarationPrintsWhatThePageShows() {
        return page().sections().stream().map(section -> DynamicTest.dynamicTest(
                section.heading() + ": javac output", () -> assertPrintsWhatThePageShows(section)));
    }

    @TestFactory
    Stream<DynamicTest> everyFixCompilesWithoutADiagnostic() {
        return page().sections().stream().flatMap(section -> section.fixes().stream().map(fix ->
                DynamicTest.dynamicTest(section.heading() + ": fix at line " + fix.line(),
                        () -> assertCompilesCleanly(section, fix))));
    }

    @Test
    void thePageShowsEachClassicMistake() {
        List<Section> sections = page().sections();
        List<String> known = Stream.of(Classic.values()).map(classic -> classic.marker).toList();
        for (Section section : sections) {
            section.marker().filter(marker -> !known.contains(marker)).ifPresent(marker -> fail(PAGE + " section '"
                    + section.heading() + "' has the unknown marker '" + marker + "'; known markers: " + known));
        }
        for (Classic classic : Classic.values()) {
            List<Section> marked = sections.stream()
                    .filter(section -> section.marker().orElse("").equals(classic.marker)).toList();
            assertEquals(1, marked.size(), () -> PAGE + " must have exactly one section marked '<!-- mistake: "
                    + classic.marker + " -->', but has " + marked.size()
                    + ". Every classic mistake of the issue needs its section; do not delete one.");
            Section section = marked.get(0);
            String suffix = ": " + classic.kind + ": " + classic.text;
            if (section.transcript().text().lines().noneMatch(line -> line.endsWith(suffix))) {
                fail(PAGE + " section '" + section.heading() + "' is marked '" + classic.marker
                        + "', so its ```text block (line " + section.transcript().line() + ") must show\n    "
                        + classic.kind + ": " + classic.text + "\nbut it shows\n" + indent(section.transcript().text()));
            }
        }
    }

    @Test
    void aPageThatNoLongerMatchesAutoNetFails() {
        Section section = page().sections().get(0);
        String altered = section.transcript().text().replace("error:", "warning:");
        Section wrong = new Section(section.heading(), section.line(), section.marker(), section.declaration(),
                new Block("text", altered, section.transcript().line()), section.fixes());

        AssertionError failure = assertThrows(AssertionError.class, () -> assertPrintsWhatThePageShows(wrong));

        assertTrue(failure.getMessage().contains("AutoNet now prints"), failure::getMessage);
        assertTrue(failure.getMessage().contains("but the page says"), failure::getMessage);
    }

    @Test
    void aDeclarationWithoutItsOutputIsReportedWithItsLine() {
        String text = String.join("\n", "# Title", "", "## A mistake", "<!-- mistake: x -->",
                "```java", "interface A {}", "```", "", "Some prose.");

        PageFormatException failure = assertThrows(PageFormatException.class, () -> MistakesPage.parse("p.md", text));

        assertEquals("p.md line 5: section 'A mistake': the declaration must be followed by a ```text block "
                + "with what javac prints for it", failure.getMessage());
    }

    @Test
    void anUnclosedBlockIsReportedWithItsLine() {
        String text = String.join("\n", "## A mistake", "```java", "interface A {}");

        PageFormatException failure = assertThrows(PageFormatException.class, () -> MistakesPage.parse("p.md", text));

        assertEquals("p.md line 2: this ``` block is never closed", failure.getMessage());
    }

    private static void assertPrintsWhatThePageShows(Section section) {
        JavacTranscript javac = JavacTranscript.compile(section.declaration().text());
        String now = normalized(javac.text());
        String page = normalized(section.transcript().text());
        if (!now.equals(page)) {
            fail(PAGE + " section '" + section.heading() + "': AutoNet now prints\n" + indent(now)
                    + "\nbut the page says (```text block at line " + section.transcript().line() + ")\n"
                    + indent(page) + "\n" + firstDifference(now, page)
                    + "\nIf the change to AutoNet is intended, put what it now prints on the page; otherwise "
                    + "the processor has regressed.");
        }
    }

    private static void assertCompilesCleanly(Section section, Block fix) {
        String source = imports(section.declaration().text()) + "\n" + fix.text() + "\n";
        JavacTranscript javac = JavacTranscript.compile(source);
        String where = PAGE + " section '" + section.heading() + "', fix at line " + fix.line();
        assertEquals("", javac.text(), () -> where + ": a fix must compile without a diagnostic, but javac prints\n"
                + indent(javac.text()) + "\nfor\n" + numbered(source));
        assertEquals(Compilation.Status.SUCCESS, javac.compilation().status(), where);
        assertTrue(javac.compilation().generatedSourceFile(javac.modelName()).isPresent(),
                () -> where + ": AutoNet generated no " + javac.modelName());
    }

    // The declaration's lines up to its last import (or its package line): what a fix is put after.
    private static String imports(String declaration) {
        List<String> lines = declaration.lines().toList();
        int last = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("import ") || line.startsWith("package ")) {
                last = i + 1;
            }
        }
        return String.join("\n", lines.subList(0, last)) + "\n";
    }

    private static MistakesPage page() {
        Path path = CANDIDATES.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() -> new AssertionError(
                PAGE + " not found; looked at " + CANDIDATES.stream().map(p -> p.toAbsolutePath().normalize()
                        .toString()).collect(Collectors.joining(", ")) + ". Run the test from the processor module."));
        try {
            return MistakesPage.parse(PAGE, Files.readString(path));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + path.toAbsolutePath(), e);
        }
    }

    // Line endings and trailing spaces do not count; leading spaces do (they place the caret).
    private static String normalized(String text) {
        return text.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).stripTrailing();
    }

    private static String firstDifference(String now, String page) {
        List<String> nowLines = now.lines().toList();
        List<String> pageLines = page.lines().toList();
        for (int i = 0; i < Math.max(nowLines.size(), pageLines.size()); i++) {
            String a = i < nowLines.size() ? nowLines.get(i) : "<nothing>";
            String b = i < pageLines.size() ? pageLines.get(i) : "<nothing>";
            if (!a.equals(b)) {
                int column = 0;
                while (column < Math.min(a.length(), b.length()) && a.charAt(column) == b.charAt(column)) {
                    column++;
                }
                return "First difference: line " + (i + 1) + " of the output, from character " + (column + 1)
                        + ":\n  now:  " + a + "\n  page: " + b;
            }
        }
        return "";
    }

    private static String indent(String text) {
        return text.isEmpty() ? "    <nothing>" : text.lines().map(line -> "    " + line)
                .collect(Collectors.joining("\n"));
    }

    private static String numbered(String source) {
        List<String> lines = source.lines().toList();
        return Stream.iterate(0, i -> i < lines.size(), i -> i + 1)
                .map(i -> String.format("%4d  %s", i + 1, lines.get(i))).collect(Collectors.joining("\n"));
    }
}
