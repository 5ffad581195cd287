package dev.autonet.runtime.train;

/** Keras' EarlyStopping on a loss: remembers the best epoch and says when patience has run out. */
final class EarlyStopping {
    private final int patience;
    private final double minDelta;
    private double best = Double.POSITIVE_INFINITY;
    private int bestEpoch = -1;

    EarlyStopping(int patience, double minDelta) {
        this.patience = patience;
        this.minDelta = minDelta;
    }

    boolean isEnabled() {
        return patience > 0;
    }

    /**
     * Records {@code loss} for {@code epoch}; true if it is a new best (better by more than minDelta). A NaN
     * loss is never a best, as in Keras.
     */
    boolean update(double loss, int epoch) {
        if (loss < best - minDelta) {
            best = loss;
            bestEpoch = epoch;
            return true;
        }
        return false;
    }

    /** Whether {@code patience} epochs have passed since the best one. */
    boolean shouldStop(int epoch) {
        return isEnabled() && epoch - bestEpoch >= patience;
    }

    /** Whether an epoch has been recorded as the best, so there are best weights to go back to. */
    boolean hasBest() {
        return bestEpoch >= 0;
    }

    int bestEpoch() {
        return bestEpoch;
    }
}
