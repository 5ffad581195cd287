package dev.autonet.benchmarks.baseline;

import dev.autonet.runtime.data.Batches;
import dev.autonet.runtime.data.Dataset;
import dev.autonet.runtime.optim.Optimizer;

/**
 * Trains a {@link BaselineNetwork} through the runtime's {@link dev.autonet.runtime.train.FitLoop}, doing the
 * same bookkeeping as a generated trainer ({@link BaselineTrainerBase}), in FLOAT. Not thread-safe.
 */
public final class BaselineTrainer extends BaselineTrainerBase<float[]> {
    private final BaselineNetwork network;

    /** A trainer starting from a copy of {@code start}, in {@code layout}'s flat layout. */
    public BaselineTrainer(Layout layout, float[] start) {
        this(new BaselineNetwork(layout, start));
    }

    private BaselineTrainer(BaselineNetwork network) {
        super(network.layout(), network.parameterArray(), float[]::new);
        this.network = network;
    }

    /** The network being trained (its weights change as training goes on). */
    public BaselineNetwork network() {
        return network;
    }

    /** A copy of the current weights. */
    public float[] parameters() {
        return parameters.clone();
    }

    @Override
    boolean allFinite(float[] values) {
        for (float value : values) {
            if (!Float.isFinite(value)) {
                return false;
            }
        }
        return true;
    }

    @Override
    String nonFiniteRow() {
        return "is beyond the range of float";
    }

    @Override
    double sumOfSquares(float[] values, int from, int to) {
        double sum = 0;
        for (int k = from; k < to; k++) {
            sum += (double) values[k] * values[k];
        }
        return sum;
    }

    @Override
    void copyRow(Dataset data, int row, float[] features, float[] targets) {
        data.copyFeatures(row, features, 0);
        data.copyTargets(row, targets, 0);
    }

    @Override
    int next(Batches batches, float[] inputs, float[] targets) {
        return batches.next(inputs, targets);
    }

    @Override
    void step(Optimizer optimizer, float[] parameters, float[] gradient) {
        optimizer.step(parameters, gradient);
    }

    @Override
    double lossAndGradient(float[] inputs, float[] targets, int rows, float[] gradient) {
        return network.lossAndGradient(inputs, targets, rows, gradient);
    }

    @Override
    double evaluateRow(float[] input, float[] target) {
        return network.evaluateRow(input, target);
    }

    @Override
    double metricSum() {
        return network.metricSum();
    }

    @Override
    void clearActiveUnits() {
        network.clearActiveUnits();
    }

    @Override
    public double deadFraction(int layer) {
        return network.deadFraction(layer);
    }
}
