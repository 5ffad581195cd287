package dev.autonet.runtime;

/**
 * A network that predicts real values, trained with MSE, MAE or Huber or inference-only; its output is
 * anything but SOFTMAX or STEP.
 *
 * <p>The overload in the network's own precision allocates nothing; the other converts through new
 * arrays.
 */
public interface Regressor {
    /** Writes the predicted values for {@code input} into {@code output}. */
    void predict(float[] input, float[] output);

    /** Writes the predicted values for {@code input} into {@code output}. */
    void predict(double[] input, double[] output);
}
