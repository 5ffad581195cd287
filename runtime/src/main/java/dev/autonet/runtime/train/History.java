package dev.autonet.runtime.train;

import java.util.Arrays;

/**
 * What happened in each epoch of a {@code fit}: losses, metrics, learning rate, and the two failure modes
 * worth watching, per layer: the fraction of dead ReLU units and the gradient norm. Epochs are indexed
 * from 0 here and printed from 1. Validation values are NaN when no validation data was given.
 */
public final class History {
    private static final int INITIAL_CAPACITY = 64;

    private final String metricName;
    private final int layers;
    private double[] trainLoss = new double[0];
    private double[] trainMetric = new double[0];
    private double[] validationLoss = new double[0];
    private double[] validationMetric = new double[0];
    private double[] learningRate = new double[0];
    private double[][] deadFraction = new double[0][];
    private double[][] gradientNorm = new double[0][];
    private int epochs;
    private int bestEpoch = -1;
    private boolean stoppedEarly;

    /**
     * An empty history. The arrays grow as epochs are recorded, so a large epoch limit that early stopping
     * cuts short costs nothing up front.
     */
    History(String metricName, int layers, int maxEpochs) {
        this.metricName = metricName;
        this.layers = layers;
        resize(Math.min(maxEpochs, INITIAL_CAPACITY));
    }

    /** Grows every per-epoch array to {@code capacity} epochs. */
    private void resize(int capacity) {
        trainLoss = Arrays.copyOf(trainLoss, capacity);
        trainMetric = Arrays.copyOf(trainMetric, capacity);
        validationLoss = Arrays.copyOf(validationLoss, capacity);
        validationMetric = Arrays.copyOf(validationMetric, capacity);
        learningRate = Arrays.copyOf(learningRate, capacity);
        deadFraction = Arrays.copyOf(deadFraction, capacity);
        gradientNorm = Arrays.copyOf(gradientNorm, capacity);
    }

    /** Records epoch {@link #epochs()} and returns its index. */
    int add(double trainLoss, double trainMetric, Evaluation validation, double learningRate,
            double[] deadFraction, double[] gradientNorm) {
        if (epochs == this.trainLoss.length) {
            resize((int) Math.min(Integer.MAX_VALUE - 8, 2L * epochs));
        }
        int epoch = epochs++;
        this.trainLoss[epoch] = trainLoss;
        this.trainMetric[epoch] = trainMetric;
        this.validationLoss[epoch] = validation == null ? Double.NaN : validation.loss();
        this.validationMetric[epoch] = validation == null ? Double.NaN : validation.metric();
        this.learningRate[epoch] = learningRate;
        this.deadFraction[epoch] = Arrays.copyOf(deadFraction, layers);
        this.gradientNorm[epoch] = Arrays.copyOf(gradientNorm, layers);
        return epoch;
    }

    void markBest(int epoch) {
        bestEpoch = epoch;
    }

    void markStoppedEarly() {
        stoppedEarly = true;
    }

    /** Number of epochs run. */
    public int epochs() {
        return epochs;
    }

    /** "accuracy" or "mae". */
    public String metricName() {
        return metricName;
    }

    /** Number of layers the per-layer statistics cover. */
    public int layers() {
        return layers;
    }

    /** Mean training loss over the epoch's batches, as Keras reports it. */
    public double trainLoss(int epoch) {
        return trainLoss[check(epoch)];
    }

    /** Training metric over the epoch's batches, at the weights each batch saw. */
    public double trainMetric(int epoch) {
        return trainMetric[check(epoch)];
    }

    /** Validation loss after the epoch; NaN without validation data. */
    public double validationLoss(int epoch) {
        return validationLoss[check(epoch)];
    }

    /** Validation metric after the epoch; NaN without validation data. */
    public double validationMetric(int epoch) {
        return validationMetric[check(epoch)];
    }

    /** Learning rate used during the epoch. */
    public double learningRate(int epoch) {
        return learningRate[check(epoch)];
    }

    /** Fraction of {@code layer}'s units never active during the epoch; NaN for layers that are not RELU. */
    public double deadFraction(int epoch, int layer) {
        return deadFraction[check(epoch)][layer];
    }

    /** Mean over the epoch's batches of the L2 norm of the gradient of {@code layer}'s parameters. */
    public double gradientNorm(int epoch, int layer) {
        return gradientNorm[check(epoch)][layer];
    }

    /** All training losses, one per epoch. */
    public double[] trainLosses() {
        return Arrays.copyOf(trainLoss, epochs);
    }

    /** All validation losses, one per epoch (NaN without validation data). */
    public double[] validationLosses() {
        return Arrays.copyOf(validationLoss, epochs);
    }

    /** All training metrics, one per epoch. */
    public double[] trainMetrics() {
        return Arrays.copyOf(trainMetric, epochs);
    }

    /** All validation metrics, one per epoch (NaN without validation data). */
    public double[] validationMetrics() {
        return Arrays.copyOf(validationMetric, epochs);
    }

    /** The epoch whose weights the trainer ended with when early stopping restored them, else the last. */
    public int bestEpoch() {
        return bestEpoch >= 0 ? bestEpoch : epochs - 1;
    }

    /** Whether early stopping put back the weights of {@link #bestEpoch()}. */
    public boolean restoredBest() {
        return bestEpoch >= 0;
    }

    /** Whether early stopping ended training before the last epoch. */
    public boolean stoppedEarly() {
        return stoppedEarly;
    }

    private int check(int epoch) {
        if (epoch < 0 || epoch >= epochs) {
            throw new IndexOutOfBoundsException("epoch " + epoch + " is outside [0, " + epochs + ")");
        }
        return epoch;
    }
}
