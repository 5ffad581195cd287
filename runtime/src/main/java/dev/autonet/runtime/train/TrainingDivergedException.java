package dev.autonet.runtime.train;

/**
 * Thrown by {@code fit} when the loss, the gradient or a weight becomes NaN or infinite. The trainer is left
 * with weights whose loss was finite: the best epoch's when early stopping has saved one, else the weights
 * from before the step that diverged. The message names the epoch and batch (both counted from 1) and which
 * weights were kept.
 */
public final class TrainingDivergedException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    private final int epoch;
    private final int batch;

    TrainingDivergedException(int epoch, int batch, String problem, String kept) {
        super(String.format(java.util.Locale.ROOT,
                "Training diverged at epoch %d, batch %d: %s. The model keeps %s."
                        + " Lower the learning rate, clip the gradient norm (e.g. Sgd.learningRate(…).clipNorm(1.0)),"
                        + " or standardize the inputs.",
                epoch, batch, problem, kept));
        this.epoch = epoch;
        this.batch = batch;
    }

    /** The epoch in which training diverged, counted from 1. */
    public int epoch() {
        return epoch;
    }

    /** The batch within {@link #epoch()} whose step diverged, counted from 1. */
    public int batch() {
        return batch;
    }
}
