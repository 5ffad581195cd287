package dev.autonet.runtime.io;

import dev.autonet.runtime.Architecture;
import dev.autonet.runtime.internal.AtomicWrite;
import dev.autonet.runtime.io.ModelFileException.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Saves and loads a network's parameters in AutoNet's own {@code .autonet} format (layout in the package
 * documentation). Generated models call these from {@code save(Path)} and {@code load(Path)}; call them
 * directly to save a bare parameter array.
 *
 * <p>Saving is atomic: a crash while saving leaves the previous file as it was. Loading checks, in this
 * order, and stops at the first problem with a {@link ModelFileException} whose message names the file:
 * magic, format version, precision code, truncation, checksum, then the network (fingerprint, parameter
 * count, precision) and last that every parameter is finite. The round trip is bit-exact.
 */
public final class ModelFiles {
    /** The customary file name extension; nothing checks it. */
    public static final String EXTENSION = ".autonet";

    private ModelFiles() {}

    /**
     * Writes {@code parameters} of a FLOAT network to {@code file}, replacing it atomically. Throws
     * IllegalArgumentException if the architecture is not FLOAT, the length is not its parameter count,
     * or a parameter is not finite (such a file could not be loaded).
     */
    public static void save(Path file, Architecture architecture, float[] parameters) throws IOException {
        SaveChecks.check("save", file, architecture, parameters);
        AtomicWrite.write(file, AutonetFormat.encode(architecture.fingerprint(), parameters), "model");
    }

    /** The DOUBLE version of {@link #save(Path, Architecture, float[])}. */
    public static void save(Path file, Architecture architecture, double[] parameters) throws IOException {
        SaveChecks.check("save", file, architecture, parameters);
        AtomicWrite.write(file, AutonetFormat.encode(architecture.fingerprint(), parameters), "model");
    }

    /**
     * The parameters saved in {@code file}, which must hold exactly {@code architecture} in FLOAT.
     *
     * @param networkName what the messages call the network that is loading, e.g. "MoonsModel"
     * @return a new array in the flat layout, bit for bit as saved
     * @throws ModelFileException if the file is not a loadable model of this network (see the class comment)
     * @throws IOException if the file cannot be read at all
     */
    public static float[] loadFloats(Path file, Architecture architecture, String networkName) throws IOException {
        AutonetFormat.Contents contents = loadChecked(file, architecture, networkName);
        float[] parameters = new float[contents.parameterCount()];
        contents.parameters().asFloatBuffer().get(parameters);
        for (int i = 0; i < parameters.length; i++) {
            if (!Float.isFinite(parameters[i])) {
                throw notFinite(file, architecture, i, parameters[i]);
            }
        }
        return parameters;
    }

    /** The DOUBLE version of {@link #loadFloats(Path, Architecture, String)}. */
    public static double[] loadDoubles(Path file, Architecture architecture, String networkName) throws IOException {
        AutonetFormat.Contents contents = loadChecked(file, architecture, networkName);
        double[] parameters = new double[contents.parameterCount()];
        contents.parameters().asDoubleBuffer().get(parameters);
        for (int i = 0; i < parameters.length; i++) {
            if (!Double.isFinite(parameters[i])) {
                throw notFinite(file, architecture, i, parameters[i]);
            }
        }
        return parameters;
    }

    private static AutonetFormat.Contents loadChecked(Path file, Architecture architecture, String networkName)
            throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(networkName, "networkName");
        AutonetFormat.Contents contents = AutonetFormat.decode(file);
        String expected = architecture.fingerprint();
        if (!contents.fingerprint().equals(expected)) {
            throw ModelFileException.of(file, Problem.WRONG_NETWORK, " holds a network '" + contents.fingerprint()
                    + "' but " + networkName + " is '" + expected + "'" + firstDifference(contents.fingerprint(), expected));
        }
        if (contents.parameterCount() != architecture.parameterCount()) {
            throw ModelFileException.of(file, Problem.WRONG_NETWORK, " holds " + contents.parameterCount()
                    + " parameters but " + networkName + " has " + architecture.parameterCount());
        }
        String precision = contents.bytesPerParameter() == Float.BYTES ? "FLOAT" : "DOUBLE";
        if (!precision.equals(architecture.precision())) {
            throw ModelFileException.of(file, Problem.WRONG_NETWORK, " holds " + precision + " parameters but "
                    + networkName + " is " + architecture.precision());
        }
        return contents;
    }

    /** "; they differ first at 'inputs=2' vs 'inputs=3'", comparing the ';'-separated fields. */
    private static String firstDifference(String stored, String expected) {
        String[] a = stored.split(";", -1);
        String[] b = expected.split(";", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "(nothing)";
            String y = i < b.length ? b[i] : "(nothing)";
            if (!x.equals(y)) {
                return "; they differ first at '" + x + "' vs '" + y + "'";
            }
        }
        return "";
    }

    private static ModelFileException notFinite(Path file, Architecture architecture, int index, double value) {
        return ModelFileException.of(file, Problem.NOT_FINITE, ": parameter " + index + " ("
                + Locations.parameter(architecture, index) + ") is " + Locations.value(value));
    }
}
