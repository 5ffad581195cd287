package dev.autonet.benchmarks.baseline;

import dev.autonet.runtime.data.Batches;
import dev.autonet.runtime.data.Dataset;
import dev.autonet.runtime.data.TargetChecks;
import dev.autonet.runtime.optim.Optimizer;
import dev.autonet.runtime.train.Evaluation;
import dev.autonet.runtime.train.FitLoop;
import dev.autonet.runtime.train.FitOptions;
import dev.autonet.runtime.train.History;
import dev.autonet.runtime.train.Trainable;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The bookkeeping of {@link BaselineTrainer} and {@link BaselineTrainerDouble}, written once over {@code A},
 * {@code float[]} or {@code double[]}: weights backed up before each step and put back if one turns
 * non-finite, dead-ReLU tracking, per-layer gradient norms, best weights, evaluation. The subclasses supply
 * what depends on the element type (the arithmetic lives in their networks), so a whole training job costs
 * the same as a generated trainer's apart from the network code itself. Not thread-safe.
 *
 * @param <A> the precision's array type
 */
abstract class BaselineTrainerBase<A> implements Trainable {
    final Layout layout;
    final A parameters;
    final A gradient;
    private final A backup;
    private final A best;
    private final A inputRow;
    private final A targetRow;
    private final int metricWidth;
    private boolean hasBest;
    private A batchInputs;
    private A batchTargets;
    private int batchCapacity;
    private int batchRows;
    private double batchLoss;
    private double batchMetricSum;

    private final IntFunction<A> arrays;

    /** {@code parameters}: the network's own weight array, trained in place; {@code arrays}: new arrays of A. */
    BaselineTrainerBase(Layout layout, A parameters, IntFunction<A> arrays) {
        this.layout = layout;
        this.parameters = parameters;
        this.arrays = arrays;
        this.gradient = arrays.apply(layout.parameterCount());
        this.backup = arrays.apply(layout.parameterCount());
        this.best = arrays.apply(layout.parameterCount());
        this.inputRow = arrays.apply(layout.inputs());
        this.targetRow = arrays.apply(layout.outputs());
        this.batchInputs = arrays.apply(0);
        this.batchTargets = arrays.apply(0);
        this.metricWidth = layout.binary() ? layout.outputs() : 1;
    }

    /** Whether every value of {@code values} is finite. */
    abstract boolean allFinite(A values);

    /** What {@link #checkData} says of a row with a value that is not finite in this precision. */
    abstract String nonFiniteRow();

    /** The sum of the squares of {@code values[from .. to)}, in double. */
    abstract double sumOfSquares(A values, int from, int to);

    abstract void copyRow(Dataset data, int row, A features, A targets);

    abstract int next(Batches batches, A inputs, A targets);

    abstract void step(Optimizer optimizer, A parameters, A gradient);

    // the network's methods, in this precision
    abstract double lossAndGradient(A inputs, A targets, int rows, A gradient);

    abstract double evaluateRow(A input, A target);

    abstract double metricSum();

    abstract void clearActiveUnits();

    /** Trains with {@code optimizer}; see {@link FitLoop#fit}. */
    public History fit(Optimizer optimizer, Dataset train, Dataset validation, FitOptions options) {
        return FitLoop.fit(this, optimizer, train, validation, options);
    }

    @Override
    public int layerCount() {
        return layout.layerCount();
    }

    @Override
    public String metricName() {
        return "accuracy";
    }

    @Override
    public void checkData(Dataset data, String role) {
        Objects.requireNonNull(data, role);
        if (data.featureCount() != layout.inputs() || data.targetWidth() != layout.outputs()) {
            throw new IllegalArgumentException(role + " has " + data.featureCount() + " features and "
                    + data.targetWidth() + " targets per row, but the network needs " + layout.inputs() + " and "
                    + layout.outputs());
        }
        if (layout.binary()) {
            TargetChecks.checkBinary(data.targets(), data.rows(), layout.outputs());
        } else {
            TargetChecks.checkOneHot(data.targets(), data.rows(), layout.outputs());
        }
        for (int row = 0; row < data.rows(); row++) {
            copyRow(data, row, inputRow, targetRow);
            if (!allFinite(inputRow)) {
                throw new IllegalArgumentException(role + ", row " + row + " " + nonFiniteRow());
            }
        }
    }

    @Override
    public void startEpoch() {
        clearActiveUnits();
    }

    @Override
    public int computeBatch(Batches batches) {
        int capacity = batches.batchSize();
        if (batchCapacity < capacity) {
            batchInputs = arrays.apply(capacity * layout.inputs());
            batchTargets = arrays.apply(capacity * layout.outputs());
            batchCapacity = capacity;
        }
        batchRows = next(batches, batchInputs, batchTargets);
        if (batchRows > 0) {
            batchLoss = lossAndGradient(batchInputs, batchTargets, batchRows, gradient);
            batchMetricSum = metricSum();
        }
        return batchRows;
    }

    @Override
    public double batchLoss() {
        return batchLoss;
    }

    @Override
    public double batchMetricSum() {
        return batchMetricSum;
    }

    @Override
    public int batchMetricCount() {
        return batchRows * metricWidth;
    }

    @Override
    public double layerGradientNorm(int layer) {
        return Math.sqrt(sumOfSquares(gradient, layout.weightOffset(layer), layout.parameterEnd(layer)));
    }

    @Override
    public boolean applyStep(Optimizer optimizer) {
        int count = layout.parameterCount();
        System.arraycopy(parameters, 0, backup, 0, count);
        step(optimizer, parameters, gradient);
        if (!allFinite(parameters)) {
            System.arraycopy(backup, 0, parameters, 0, count);
            return false;
        }
        return true;
    }

    @Override
    public void undoStep() {
        System.arraycopy(backup, 0, parameters, 0, layout.parameterCount());
    }

    @Override
    public Evaluation evaluate(Dataset data) {
        checkData(data, "evaluation data");
        int rows = data.rows();
        double lossSum = 0;
        double metricSum = 0;
        for (int row = 0; row < rows; row++) {
            copyRow(data, row, inputRow, targetRow);
            lossSum += evaluateRow(inputRow, targetRow);
            metricSum += metricSum();
        }
        double lossTerms = (double) rows * (layout.binary() ? layout.outputs() : 1);
        return new Evaluation(lossSum / lossTerms, metricSum / ((double) rows * metricWidth), metricName(), rows);
    }

    @Override
    public void saveBest() {
        System.arraycopy(parameters, 0, best, 0, layout.parameterCount());
        hasBest = true;
    }

    @Override
    public void restoreBest() {
        if (hasBest) {
            System.arraycopy(best, 0, parameters, 0, layout.parameterCount());
        }
    }
}
