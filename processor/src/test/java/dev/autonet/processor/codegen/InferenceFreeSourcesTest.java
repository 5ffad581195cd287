package dev.autonet.processor.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated sources ask javac for neither type inference nor lambda translation ({@link InferenceFree}
 * says why): no lambda, no method reference, no diamond, and no call of a generic method without explicit
 * type arguments.
 *
 * <p>The sources are the models and trainers this module's test-compile generated, in
 * {@code target/generated-test-sources/test-annotations}. Frozen classes ({@code *Frozen.java}) are left
 * out: a frozen class must stay one class file (FrozenClassFileTest), so its per-thread workspace keeps
 * {@code ThreadLocal.withInitial(X::newWorkspace)} rather than an anonymous subclass.
 *
 * <p>Every source is parsed and checked for the first three. The fourth needs attribution, which for all
 * of them takes too long for the suite, so it runs on the sources of the declarations that cover every
 * generator: SCALAR and VECTOR, FLOAT and DOUBLE, unrolled, looped and tiled layers, and every task and
 * loss of {@code TorchNetworks}, {@code TrainingNetworks} and {@code Tasks}.
 */
class InferenceFreeSourcesTest {
    /** Prefixes of the generated file names that are attributed as well as parsed. */
    private static final List<String> ATTRIBUTED = List.of("Tiny", "Moons", "Mnist", "Frozen", "Chains_",
            "Tasks_", "TorchNetworks_", "TrainingNetworks_", "Vectors_");

    private static List<Path> generated;

    @BeforeAll
    static void findGeneratedSources() throws Exception {
        Path root = GoldenTest.generatedByTheBuild();
        try (Stream<Path> files = Files.walk(root)) {
            generated = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getFileName().toString().endsWith("Frozen.java"))
                    .sorted().toList();
        }
        assertTrue(generated.size() > 200, "expected the build's generated sources in " + root + ", found " + generated.size());
    }

    @Test
    void noLambdaMethodReferenceOrDiamondInAnyGeneratedSource() throws IOException {
        Findings findings = scan(generated, false);
        assertEquals(generated.size(), findings.units, "every file parsed");
        assertEquals(List.of(), findings.problems);
    }

    @Test
    void noGenericMethodIsCalledWithoutTypeArguments() throws IOException {
        List<Path> attributed = generated.stream()
                .filter(file -> ATTRIBUTED.stream().anyMatch(file.getFileName().toString()::startsWith))
                .toList();
        assertTrue(attributed.size() > 60, "attributed " + attributed.size() + " files");
        Findings findings = scan(attributed, true);
        assertEquals(List.of(), findings.problems);
        // The check must have seen generic calls to judge: the explicit List.<Architecture.Layer>of in every model.
        assertTrue(findings.explicitGenericCalls >= attributed.size() / 3,
                "saw " + findings.explicitGenericCalls + " generic calls with type arguments");
    }

    /** What a scan found: the problems, as "file:line: what", and counts that show it looked. */
    private static final class Findings {
        final List<String> problems = new ArrayList<>();
        int units;
        int explicitGenericCalls;
    }

    private static Findings scan(List<Path> sources, boolean attribute) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Findings findings = new Findings();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = List.of("-proc:none", "-implicit:none", "--add-modules", "jdk.incubator.vector",
                    "-classpath", System.getProperty("java.class.path"));
            JavacTask task = (JavacTask) javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources));
            Iterable<? extends CompilationUnitTree> units = task.parse();
            if (attribute) {
                task.analyze();
                String errors = diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                        .map(Object::toString).collect(Collectors.joining("\n"));
                assertEquals("", errors, "the generated sources must attribute cleanly");
            }
            Trees trees = Trees.instance(task);
            for (CompilationUnitTree unit : units) {
                findings.units++;
                new Checker(unit, trees, attribute, findings).scan(unit, null);
            }
        }
        return findings;
    }

    private static final class Checker extends TreePathScanner<Void, Void> {
        private final CompilationUnitTree unit;
        private final Trees trees;
        private final boolean attributed;
        private final Findings findings;

        Checker(CompilationUnitTree unit, Trees trees, boolean attributed, Findings findings) {
            this.unit = unit;
            this.trees = trees;
            this.attributed = attributed;
            this.findings = findings;
        }

        @Override
        public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
            report(tree, "a lambda");
            return super.visitLambdaExpression(tree, unused);
        }

        @Override
        public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
            report(tree, "a method reference");
            return super.visitMemberReference(tree, unused);
        }

        @Override
        public Void visitNewClass(NewClassTree tree, Void unused) {
            if (tree.getIdentifier() instanceof ParameterizedTypeTree type && type.getTypeArguments().isEmpty()) {
                report(tree, "a diamond");
            }
            return super.visitNewClass(tree, unused);
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
            if (attributed) {
                Element method = trees.getElement(getCurrentPath());
                if (method instanceof ExecutableElement executable && !executable.getTypeParameters().isEmpty()) {
                    if (tree.getTypeArguments().isEmpty()) {
                        report(tree, "a call of the generic method " + executable.getEnclosingElement() + "."
                                + executable + " without type arguments");
                    } else {
                        findings.explicitGenericCalls++;
                    }
                }
            }
            return super.visitMethodInvocation(tree, unused);
        }

        private void report(Tree tree, String what) {
            LineMap lines = unit.getLineMap();
            long line = lines.getLineNumber(trees.getSourcePositions().getStartPosition(unit, tree));
            findings.problems.add(Path.of(unit.getSourceFile().toUri()).getFileName() + ":" + line + ": " + what);
        }
    }
}
