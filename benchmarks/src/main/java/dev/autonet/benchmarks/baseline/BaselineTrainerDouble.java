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

/** {@link BaselineTrainer} for a {@link BaselineNetworkDouble}: the same bookkeeping in DOUBLE. Not thread-safe. */
public final class BaselineTrainerDouble implements Trainable {
    private final BaselineNetworkDouble network;
    private final Layout layout;
    private final double[] parameters;
    private final double[] gradient;
    private final double[] backup;
    private final double[] best;
    private final double[] inputRow;
    private final double[] targetRow;
    private final int metricWidth;
    private boolean hasBest;
    private double[] batchInputs = new double[0];
    private double[] batchTargets = new double[0];
    private int batchRows;
    private double batchLoss;
    private double batchMetricSum;

    /** A trainer starting from a copy of {@code start}, in {@code layout}'s flat layout. */
    public BaselineTrainerDouble(Layout layout, double[] start) {
        this.network = new BaselineNetworkDouble(layout, start);
        this.layout = layout;
        this.parameters = network.parameterArray();
        this.gradient = new double[parameters.length];
        this.backup = new double[parameters.length];
        this.best = new double[parameters.length];
        this.inputRow = new double[layout.inputs()];
        this.targetRow = new double[layout.outputs()];
        this.metricWidth = layout.binary() ? layout.outputs() : 1;
    }

    /** Trains with {@code optimizer}; see {@link FitLoop#fit}. */
    public History fit(Optimizer optimizer, Dataset train, Dataset validation, FitOptions options) {
        return FitLoop.fit(this, optimizer, train, validation, options);
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
            for (double value : inputRow) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException(role + ", row " + row + " is not finite");
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
            batchInputs = new double[capacity * layout.inputs()];
            batchTargets = new double[capacity * layout.outputs()];
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
            sumOfSquares += gradient[k] * gradient[k];
        }
        return Math.sqrt(sumOfSquares);
    }

    @Override
    public boolean applyStep(Optimizer optimizer) {
        System.arraycopy(parameters, 0, backup, 0, parameters.length);
        optimizer.step(parameters, gradient);
        for (double value : parameters) {
            if (!Double.isFinite(value)) {
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
