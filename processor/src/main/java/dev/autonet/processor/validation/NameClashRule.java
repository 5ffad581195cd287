package dev.autonet.processor.validation;

import dev.autonet.processor.codegen.Names;
import dev.autonet.processor.spec.NetworkSpec;
import dev.autonet.processor.spec.Origin;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The names of the classes a declaration generates must be free (rule {@code name-clash}): no existing
 * type may have one, and no other network of the compilation may generate it. An existing class that AutoNet
 * generated for the same declaration (its {@code @AutoNetGenerated} names it) is a stale class file from an
 * earlier build, as incremental builds and IDEs leave on the class path: it is replaced, not reported.
 * Judged before anything is written, so a clash is one error on the interface instead of javac's "Attempt
 * to recreate a file" once per generated class.
 */
public final class NameClashRule {
    /** The role of the frozen class, whose existing namesakes are not judged. */
    public static final String FROZEN = "frozen class";

    /** A class to generate: its qualified name and what it is ("model", "trainer", "frozen class"). */
    public record GeneratedName(String qualifiedName, String role) {}

    private final Elements elements;
    // Every generated name claimed in this compilation, across rounds, with the declaration that claimed it.
    private final Map<String, TypeElement> claimed = new HashMap<>();

    public NameClashRule(Elements elements) {
        this.elements = elements;
    }

    /**
     * At most one error, on the interface, for the first of {@code names} that is taken (in the order
     * given: model, trainer, frozen class); with none, the names are claimed for {@code spec}.
     */
    public Optional<Diagnostic> check(NetworkSpec spec, List<GeneratedName> names) {
        for (GeneratedName name : names) {
            Optional<Diagnostic> clash = clash(spec, name);
            if (clash.isPresent()) {
                return clash;
            }
        }
        names.forEach(name -> claimed.put(name.qualifiedName(), spec.type()));
        return Optional.empty();
    }

    private Optional<Diagnostic> clash(NetworkSpec spec, GeneratedName name) {
        TypeElement other = claimed.get(name.qualifiedName());
        if (other != null) {
            return Optional.of(networkClash(spec, other, name));
        }
        TypeElement existing = elements.getTypeElement(name.qualifiedName());
        if (existing == null) {
            return Optional.empty();
        }
        Optional<String> generatedFor = generatedFor(existing);
        if (generatedFor.isEmpty()) {
            // The frozen class carries no @AutoNetGenerated, so a stale one cannot be told from a user's:
            // only the model and trainer names are checked against existing types.
            return name.role().equals(FROZEN) ? Optional.empty() : Optional.of(Diagnostic.error(
                    Message.NAME_CLASH_EXISTING, Origin.of(spec.type()), DeclarationRules.name(spec),
                    name.qualifiedName(), name.role()));
        }
        // Generated for another interface that still exists: that one's class, not a stale one. (@Network
        // is source-retained, so whether a compiled interface still carries it cannot be asked.)
        TypeElement declaration = elements.getTypeElement(generatedFor.get());
        boolean live = declaration != null && !declaration.equals(spec.type());
        return live ? Optional.of(networkClash(spec, declaration, name)) : Optional.empty();
    }

    private static Diagnostic networkClash(NetworkSpec spec, TypeElement other, GeneratedName name) {
        return Diagnostic.error(Message.NAME_CLASH_NETWORK, Origin.of(spec.type()),
                spec.type().getQualifiedName(), other.getQualifiedName(), name.qualifiedName());
    }

    // The declaration an existing class was generated from ("" if unreadable), if AutoNet generated it.
    private static Optional<String> generatedFor(TypeElement type) {
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (qualifiedName(mirror).equals(Names.MARKER)) {
                for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                        : mirror.getElementValues().entrySet()) {
                    if (entry.getValue().getValue() instanceof String declaration) {
                        return Optional.of(declaration);
                    }
                }
                return Optional.of("");
            }
        }
        return Optional.empty();
    }

    private static String qualifiedName(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }
}
