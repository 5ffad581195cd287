package dev.autonet.processor.validation;

import dev.autonet.Precision;
import dev.autonet.processor.codegen.Names;
import dev.autonet.processor.model.Architectures;
import dev.autonet.processor.model.FrozenParameters;
import dev.autonet.processor.model.NetworkModel;
import dev.autonet.processor.spec.Value;
import dev.autonet.runtime.Architecture;
import dev.autonet.runtime.io.ModelFileException;
import dev.autonet.runtime.io.ModelFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager.Location;
import javax.tools.StandardLocation;

/**
 * The rule on {@code @Network(weights)}: the named file must be found where javac finds resources and be
 * a loadable {@code .autonet} file of exactly this network. It is read with the runtime's own reader,
 * {@link ModelFiles}, against the {@link Architecture} the generated model carries, so it accepts exactly
 * the files that {@code <Name>Model.load} accepts. Runs after validation, on the built model.
 */
public final class WeightsFileRule {
    /**
     * Where the file is looked for, in order. CLASS_OUTPUT is where Maven and Gradle copy resources
     * before compiling ({@code target/classes}, {@code target/test-classes}); SOURCE_PATH and CLASS_PATH
     * serve builds that keep resources beside the sources or in a jar, and compile-testing, whose class
     * output is in memory but whose class path is the test's.
     */
    static final List<StandardLocation> LOCATIONS =
            List.of(StandardLocation.CLASS_OUTPUT, StandardLocation.SOURCE_PATH, StandardLocation.CLASS_PATH);

    private final Filer filer;

    public WeightsFileRule(Filer filer) {
        this.filer = filer;
    }

    /** The parameters to freeze, or the one error explaining why there are none, on the weights value. */
    public record Result(Optional<FrozenParameters> parameters, List<Diagnostic> errors) {}

    /**
     * Adds an error on the weights value if the file is missing, unreadable, corrupted or truncated,
     * saved by a different network, or holds a non-finite parameter; otherwise returns its parameters.
     */
    public Result check(Value<String> weights, NetworkModel network) {
        String resource = weights.get();
        List<String> looked = new ArrayList<>();
        for (StandardLocation location : LOCATIONS) {
            Found found = find(location, resource, looked);
            if (found == null) {
                continue;
            }
            if (found.bytes() == null) {
                return error(Message.WEIGHTS_UNREADABLE, weights, resource, found.where(), found.failure());
            }
            return load(weights, network, found);
        }
        return error(Message.WEIGHTS_MISSING, weights, resource, String.join(", ", looked));
    }

    /** The file's bytes (or why they could not be read) and where it was; null when it is not there. */
    private record Found(String where, byte[] bytes, String failure) {}

    private Found find(Location location, String resource, List<String> looked) {
        FileObject file;
        try {
            file = filer.getResource(location, "", resource);
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
            looked.add(location.getName()); // not there, or javac has no such location configured
            return null;
        }
        String where = location.getName() + " (" + file.toUri() + ")";
        try (InputStream in = file.openInputStream()) {
            return new Found(where, in.readAllBytes(), null);
        } catch (IOException | IllegalStateException | UnsupportedOperationException e) {
            Optional<Path> path = localPath(file.toUri());
            if (path.isPresent() && Files.exists(path.get())) {
                return new Found(where, null, String.valueOf(e.getMessage()));
            }
            looked.add(where);
            return null;
        }
    }

    private Result load(Value<String> weights, NetworkModel network, Found found) {
        String resource = weights.get();
        Architecture architecture = Architectures.of(network);
        String modelName = Names.modelName(network.baseName());
        Path copy = null;
        try {
            // The runtime reads from a Path; a resource held in memory or in a jar goes through a temp file.
            copy = Files.createTempFile("autonet-weights", ModelFiles.EXTENSION);
            Files.write(copy, found.bytes());
            double[] values = read(copy, architecture, modelName, network.precision());
            return new Result(Optional.of(new FrozenParameters(resource, architecture.fingerprint(), values)), List.of());
        } catch (ModelFileException e) {
            String detail = resource + e.getMessage().substring(e.file().toString().length());
            switch (e.problem()) {
                case WRONG_NETWORK:
                    return error(Message.WEIGHTS_MISMATCH, weights, resource, detail, modelName);
                case NOT_FINITE:
                    return error(Message.WEIGHTS_NOT_FINITE, weights, resource, detail);
                default:
                    return error(Message.WEIGHTS_CORRUPTED, weights, resource, detail, modelName);
            }
        } catch (IOException e) {
            return error(Message.WEIGHTS_UNREADABLE, weights, resource, found.where(), String.valueOf(e.getMessage()));
        } finally {
            deleteQuietly(copy);
        }
    }

    private static double[] read(Path file, Architecture architecture, String modelName, Precision precision)
            throws IOException {
        if (precision == Precision.DOUBLE) {
            return ModelFiles.loadDoubles(file, architecture, modelName);
        }
        float[] floats = ModelFiles.loadFloats(file, architecture, modelName);
        double[] values = new double[floats.length];
        for (int i = 0; i < floats.length; i++) {
            values[i] = floats[i]; // exact; the generator narrows back to the saved bits
        }
        return values;
    }

    private static Result error(Message message, Value<String> weights, Object... args) {
        return new Result(Optional.empty(), List.of(Diagnostic.error(message, weights.origin(), args)));
    }

    private static Optional<Path> localPath(URI uri) {
        try {
            return "file".equals(uri.getScheme()) ? Optional.of(Path.of(uri)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover temp file is harmless
            }
        }
    }
}
