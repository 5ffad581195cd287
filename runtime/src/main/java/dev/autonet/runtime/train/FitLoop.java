package dev.autonet.runtime.train;

import dev.autonet.runtime.data.Batches;
import dev.autonet.runtime.data.Dataset;
import dev.autonet.runtime.optim.Optimizer;

/**
 * The training loop every generated trainer's {@code fit} runs: epochs of shuffled mini-batches, an
 * optimizer step per batch, per-epoch validation, early stopping with restore of the best weights, and a
 * stop with {@link TrainingDivergedException} the moment the loss, gradient or weights stop being finite.
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

    private FitLoop(Trainable network, Optimizer optimizer, FitOptions options) {
        this.network = network;
        this.optimizer = optimizer;
        this.options = options;
        this.deadFraction = new double[network.layerCount()];
        this.gradientNormSum = new double[network.layerCount()];
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
            network.checkData(validation, "validation data");
        }
        return new FitLoop(network, optimizer, options).run(train, validation);
    }

    private History run(Dataset train, Dataset validation) {
        Batches batches = Batches.shuffled(train, options.batchSize(), options.seed());
        History history = new History(network.metricName(), network.layerCount(), options.epochs());
        ProgressPrinter progress = ProgressPrinter.create(options, network.metricName(), batches.batchesPerEpoch());
        EarlyStopping stopping = new EarlyStopping(options.patience(), options.minDelta());
        long start = System.nanoTime();
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            optimizer.setEpoch(epoch);
            double learningRate = optimizer.learningRate();
            double[] trainResult = runEpoch(batches, epoch, progress);
            Evaluation validationResult = validation == null ? null : network.evaluate(validation);
            int index = history.add(trainResult[0], trainResult[1], validationResult, learningRate,
                    deadFraction, gradientNormSum);
            progress.epochDone(history, index, System.nanoTime() - start);
            double monitored = validationResult == null ? trainResult[0] : validationResult.loss();
            if (stopping.isEnabled() && stopping.update(monitored, index)) {
                network.saveBest();
            }
            if (stopping.shouldStop(index)) {
                history.markStoppedEarly();
                break;
            }
        }
        if (stopping.isEnabled()) {
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
                throw new TrainingDivergedException(epoch + 1, batch, "the loss is " + loss);
            }
            accumulateGradientNorms(epoch, batch);
            if (!network.applyStep(optimizer)) {
                throw new TrainingDivergedException(epoch + 1, batch, "a weight would become NaN or infinite");
            }
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
                throw new TrainingDivergedException(epoch + 1, batch,
                        "the gradient of layer " + (layer + 1) + " is not finite");
            }
            gradientNormSum[layer] += norm;
        }
    }
}
