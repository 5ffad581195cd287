package dev.autonet.runtime.train;

import dev.autonet.runtime.data.Batches;
import dev.autonet.runtime.data.Dataset;
import dev.autonet.runtime.optim.Optimizer;

/**
 * The training loop every generated trainer's {@code fit} runs: epochs of shuffled mini-batches, an
 * optimizer step per batch, per-epoch validation, early stopping with restore of the best weights, and a
 * stop with {@link TrainingDivergedException} the moment the loss, gradient or weights stop being finite.
 *
 * <p>When training diverges the network is left with weights whose loss was finite: the best epoch's when
 * early stopping has saved one; otherwise the weights from before the last step, since a NaN loss or
 * gradient is found one step after the step that caused it (at the weights that step made).
 *
 * <p>A step allocates nothing: batches, gradients and statistics live in arrays made before the first
 * epoch. Per-epoch work (validation, the history row, progress output) may allocate.
 */
public final class FitLoop {
    private final Trainable network;
    private final Optimizer optimizer;
    private final FitOptions options;
    private final double[] deadFraction;
    private final double[] gradientNormSum;
    private final EarlyStopping stopping;
    private final String monitored;
    private boolean stepTaken;

    private FitLoop(Trainable network, Optimizer optimizer, FitOptions options, boolean validating) {
        this.network = network;
        this.optimizer = optimizer;
        this.options = options;
        this.deadFraction = new double[network.layerCount()];
        this.gradientNormSum = new double[network.layerCount()];
        this.stopping = new EarlyStopping(options.patience(), options.minDelta());
        this.monitored = validating ? "validation loss" : "training loss";
    }

    /**
     * Trains {@code network} on {@code train}, checking {@code validation} (may be null) after each epoch.
     * Every row of both sets is checked before any weight changes.
     */
    public static History fit(Trainable network, Optimizer optimizer, Dataset train, Dataset validation,
            FitOptions options) {
        if (train.rows() == 0) {
            throw new IllegalArgumentException("training data has no rows");
        }
        network.checkData(train, "training data");
        if (validation != null) {
            if (validation.rows() == 0) {
                throw new IllegalArgumentException(
                        "validation data has no rows; pass null to train without validation data");
            }
            network.checkData(validation, "validation data");
        }
        return new FitLoop(network, optimizer, options, validation != null).run(train, validation);
    }

    private History run(Dataset train, Dataset validation) {
        Batches batches = Batches.shuffled(train, options.batchSize(), options.seed());
        History history = new History(network.metricName(), network.layerCount(), options.epochs());
        ProgressPrinter progress = ProgressPrinter.create(options, network.metricName(), batches.batchesPerEpoch());
        long start = System.nanoTime();
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            optimizer.setEpoch(epoch);
            double learningRate = optimizer.learningRate();
            double[] trainResult = runEpoch(batches, epoch, progress);
            Evaluation validationResult = validation == null ? null : network.evaluate(validation);
            int index = history.add(trainResult[0], trainResult[1], validationResult, learningRate,
                    deadFraction, gradientNormSum);
            progress.epochDone(history, index, System.nanoTime() - start);
            double loss = validationResult == null ? trainResult[0] : validationResult.loss();
            if (stopping.isEnabled() && stopping.update(loss, index)) {
                network.saveBest();
            }
            if (stopping.shouldStop(index)) {
                history.markStoppedEarly();
                break;
            }
        }
        if (stopping.hasBest()) {
            network.restoreBest();
            history.markBest(stopping.bestEpoch());
        }
        progress.finished(history, System.nanoTime() - start);
        return history;
    }

    // Returns {mean loss, metric} over the epoch's batches, and fills the per-layer statistics.
    private double[] runEpoch(Batches batches, int epoch, ProgressPrinter progress) {
        batches.startEpoch(epoch);
        network.startEpoch();
        java.util.Arrays.fill(gradientNormSum, 0);
        double lossSum = 0;
        double metricSum = 0;
        long rowsSeen = 0;
        long metricCount = 0;
        int batch = 0;
        int rows;
        while ((rows = network.computeBatch(batches)) > 0) {
            batch++;
            double loss = network.batchLoss();
            if (!Double.isFinite(loss)) {
                throw diverged(epoch, batch, "the loss is " + loss, true);
            }
            accumulateGradientNorms(epoch, batch);
            if (!network.applyStep(optimizer)) {
                throw diverged(epoch, batch, "a weight would become NaN or infinite", false);
            }
            stepTaken = true;
            lossSum += loss * rows;
            rowsSeen += rows;
            metricSum += network.batchMetricSum();
            metricCount += network.batchMetricCount();
            progress.batchDone(epoch, batch, lossSum / rowsSeen);
        }
        for (int layer = 0; layer < deadFraction.length; layer++) {
            deadFraction[layer] = network.deadFraction(layer);
            gradientNormSum[layer] /= batch;
        }
        return new double[] {lossSum / rowsSeen, metricSum / metricCount};
    }

    private void accumulateGradientNorms(int epoch, int batch) {
        for (int layer = 0; layer < gradientNormSum.length; layer++) {
            double norm = network.layerGradientNorm(layer);
            if (!Double.isFinite(norm)) {
                throw diverged(epoch, batch, "the gradient of layer " + (layer + 1) + " is not finite", true);
            }
            gradientNormSum[layer] += norm;
        }
    }

    /**
     * Puts the network back on weights whose loss was finite and returns the exception that says which.
     * {@code atCurrentWeights}: the problem was found at the current weights (a NaN loss or gradient), so
     * the last step is undone; otherwise {@code applyStep} has already put back the weights before its step.
     */
    private TrainingDivergedException diverged(int epoch, int batch, String problem, boolean atCurrentWeights) {
        String kept;
        if (stopping.hasBest()) {
            network.restoreBest();
            kept = "the weights of epoch " + (stopping.bestEpoch() + 1) + ", the best by " + monitored;
        } else if (atCurrentWeights && stepTaken) {
            network.undoStep();
            kept = "the weights from before the last step, whose loss was finite";
        } else if (atCurrentWeights) {
            kept = "the weights it had before fit: no step was taken";
        } else {
            kept = "the weights from before this step";
        }
        return new TrainingDivergedException(epoch + 1, batch, problem, kept);
    }
}
