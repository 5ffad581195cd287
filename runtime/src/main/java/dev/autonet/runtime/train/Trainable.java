package dev.autonet.runtime.train;

import dev.autonet.runtime.data.Batches;
import dev.autonet.runtime.data.Dataset;
import dev.autonet.runtime.optim.Optimizer;

/**
 * What a generated trainer offers {@link FitLoop}: the precision-specific work (loading a batch into its
 * own arrays, forward, backward, the optimizer step) behind a precision-free interface. Users call the
 * trainer's own methods ({@code fit}, {@code evaluate}, {@code lossAndGradient}); this is the seam between
 * generated code and the runtime's loop.
 */
public interface Trainable {

    /** Number of layers, for the per-layer statistics in {@link History}. */
    int layerCount();

    /** Name of the metric {@link #evaluate} reports: "accuracy" for classifiers, "mae" for regression. */
    String metricName();

    /**
     * Throws IllegalArgumentException naming {@code role} ("training data", …), the row and the problem if
     * {@code data} does not fit this network: feature count, target width, or a target outside the loss's
     * domain (BCE in [0, 1], class indices in range, one-hot rows summing to 1, hinge labels ±1).
     */
    void checkData(Dataset data, String role);

    /** Starts an epoch: clears the per-epoch statistics (which ReLU units were ever active). */
    void startEpoch();

    /**
     * Reads the next mini-batch from {@code batches} and computes its loss and gradient at the current
     * weights, changing no weight. Returns the number of rows read, 0 when the epoch is over.
     */
    int computeBatch(Batches batches);

    /** Mean loss of the last batch; NaN or infinite when training has diverged. */
    double batchLoss();

    /** Sum of the metric over the last batch (correct predictions, or absolute errors). */
    double batchMetricSum();

    /** Number of predictions {@link #batchMetricSum()} sums over (rows, or rows × outputs). */
    int batchMetricCount();

    /** L2 norm of the last batch's gradient with respect to {@code layer}'s parameters. */
    double layerGradientNorm(int layer);

    /**
     * Applies {@code optimizer} to the last gradient. Returns false, with the weights put back as they were
     * before this step, if any weight would become NaN or infinite.
     */
    boolean applyStep(Optimizer optimizer);

    /**
     * Puts back the weights from before the last step {@link #applyStep} took: called when the loss or
     * gradient at the weights that step made is not finite. The optimizer's state (momentum, Adam's
     * moments) keeps the step.
     */
    void undoStep();

    /**
     * Fraction of {@code layer}'s units that were never active (pre-activation ≤ 0 for every row) since
     * {@link #startEpoch()}: the dead ReLUs. NaN for layers that are not RELU.
     */
    double deadFraction(int layer);

    /** Mean loss and metric over every row of {@code data} at the current weights. */
    Evaluation evaluate(Dataset data);

    /** Remembers the current weights as the best so far. */
    void saveBest();

    /** Goes back to the weights last remembered by {@link #saveBest()}. */
    void restoreBest();
}
