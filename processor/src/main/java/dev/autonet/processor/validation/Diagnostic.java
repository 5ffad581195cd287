package dev.autonet.processor.validation;

import dev.autonet.processor.spec.Origin;
import javax.tools.Diagnostic.Kind;

/**
 * One finding about a declaration: an error stops generation, a warning does not and can be silenced
 * with {@code @SuppressWarnings("autonet.<rule>")}. {@link #text()} is the full message javac prints,
 * starting with the rule's tag.
 */
public record Diagnostic(Kind kind, String rule, String text, Origin origin) {

    /** An error for this rule, with a message from the catalogue filled with {@code args}. */
    public static Diagnostic error(Message message, Origin origin, Object... args) {
        return new Diagnostic(Kind.ERROR, message.rule(), message.format(args), origin);
    }

    /** A warning for this rule, with a message from the catalogue filled with {@code args}. */
    public static Diagnostic warning(Message message, Origin origin, Object... args) {
        return new Diagnostic(Kind.WARNING, message.rule(), message.format(args), origin);
    }

    /** Whether this finding stops generation. */
    public boolean isError() {
        return kind == Kind.ERROR;
    }
}
