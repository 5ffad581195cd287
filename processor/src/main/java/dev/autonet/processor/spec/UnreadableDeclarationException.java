package dev.autonet.processor.spec;

/**
 * Thrown by {@link SpecReader} when an annotation is incomplete in a way javac itself has already
 * reported (a required attribute left out, an unknown enum constant). The processor skips the
 * declaration without adding a second, confusing error.
 */
public final class UnreadableDeclarationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableDeclarationException() {
        super(null, null, false, false);
    }
}
