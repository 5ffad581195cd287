package dev.autonet.runtime.train;

import dev.autonet.runtime.data.Batches;
import dev.autonet.runtime.data.Dataset;
import dev.autonet.runtime.optim.Optimizer;

/**
 * A hand-written {@link Trainable} for y = w·x + b with MSE, so the fit loop can be tested apart from
 * generated code. {@code poisonAtBatch} makes the loss NaN at that (global, 1-based) batch;
 * {@code lastFiniteLossWeights} holds the weights at which the last finite batch loss was computed.
 */
final class LineTrainable implements Trainable {
    final double[] parameters = {0, 0};
    private final double[] gradient = new double[2];
    private final double[] backup = new double[2];
    final double[] best = new double[2];
    final double[] lastFiniteLossWeights = new double[2];
    private final double[] inputs;
    private final double[] targets;
    private double loss;
    private double absoluteErrors;
    private int rows;
    private int batchCount;
    int poisonAtBatch = -1;

    LineTrainable(int batchSize) {
        inputs = new double[batchSize];
        targets = new double[batchSize];
    }

    @Override
    public int layerCount() {
        return 1;
    }

    @Override
    public String metricName() {
        return "mae";
    }

    @Override
    public void checkData(Dataset data, String role) {
        if (data.featureCount() != 1) {
            throw new IllegalArgumentException(role + " has " + data.featureCount() + " features, expected 1");
        }
    }

    @Override
    public void startEpoch() {}

    @Override
    public int computeBatch(Batches batches) {
        rows = batches.next(inputs, targets);
        if (rows == 0) {
            return 0;
        }
        batchCount++;
        loss = 0;
        absoluteErrors = 0;
        gradient[0] = 0;
        gradient[1] = 0;
        for (int r = 0; r < rows; r++) {
            double error = parameters[0] * inputs[r] + parameters[1] - targets[r];
            loss += error * error / rows;
            absoluteErrors += Math.abs(error);
            gradient[0] += 2 * error * inputs[r] / rows;
            gradient[1] += 2 * error / rows;
        }
        if (batchCount == poisonAtBatch) {
            loss = Double.NaN;
        } else {
            System.arraycopy(parameters, 0, lastFiniteLossWeights, 0, 2);
        }
        return rows;
    }

    @Override
    public double batchLoss() {
        return loss;
    }

    @Override
    public double batchMetricSum() {
        return absoluteErrors;
    }

    @Override
    public int batchMetricCount() {
        return rows;
    }

    @Override
    public double layerGradientNorm(int layer) {
        return Math.hypot(gradient[0], gradient[1]);
    }

    @Override
    public boolean applyStep(Optimizer optimizer) {
        System.arraycopy(parameters, 0, backup, 0, 2);
        optimizer.step(parameters, gradient);
        if (!Double.isFinite(parameters[0]) || !Double.isFinite(parameters[1])) {
            System.arraycopy(backup, 0, parameters, 0, 2);
            return false;
        }
        return true;
    }

    @Override
    public void undoStep() {
        System.arraycopy(backup, 0, parameters, 0, 2);
    }

    @Override
    public double deadFraction(int layer) {
        return Double.NaN;
    }

    @Override
    public Evaluation evaluate(Dataset data) {
        double sum = 0;
        double errors = 0;
        for (int r = 0; r < data.rows(); r++) {
            double error = parameters[0] * data.feature(r, 0) + parameters[1] - data.target(r, 0);
            sum += error * error;
            errors += Math.abs(error);
        }
        return new Evaluation(sum / data.rows(), errors / data.rows(), "mae", data.rows());
    }

    @Override
    public void saveBest() {
        System.arraycopy(parameters, 0, best, 0, 2);
    }

    @Override
    public void restoreBest() {
        System.arraycopy(best, 0, parameters, 0, 2);
    }
}
