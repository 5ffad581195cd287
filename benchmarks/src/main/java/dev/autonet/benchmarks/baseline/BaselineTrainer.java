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

/**
 * Trains a {@link BaselineNetwork} through the runtime's {@link FitLoop}, doing the same bookkeeping as a
 * generated trainer (weights backed up before each step and put back if one turns non-finite, dead-ReLU
 * tracking, per-layer gradient norms, best weights), so a whole training job costs the same apart from
 * the network code itself. Not thread-safe.
 */
public final class BaselineTrainer implements Trainable {
    private final BaselineNetwork network;
    private final Layout layout;
    private final float[] parameters;
    private final float[] gradient;
    private final float[] backup;
    private final float[] best;
    private final float[] inputRow;
    private final float[] targetRow;
    private final int metricWidth;
    private boolean hasBest;
    private float[] batchInputs = new float[0];
    private float[] batchTargets = new float[0];
    private int batchRows;
    private double batchLoss;
    private double batchMetricSum;

    /** A trainer starting from a copy of {@code start}, in {@code layout}'s flat layout. */
    public BaselineTrainer(Layout layout, float[] start) {
        this.network = new BaselineNetwork(layout, start);
        this.layout = layout;
        this.parameters = network.parameterArray();
        this.gradient = new float[parameters.length];
        this.backup = new float[parameters.length];
        this.best = new float[parameters.length];
        this.inputRow = new float[layout.inputs()];
        this.targetRow = new float[layout.outputs()];
        this.metricWidth = layout.binary() ? layout.outputs() : 1;
    }

    /** Trains with {@code optimizer}; see {@link FitLoop#fit}. */
    public History fit(Optimizer optimizer, Dataset train, Dataset validation, FitOptions options) {
        return FitLoop.fit(this, optimizer, train, validation, options);
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
            data.copyFeatures(row, inputRow, 0);
            for (float value : inputRow) {
                if (!Float.isFinite(value)) {
                    throw new IllegalArgumentException(role + ", row " + row + " is beyond the range of float");
                }
            }
        }
    }

    @Override
    public void startEpoch() {
        network.clearActiveUnits();
    }

    @Override
    public int computeBatch(Batches batches) {
        int capacity = batches.batchSize();
        if (batchInputs.length < capacity * layout.inputs()) {
            batchInputs = new float[capacity * layout.inputs()];
            batchTargets = new float[capacity * layout.outputs()];
        }
        batchRows = batches.next(batchInputs, batchTargets);
        if (batchRows > 0) {
            batchLoss = network.lossAndGradient(batchInputs, batchTargets, batchRows, gradient);
            batchMetricSum = network.metricSum();
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
        double sumOfSquares = 0;
        for (int k = layout.weightOffset(layer); k < layout.parameterEnd(layer); k++) {
            sumOfSquares += (double) gradient[k] * gradient[k];
        }
        return Math.sqrt(sumOfSquares);
    }

    @Override
    public boolean applyStep(Optimizer optimizer) {
        System.arraycopy(parameters, 0, backup, 0, parameters.length);
        optimizer.step(parameters, gradient);
        for (float value : parameters) {
            if (!Float.isFinite(value)) {
                System.arraycopy(backup, 0, parameters, 0, parameters.length);
                return false;
            }
        }
        return true;
    }

    @Override
    public double deadFraction(int layer) {
        return network.deadFraction(layer);
    }

    @Override
    public Evaluation evaluate(Dataset data) {
        checkData(data, "evaluation data");
        int rows = data.rows();
        double lossSum = 0;
        double metricSum = 0;
        for (int row = 0; row < rows; row++) {
            data.copyFeatures(row, inputRow, 0);
            data.copyTargets(row, targetRow, 0);
            lossSum += network.evaluateRow(inputRow, targetRow);
            metricSum += network.metricSum();
        }
        double lossTerms = (double) rows * (layout.binary() ? layout.outputs() : 1);
        return new Evaluation(lossSum / lossTerms, metricSum / ((double) rows * metricWidth), metricName(), rows);
    }

    @Override
    public void saveBest() {
        System.arraycopy(parameters, 0, best, 0, parameters.length);
        hasBest = true;
    }

    @Override
    public void restoreBest() {
        if (hasBest) {
            System.arraycopy(best, 0, parameters, 0, parameters.length);
        }
    }
}
