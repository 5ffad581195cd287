package dev.autonet.processor.validation;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.autonet.processor.spec.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Finds, in javac's trees, the annotation, annotation value or supertype an {@link Origin} names. javac's own lookup
 * behind {@code Messager} cannot see through the container it synthesizes for a repeated annotation and
 * falls back to the whole type (checked on JDK 17); here the k-th mirror of an annotation type is matched
 * with the k-th annotation of that type written in the source, nested ones included.
 */
final class AnnotationTrees {
    private final Trees trees;

    AnnotationTrees(Trees trees) {
        this.trees = trees;
    }

    /** The tree to underline for {@code origin} (its value, else its annotation), or null if not found. */
    TreePath find(Origin origin) {
        TreePath type = trees.getPath(origin.element());
        if (type == null || !(type.getLeaf() instanceof ClassTree declaration)) {
            return null;
        }
        if (origin.supertype() >= 0) {
            return supertype(type, declaration, origin.supertype());
        }
        if (origin.mirror() == null) {
            return null;
        }
        List<TreePath> written = new ArrayList<>();
        for (AnnotationTree annotation : declaration.getModifiers().getAnnotations()) {
            collect(new TreePath(new TreePath(type, declaration.getModifiers()), annotation), written);
        }
        List<TreePath> sameType = written.stream().filter(path -> isOfType(path, origin.mirror())).toList();
        int ordinal = ordinal(origin.element(), origin.mirror());
        if (ordinal < 0 || ordinal >= sameType.size()) {
            return null;
        }
        TreePath annotation = sameType.get(ordinal);
        return origin.value() == null ? annotation : valueOf(annotation, origin.mirror(), origin.value());
    }

    /** Where {@code path} starts, for ordering; for a type declaration, just after its annotations. */
    long position(TreePath path) {
        SourcePositions positions = trees.getSourcePositions();
        CompilationUnitTree unit = path.getCompilationUnit();
        if (path.getLeaf() instanceof ClassTree declaration) {
            long afterAnnotations = positions.getEndPosition(unit, declaration.getModifiers());
            return Math.max(afterAnnotations, positions.getStartPosition(unit, declaration));
        }
        return positions.getStartPosition(unit, path.getLeaf());
    }

    // An interface's "extends" clause is, in javac's trees, its implements clause (getExtendsClause is null).
    private static TreePath supertype(TreePath type, ClassTree declaration, int index) {
        List<? extends Tree> written = declaration.getImplementsClause();
        return index < written.size() ? new TreePath(type, written.get(index)) : null;
    }

    // Annotations in source order, each followed by those nested in its arguments.
    private static void collect(TreePath annotationPath, List<TreePath> into) {
        into.add(annotationPath);
        for (ExpressionTree argument : ((AnnotationTree) annotationPath.getLeaf()).getArguments()) {
            ExpressionTree value =
                    argument instanceof AssignmentTree assignment ? assignment.getExpression() : argument;
            List<? extends ExpressionTree> items =
                    value instanceof NewArrayTree array && array.getInitializers() != null
                            ? array.getInitializers() : List.of(value);
            for (ExpressionTree item : items) {
                if (item instanceof AnnotationTree nested) {
                    collect(new TreePath(annotationPath, nested), into);
                }
            }
        }
    }

    private boolean isOfType(TreePath annotationPath, AnnotationMirror mirror) {
        Tree typeName = ((AnnotationTree) annotationPath.getLeaf()).getAnnotationType();
        Element written = trees.getElement(new TreePath(annotationPath, typeName));
        return mirror.getAnnotationType().asElement().equals(written);
    }

    // How many mirrors of the same annotation type come before this one, nested ones included.
    private static int ordinal(Element element, AnnotationMirror mirror) {
        List<AnnotationMirror> all = new ArrayList<>();
        element.getAnnotationMirrors().forEach(direct -> flatten(direct, all));
        int ordinal = 0;
        for (AnnotationMirror candidate : all) {
            if (candidate == mirror) {
                return ordinal;
            }
            if (candidate.getAnnotationType().asElement().equals(mirror.getAnnotationType().asElement())) {
                ordinal++;
            }
        }
        return -1;
    }

    private static void flatten(AnnotationMirror mirror, List<AnnotationMirror> into) {
        into.add(mirror);
        for (AnnotationValue value : mirror.getElementValues().values()) {
            if (value.getValue() instanceof AnnotationMirror nested) {
                flatten(nested, into);
            } else if (value.getValue() instanceof List<?> items) {
                for (Object item : items) {
                    if (item instanceof AnnotationValue element
                            && element.getValue() instanceof AnnotationMirror nested) {
                        flatten(nested, into);
                    }
                }
            }
        }
    }

    // The expression written for this value: "0" in "units = 0", "BCE" in "@Loss(BCE)", "\"b\"" in
    // "@SuppressWarnings({\"a\", \"b\"})"; else the annotation.
    private static TreePath valueOf(TreePath annotationPath, AnnotationMirror mirror, AnnotationValue value) {
        String name = null;
        int item = -1;
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            int index = entry.getValue().getValue() instanceof List<?> items ? indexOf(items, value) : -1;
            if (entry.getValue() == value || index >= 0) {
                name = entry.getKey().getSimpleName().toString();
                item = index;
            }
        }
        List<? extends ExpressionTree> arguments = ((AnnotationTree) annotationPath.getLeaf()).getArguments();
        for (ExpressionTree argument : arguments) {
            if (argument instanceof AssignmentTree assignment
                    && assignment.getVariable() instanceof IdentifierTree variable
                    && variable.getName().contentEquals(String.valueOf(name))) {
                TreePath written = new TreePath(new TreePath(annotationPath, assignment), assignment.getExpression());
                return item < 0 ? written : itemOf(written, item);
            }
            if (!(argument instanceof AssignmentTree) && "value".equals(name)) {
                TreePath written = new TreePath(annotationPath, argument);
                return item < 0 ? written : itemOf(written, item);
            }
        }
        return annotationPath;
    }

    private static int indexOf(List<?> items, AnnotationValue value) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == value) {
                return i;
            }
        }
        return -1;
    }

    // The item-th element of an array written in braces; a single element may be written without them.
    private static TreePath itemOf(TreePath written, int item) {
        if (written.getLeaf() instanceof NewArrayTree array && array.getInitializers() != null) {
            return item < array.getInitializers().size()
                    ? new TreePath(written, array.getInitializers().get(item)) : written;
        }
        return written;
    }
}
