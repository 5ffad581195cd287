package dev.autonet.processor.validation;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.autonet.processor.spec.NetworkSpec;
import dev.autonet.processor.spec.Origin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * Prints one declaration's findings together, in source order, each on the annotation value that caused
 * it, leaving out the warnings its {@code @SuppressWarnings("autonet.<rule>")} names (errors are never
 * suppressed). Under javac the written tree is located by {@link AnnotationTrees} and printed through
 * {@link Trees}, because {@code Messager} puts a diagnostic about a repeated {@code @Dense} on the whole
 * interface; under other compilers (or a wrapped environment) the plain {@code Messager} call is used.
 */
public final class DiagnosticReporter {
    private final Messager messager;
    private final Trees trees;
    private final AnnotationTrees annotationTrees;

    public DiagnosticReporter(ProcessingEnvironment env) {
        this.messager = env.getMessager();
        this.trees = treesOf(env);
        this.annotationTrees = trees == null ? null : new AnnotationTrees(trees);
    }

    /** Prints the findings about {@code spec} that are not suppressed, in source order. */
    public void report(NetworkSpec spec, List<Diagnostic> findings) {
        List<Placed> placed = new ArrayList<>();
        for (Diagnostic finding : findings) {
            if (finding.isError() || !spec.suppressed().contains(finding.rule())) {
                placed.add(place(finding));
            }
        }
        placed.sort(Comparator.comparingLong(Placed::position)); // stable: ties keep the rules' order
        placed.forEach(this::print);
    }

    /** A finding with the tree to underline (null: let Messager place it) and its offset in the file. */
    private record Placed(Diagnostic finding, TreePath tree, long position) {}

    private Placed place(Diagnostic finding) {
        if (annotationTrees == null) {
            return new Placed(finding, null, 0);
        }
        Origin origin = finding.origin();
        TreePath tree = annotationTrees.find(origin);
        TreePath sortBy = tree != null ? tree : trees.getPath(origin.element());
        return new Placed(finding, tree, sortBy == null ? Long.MAX_VALUE : annotationTrees.position(sortBy));
    }

    private void print(Placed placed) {
        Diagnostic finding = placed.finding();
        TreePath tree = placed.tree();
        if (tree != null) {
            trees.printMessage(finding.kind(), finding.text(), tree.getLeaf(), tree.getCompilationUnit());
        } else {
            Origin origin = finding.origin();
            messager.printMessage(finding.kind(), finding.text(), origin.element(), origin.mirror(), origin.value());
        }
    }

    // Trees works only on javac's own environment; anything else (ECJ, a wrapping build tool) gets Messager.
    private static Trees treesOf(ProcessingEnvironment env) {
        try {
            return Trees.instance(env);
        } catch (IllegalArgumentException | LinkageError e) {
            return null;
        }
    }
}
