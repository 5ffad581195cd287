package dev.autonet.runtime.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A model file ({@code .autonet} or {@code .safetensors}) that cannot be loaded into the network asked
 * for, with a message that starts with the file as given and says what is wrong, e.g.
 * "moons.autonet is corrupted: checksum mismatch (stored 0x1c291ca3, computed 0x5e3ae8a2)" or
 * "moons.safetensors: tensor '2.weight' has shape [16, 30], but dense2 of MoonsModel needs [16, 32]".
 *
 * <p>An IOException rather than an IllegalArgumentException, as {@code CsvFormatException} is: the mistake
 * is in the file, not in the calling code, and a caller already handles IOException for a missing or
 * unreadable file, so one catch covers every reason a model could not be loaded. {@link #problem()} tells
 * the reasons apart for a caller that wants to.
 */
public final class ModelFileException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why the file was rejected. */
    public enum Problem {
        /** Not a file of the expected format at all: wrong magic, or a safetensors header that is not JSON. */
        NOT_A_MODEL_FILE,
        /** An AutoNet file of a format version this runtime does not read. */
        UNSUPPORTED_VERSION,
        /** The file ends before the data its header announces. */
        TRUNCATED,
        /** The bytes disagree with themselves: checksum mismatch, inconsistent header, overlapping tensors. */
        CORRUPTED,
        /** A well-formed file of a different network: fingerprint, parameter count or precision differ. */
        WRONG_NETWORK,
        /** A safetensors file without a tensor the network needs. */
        MISSING_TENSOR,
        /** A safetensors tensor whose shape is not the one the network needs. */
        WRONG_SHAPE,
        /** A safetensors tensor the network has no place for. */
        UNEXPECTED_TENSOR,
        /** A safetensors tensor of a dtype other than F32 and F64. */
        UNSUPPORTED_DTYPE,
        /** A NaN or infinite parameter. */
        NOT_FINITE
    }

    private final transient Path file;
    private final Problem problem;

    private ModelFileException(Path file, Problem problem, String message) {
        super(message);
        this.file = file;
        this.problem = problem;
    }

    /**
     * An exception whose message is the file followed by {@code rest}, which starts with its own
     * separator: " is truncated: …" or ": parameter 17 … is NaN".
     */
    static ModelFileException of(Path file, Problem problem, String rest) {
        return new ModelFileException(Objects.requireNonNull(file), problem, file + rest);
    }

    /** The file as given to the loader. */
    public Path file() {
        return file;
    }

    /** Why the file was rejected. */
    public Problem problem() {
        return problem;
    }
}
