package dev.autonet.processor.validation;

import dev.autonet.processor.spec.Origin;
import dev.autonet.processor.spec.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings about one declaration, in the order the rules add them. Later rules ask it whether an
 * earlier rule already found a value wrong, so that one mistake gives one diagnostic, not a cascade.
 */
final class Findings {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /** Adds an error from the catalogue, pointing at {@code origin}. */
    void error(Message message, Origin origin, Object... args) {
        diagnostics.add(Diagnostic.error(message, origin, args));
    }

    /** Adds a warning from the catalogue, pointing at {@code origin}; only a message marked as a warning may be one. */
    void warning(Message message, Origin origin, Object... args) {
        if (!message.isWarning()) {
            throw new IllegalArgumentException(message + " is not a warning in the catalogue");
        }
        diagnostics.add(Diagnostic.warning(message, origin, args));
    }

    /** Whether an error already points at exactly this written value (never true for an unwritten one). */
    boolean hasErrorOn(Value<?> value) {
        Origin origin = value.origin();
        if (origin.value() == null) {
            return false;
        }
        for (Diagnostic diagnostic : diagnostics) {
            Origin found = diagnostic.origin();
            if (diagnostic.isError() && found.mirror() == origin.mirror() && found.value() == origin.value()) {
                return true;
            }
        }
        return false;
    }

    /** Whether an error of this rule id (any of its messages) has been added. */
    boolean hasErrorOfRule(String rule) {
        return diagnostics.stream().anyMatch(diagnostic -> diagnostic.isError() && diagnostic.rule().equals(rule));
    }

    /** The findings so far. */
    List<Diagnostic> toList() {
        return List.copyOf(diagnostics);
    }
}
