package dev.autonet.runtime.io;

import dev.autonet.runtime.Architecture;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The argument checks of saving and exporting, with one wording for both: a file that could not be
 * loaded again is refused before it is written.
 */
final class SaveChecks {
    private SaveChecks() {}

    /** Throws unless {@code parameters} fit a FLOAT {@code architecture} and are all finite. */
    static void check(String verb, Path file, Architecture architecture, float[] parameters) {
        check(verb, file, architecture, "FLOAT", Objects.requireNonNull(parameters, "parameters").length);
        for (int i = 0; i < parameters.length; i++) {
            if (!Float.isFinite(parameters[i])) {
                throw notFinite(verb, file, architecture, i, parameters[i]);
            }
        }
    }

    /** Throws unless {@code parameters} fit a DOUBLE {@code architecture} and are all finite. */
    static void check(String verb, Path file, Architecture architecture, double[] parameters) {
        check(verb, file, architecture, "DOUBLE", Objects.requireNonNull(parameters, "parameters").length);
        for (int i = 0; i < parameters.length; i++) {
            if (!Double.isFinite(parameters[i])) {
                throw notFinite(verb, file, architecture, i, parameters[i]);
            }
        }
    }

    private static void check(String verb, Path file, Architecture architecture, String precision, int length) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(architecture, "architecture");
        if (!architecture.precision().equals(precision)) {
            throw new IllegalArgumentException("cannot " + verb + " " + precision + " parameters for a "
                    + architecture.precision() + " network");
        }
        if (length != architecture.parameterCount()) {
            throw new IllegalArgumentException(
                    "parameters has length " + length + ", expected " + architecture.parameterCount());
        }
    }

    private static IllegalArgumentException notFinite(String verb, Path file, Architecture architecture, int index,
            double value) {
        return new IllegalArgumentException("cannot " + verb + " " + file + ": parameter " + index + " ("
                + Locations.parameter(architecture, index) + ") is " + Locations.value(value));
    }
}
