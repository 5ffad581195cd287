package dev.autonet.runtime.train;

import java.util.Arrays;

/**
 * What happened in each epoch of a {@code fit}: losses, metrics, learning rate, and the two failure modes
 * worth watching, per layer: the fraction of dead ReLU units and the gradient norm. Epochs are indexed
 * from 0 here and printed from 1. Validation values are NaN when no validation data was given.
 */
public final class History {
    private final String metricName;
    private final int layers;
    private final double[] trainLoss;
    private final double[] trainMetric;
    private final double[] validationLoss;
    private final double[] validationMetric;
    private final double[] learningRate;
    private final double[][] deadFraction;
    private final double[][] gradientNorm;
    private int epochs;
    private int bestEpoch = -1;
    private boolean stoppedEarly;

    History(String metricName, int layers, int maxEpochs) {
        this.metricName = metricName;
        this.layers = layers;
        this.trainLoss = new double[maxEpochs];
        this.trainMetric = new double[maxEpochs];
        this.validationLoss = new double[maxEpochs];
        this.validationMetric = new double[maxEpochs];
        this.learningRate = new double[maxEpochs];
        this.deadFraction = new double[maxEpochs][layers];
        this.gradientNorm = new double[maxEpochs][layers];
    }

    /** Records epoch {@link #epochs()} and returns its index. */
    int add(double trainLoss, double trainMetric, Evaluation validation, double learningRate,
            double[] deadFraction, double[] gradientNorm) {
        int epoch = epochs++;
        this.trainLoss[epoch] = trainLoss;
        this.trainMetric[epoch] = trainMetric;
        this.validationLoss[epoch] = validation == null ? Double.NaN : validation.loss();
        this.validationMetric[epoch] = validation == null ? Double.NaN : validation.metric();
        this.learningRate[epoch] = learningRate;
        System.arraycopy(deadFraction, 0, this.deadFraction[epoch], 0, layers);
        System.arraycopy(gradientNorm, 0, this.gradientNorm[epoch], 0, layers);
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
