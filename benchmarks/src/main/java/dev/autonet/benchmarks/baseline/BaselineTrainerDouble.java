package dev.autonet.benchmarks.baseline;

import dev.autonet.runtime.data.Batches;
import dev.autonet.runtime.data.Dataset;
import dev.autonet.runtime.optim.Optimizer;

/** {@link BaselineTrainer} for a {@link BaselineNetworkDouble}: the same bookkeeping in DOUBLE. Not thread-safe. */
public final class BaselineTrainerDouble extends BaselineTrainerBase<double[]> {
    private final BaselineNetworkDouble network;

    /** A trainer starting from a copy of {@code start}, in {@code layout}'s flat layout. */
    public BaselineTrainerDouble(Layout layout, double[] start) {
        this(new BaselineNetworkDouble(layout, start));
    }

    private BaselineTrainerDouble(BaselineNetworkDouble network) {
        super(network.layout(), network.parameterArray(), double[]::new);
        this.network = network;
    }

    /** The network being trained (its weights change as training goes on). */
    public BaselineNetworkDouble network() {
        return network;
    }

    /** A copy of the current weights. */
    public double[] parameters() {
        return parameters.clone();
    }

    @Override
    boolean allFinite(double[] values) {
        for (double value : values) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }

    @Override
    String nonFiniteRow() {
        return "is not finite";
    }

    @Override
    double sumOfSquares(double[] values, int from, int to) {
        double sum = 0;
        for (int k = from; k < to; k++) {
            sum += (double) values[k] * values[k];
        }
        return sum;
    }

    @Override
    void copyRow(Dataset data, int row, double[] features, double[] targets) {
        data.copyFeatures(row, features, 0);
        data.copyTargets(row, targets, 0);
    }

    @Override
    int next(Batches batches, double[] inputs, double[] targets) {
        return batches.next(inputs, targets);
    }

    @Override
    void step(Optimizer optimizer, double[] parameters, double[] gradient) {
        optimizer.step(parameters, gradient);
    }

    @Override
    double lossAndGradient(double[] inputs, double[] targets, int rows, double[] gradient) {
        return network.lossAndGradient(inputs, targets, rows, gradient);
    }

    @Override
    double evaluateRow(double[] input, double[] target) {
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
