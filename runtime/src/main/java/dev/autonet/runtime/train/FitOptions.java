package dev.autonet.runtime.train;

import java.io.PrintStream;

/**
 * How {@code fit} trains: epochs, batch size, shuffling seed, early stopping and progress output.
 * Immutable; each method returns a changed copy. Defaults follow Keras: batch size 32, shuffling every
 * epoch, no early stopping, a progress bar only when the output is a terminal.
 *
 * <pre>{@code
 * FitOptions.epochs(500).batchSize(64).seed(7).earlyStopping(20).progress(Progress.EPOCHS)
 * }</pre>
 */
public final class FitOptions {

    /** What {@code fit} prints while it trains. */
    public enum Progress {
        /** A progress bar when standard output is a terminal ({@code System.console() != null}), else nothing. */
        AUTO,
        /** A one-line progress bar, redrawn in place; a summary line when done. */
        BAR,
        /** One line per epoch with the losses and metrics, as Keras' {@code verbose=2}. */
        EPOCHS,
        /** Nothing. */
        QUIET
    }

    private final int epochs;
    private final int batchSize;
    private final long seed;
    private final int patience;
    private final double minDelta;
    private final Progress progress;
    private final PrintStream out;
    private final int reportEvery;

    private FitOptions(int epochs, int batchSize, long seed, int patience, double minDelta, Progress progress,
            PrintStream out, int reportEvery) {
        this.epochs = epochs;
        this.batchSize = batchSize;
        this.seed = seed;
        this.patience = patience;
        this.minDelta = minDelta;
        this.progress = progress;
        this.out = out;
        this.reportEvery = reportEvery;
    }

    /** Train for {@code epochs} (≥ 1) full passes over the training data. */
    public static FitOptions epochs(int epochs) {
        return new FitOptions(positive("epochs", epochs), 32, 0, 0, 0, Progress.AUTO, System.out, 1);
    }

    /** Rows per mini-batch, ≥ 1; the last batch of an epoch may be smaller. */
    public FitOptions batchSize(int batchSize) {
        return new FitOptions(epochs, positive("batchSize", batchSize), seed, patience, minDelta, progress, out, reportEvery);
    }

    /** Seed of the per-epoch shuffling; the same seed, data and initial weights give bit-identical weights. */
    public FitOptions seed(long seed) {
        return new FitOptions(epochs, batchSize, seed, patience, minDelta, progress, out, reportEvery);
    }

    /**
     * Stop when the monitored loss (validation loss when validation data is given, else training loss)
     * has not improved by more than {@code minDelta} for {@code patience} (≥ 1) epochs, and go back to the
     * weights of the best epoch (Keras' {@code EarlyStopping(restore_best_weights=True)}).
     */
    public FitOptions earlyStopping(int patience, double minDelta) {
        if (!(minDelta >= 0) || Double.isInfinite(minDelta)) {
            throw new IllegalArgumentException("minDelta must be finite and >= 0, but was " + minDelta);
        }
        return new FitOptions(epochs, batchSize, seed, positive("patience", patience), minDelta, progress, out, reportEvery);
    }

    /** {@link #earlyStopping(int, double)} with {@code minDelta = 0}. */
    public FitOptions earlyStopping(int patience) {
        return earlyStopping(patience, 0);
    }

    /** What to print while training, and where. */
    public FitOptions progress(Progress progress, PrintStream out) {
        if (progress == null || out == null) {
            throw new NullPointerException("progress and out must not be null");
        }
        return new FitOptions(epochs, batchSize, seed, patience, minDelta, progress, out, reportEvery);
    }

    /**
     * With {@link Progress#EPOCHS}, print every {@code epochs}-th epoch only (and always the first and the
     * last), for long runs.
     */
    public FitOptions reportEvery(int epochs) {
        return new FitOptions(this.epochs, batchSize, seed, patience, minDelta, progress, out,
                positive("reportEvery", epochs));
    }

    /** What to print while training, on standard output. */
    public FitOptions progress(Progress progress) {
        return progress(progress, System.out);
    }

    /** Prints nothing. */
    public FitOptions quiet() {
        return progress(Progress.QUIET, out);
    }

    public int epochs() {
        return epochs;
    }

    public int batchSize() {
        return batchSize;
    }

    public long seed() {
        return seed;
    }

    /** Early-stopping patience in epochs; 0 when early stopping is off. */
    public int patience() {
        return patience;
    }

    public double minDelta() {
        return minDelta;
    }

    public Progress progress() {
        return progress;
    }

    public PrintStream out() {
        return out;
    }

    /** Print every how many epochs with {@link Progress#EPOCHS}; 1 by default. */
    public int reportEvery() {
        return reportEvery;
    }

    private static int positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, but was " + value);
        }
        return value;
    }
}
