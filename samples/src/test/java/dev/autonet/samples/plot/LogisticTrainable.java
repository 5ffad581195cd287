package dev.autonet.samples.plot;

import dev.autonet.runtime.data.Batches;
import dev.autonet.runtime.data.Dataset;
import dev.autonet.runtime.optim.Optimizer;
import dev.autonet.runtime.train.Evaluation;
import dev.autonet.runtime.train.Trainable;

/**
 * p = sigmoid(w·x + b) on one feature with BCE, written by hand: just enough of a {@link Trainable} for
 * {@code FitLoop.fit} to produce a real {@code History} with an accuracy metric.
 */
final class LogisticTrainable implements Trainable {
    private final double[] parameters = {0, 0};
    private final double[] gradient = new double[2];
    private final double[] backup = new double[2];
    private final double[] best = new double[2];
    private final double[] inputs;
    private final double[] targets;
    private double loss;
    private int correct;
    private int rows;

    LogisticTrainable(int batchSize) {
        inputs = new double[batchSize];
        targets = new double[batchSize];
    }

    @Override
    public int layerCount() {
        return 1;
    }

    @Override
    public String metricName() {
        return "accuracy";
    }

    @Override
    public void checkData(Dataset data, String role) {
        if (data.featureCount() != 1 || data.targetWidth() != 1) {
            throw new IllegalArgumentException(role + " must have 1 feature and 1 target");
        }
    }

    @Override
    public void startEpoch() {}

    @Override
    public int computeBatch(Batches batches) {
        rows = batches.next(inputs, targets);
        loss = 0;
        correct = 0;
        gradient[0] = 0;
        gradient[1] = 0;
        for (int r = 0; r < rows; r++) {
            double p = probability(inputs[r]);
            loss -= (targets[r] * Math.log(p) + (1 - targets[r]) * Math.log(1 - p)) / rows;
            correct += (p > 0.5) == (targets[r] > 0.5) ? 1 : 0;
            gradient[0] += (p - targets[r]) * inputs[r] / rows;
            gradient[1] += (p - targets[r]) / rows;
        }
        return rows;
    }

    private double probability(double x) {
        double p = 1 / (1 + Math.exp(-(parameters[0] * x + parameters[1])));
        return Math.min(1 - 1e-12, Math.max(1e-12, p));
    }

    @Override
    public double batchLoss() {
        return loss;
    }

    @Override
    public double batchMetricSum() {
        return correct;
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
        return Double.isFinite(parameters[0]) && Double.isFinite(parameters[1]);
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
        int hits = 0;
        for (int r = 0; r < data.rows(); r++) {
            double p = probability(data.feature(r, 0));
            double y = data.target(r, 0);
            sum -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
            hits += (p > 0.5) == (y > 0.5) ? 1 : 0;
        }
        return new Evaluation(sum / data.rows(), (double) hits / data.rows(), "accuracy", data.rows());
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
