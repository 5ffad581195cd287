package dev.autonet.processor.validation;

import java.util.Locale;

/**
 * Every message the processor prints, in one place, so tests and docs refer to the same text. Each
 * starts with its rule's stable tag {@code [autonet.<rule>]}, says what is wrong, then how to fix it.
 */
public enum Message {
    INTERNAL_ERROR("internal",
            "AutoNet failed unexpectedly on %s: %s. This is a bug in AutoNet; please report it with this declaration.");

    private final String rule;
    private final String template;

    Message(String rule, String template) {
        this.rule = rule;
        this.template = template;
    }

    /** The rule id, as used in tags and in {@code @SuppressWarnings("autonet.<rule>")}. */
    public String rule() {
        return rule;
    }

    /** The full text with its tag, {@code args} filled in. */
    public String format(Object... args) {
        return "[autonet." + rule + "] " + String.format(Locale.ROOT, template, args);
    }
}
