package dev.autonet.processor.validation;

import dev.autonet.Backend;
import dev.autonet.processor.codegen.Names;
import dev.autonet.processor.spec.NetworkSpec;
import dev.autonet.processor.spec.Origin;
import dev.autonet.processor.spec.Value;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/** Rules about the annotated type itself: what it is, which annotations it carries, what it declares. */
final class DeclarationRules {
    private DeclarationRules() {}

    /**
     * Adds an error if the annotations sit on a class, enum, record or annotation type rather than an
     * interface ({@code not-interface}). Returns whether the type is an interface: nothing else about a
     * non-interface is worth judging.
     */
    static boolean isInterface(NetworkSpec spec, Findings findings) {
        if (spec.kind() == ElementKind.INTERFACE) {
            return true;
        }
        findings.error(Message.NOT_INTERFACE, Origin.of(spec.type()), name(spec), describe(spec.kind()), name(spec));
        return false;
    }

    /**
     * Adds an error if {@code @Dense} or {@code @Loss} is present without {@code @Network}
     * ({@code missing-network}), once, on the first {@code @Dense}, else on {@code @Loss}, else (an empty
     * {@code @Dense.List}) on the type.
     */
    static void hasNetwork(NetworkSpec spec, Findings findings) {
        if (spec.network().isPresent()) {
            return;
        }
        if (!spec.layers().isEmpty()) {
            findings.error(Message.MISSING_NETWORK, spec.layers().get(0).origin(), name(spec), "Dense");
        } else if (spec.loss().isPresent()) {
            findings.error(Message.MISSING_NETWORK, spec.loss().get().origin(), name(spec), "Loss");
        } else {
            findings.error(Message.MISSING_NETWORK, Origin.of(spec.type()), name(spec), "Dense.List");
        }
    }

    /** Adds an error if {@code @Network} comes without any {@code @Dense} ({@code no-layers}), on {@code @Network}. */
    static void hasLayers(NetworkSpec spec, Findings findings) {
        if (spec.network().isPresent() && spec.layers().isEmpty()) {
            findings.error(Message.NO_LAYERS, spec.network().get(), name(spec));
        }
    }

    /** Adds an error if the interface declares type parameters ({@code generic-interface}). */
    static void isNotGeneric(NetworkSpec spec, Findings findings) {
        if (spec.generic()) {
            String parameters = spec.type().getTypeParameters().stream()
                    .map(parameter -> parameter.getSimpleName().toString())
                    .collect(Collectors.joining(", "));
            findings.error(Message.GENERIC_INTERFACE, Origin.of(spec.type()), name(spec), parameters);
        }
    }

    /**
     * Adds an error if the interface, or a type enclosing it, is private ({@code not-accessible}): the
     * generated classes live beside it in the same package and must implement it.
     */
    static void isAccessible(NetworkSpec spec, Findings findings) {
        if (spec.privateAccess()) {
            findings.error(Message.NOT_ACCESSIBLE, Origin.of(spec.type()), name(spec));
        }
    }

    /**
     * Adds an error if the interface is sealed and does not permit the generated model ({@code
     * sealed-interface}), which implements it: javac would reject the generated class instead.
     */
    static void permitsModel(NetworkSpec spec, Findings findings) {
        if (!spec.sealed()) {
            return;
        }
        String model = Names.modelName(Names.baseName(spec.type()));
        String qualified = Names.qualifiedName(Names.packageOf(spec.type()), model);
        // A model not generated yet is known only by the name written: "OModel", or qualified.
        if (!spec.permitted().contains(qualified) && !spec.permitted().contains(model)) {
            findings.error(Message.SEALED_INTERFACE, Origin.of(spec.type()), name(spec), model);
        }
    }

    /**
     * Adds an error on {@code backend = VECTOR} if this compilation cannot see {@code jdk.incubator.vector}
     * ({@code vector-module}): the generated model would not compile, with a cascade of errors about
     * missing classes that never name the flag that fixes them.
     */
    static void vectorModuleVisible(NetworkSpec spec, Findings findings) {
        if (spec.network().isPresent() && spec.backend().get() == Backend.VECTOR && !spec.vectorModuleVisible()) {
            findings.error(Message.VECTOR_MODULE_MISSING, spec.backend().origin(), name(spec));
        }
    }

    /**
     * Adds a warning on each {@code "autonet.*"} string of {@code @SuppressWarnings} that names no rule of
     * the catalogue ({@code unknown-suppression}), listing the ids that do silence a warning: a mistyped
     * id silences nothing, silently. Ids of other tools are not AutoNet's to judge.
     */
    static void suppressionsKnown(NetworkSpec spec, Findings findings) {
        Set<String> rules = Message.rules();
        for (Value<String> id : spec.suppressions()) {
            if (!rules.contains(id.get().substring(NetworkSpec.SUPPRESS_PREFIX.length()))) {
                findings.warning(Message.UNKNOWN_SUPPRESSION, id.origin(), id.get(),
                        String.join(", ", Message.suppressibleIds()));
            }
        }
    }

    /** The name users wrote: the simple name, with enclosing types for a nested interface ("Outer.Inner"). */
    static String name(NetworkSpec spec) {
        TypeElement type = spec.type();
        String name = type.getSimpleName().toString();
        for (var e = type.getEnclosingElement(); e instanceof TypeElement outer; e = e.getEnclosingElement()) {
            name = outer.getSimpleName() + "." + name;
        }
        return name;
    }

    private static String describe(ElementKind kind) {
        return switch (kind) {
            case CLASS -> "a class";
            case ENUM -> "an enum";
            case RECORD -> "a record";
            case ANNOTATION_TYPE -> "an annotation type";
            default -> "a " + kind.name().toLowerCase(Locale.ROOT);
        };
    }
}
