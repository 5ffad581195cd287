package dev.autonet.processor.validation;

import dev.autonet.Backend;
import dev.autonet.processor.spec.NetworkSpec;
import dev.autonet.processor.spec.Origin;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
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
     * Adds an error on each abstract method the interface declares itself ({@code declares-methods}): the
     * generated model implements only the runtime's methods.
     */
    static void declaresNoMethods(NetworkSpec spec, Findings findings) {
        for (ExecutableElement method : spec.abstractMethods()) {
            findings.error(Message.DECLARES_METHODS, Origin.of(method), name(spec), signature(method));
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

    /** The name users wrote: the simple name, with enclosing types for a nested interface ("Outer.Inner"). */
    static String name(NetworkSpec spec) {
        TypeElement type = spec.type();
        String name = type.getSimpleName().toString();
        for (var e = type.getEnclosingElement(); e instanceof TypeElement outer; e = e.getEnclosingElement()) {
            name = outer.getSimpleName() + "." + name;
        }
        return name;
    }

    private static String signature(ExecutableElement method) {
        return method.getSimpleName() + method.getParameters().stream()
                .map(parameter -> parameter.asType().toString())
                .collect(Collectors.joining(", ", "(", ")"));
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
