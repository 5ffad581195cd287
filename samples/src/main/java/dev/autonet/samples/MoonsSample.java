package dev.autonet.samples;

import dev.autonet.runtime.data.Dataset;
import dev.autonet.runtime.data.Datasets;
import dev.autonet.runtime.data.Split;
import dev.autonet.runtime.data.Standardizer;
import dev.autonet.runtime.optim.Sgd;
import dev.autonet.runtime.train.Evaluation;
import dev.autonet.runtime.train.FitOptions;
import dev.autonet.runtime.train.FitOptions.Progress;
import dev.autonet.runtime.train.History;
import dev.autonet.samples.plot.DecisionBoundary;
import dev.autonet.samples.plot.Plots;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Sample a, the source material's worked example: the moons classifier of {@link Moons} (2 → 32 → 16 → 8
 * → 1, ReLU then sigmoid, BCE) trained with SGD 0.05, batch 64, for 500 epochs on 2000 points of
 * make_moons (noise 0.2), split 70/15/15 and standardized. Prints per-epoch progress and a summary, and
 * writes the three-panel figure (loss, accuracy, decision boundary).
 */
public final class MoonsSample {
    /**
     * The seed of the data, the split, the initial weights and the shuffling, fixed so every run is the
     * same. Test accuracy depends on it by a few points (the test set has 300 points, so one point is
     * 0.33%): {@link MoonsSeedSweep} measures seeds 1 to 12; README.md gives the spread.
     */
    public static final long SEED = 7;

    /** What a run produced. */
    public record Result(History history, Evaluation test, double seconds, Path figure, MoonsModel model) {}

    private MoonsSample() {}

    public static void main(String[] args) throws IOException {
        Result result = run(SEED, 500, Path.of("target", "samples", "moons"), System.out);
        System.out.println("Wrote " + result.figure());
    }

    /** Trains for {@code epochs}, prints progress and the summary to {@code out}, and writes the figure. */
    public static Result run(long seed, int epochs, Path outputDirectory, PrintStream out) throws IOException {
        Plots.outputDirectory(outputDirectory);
        Data data = Data.of(seed);
        out.printf("Training %s on %d points (%d validation, %d test)%n",
                MoonsModel.ARCHITECTURE.describe(), data.train().rows(), data.validation().rows(), data.test().rows());
        MoonsTrainer trainer = trainer(seed);
        long start = System.nanoTime();
        History history = trainer.fit(data.train(), data.validation(), FitOptions.epochs(epochs).batchSize(64)
                .seed(seed).progress(Progress.EPOCHS, out).reportEvery(Math.max(1, epochs / 20)));
        double seconds = (System.nanoTime() - start) / 1e9;
        Evaluation test = trainer.evaluate(data.test());
        printSummary(out, history, test, seconds);

        MoonsModel model = trainer.model();
        Path figure = Plots.writeThreePanel(outputDirectory.resolve("moons.png"),
                Plots.lossCurves(history, "Loss"), Plots.metricCurves(history, "Accuracy"),
                boundary(model, data.test()));
        return new Result(history, test, seconds, figure, model);
    }

    /** The moons job's data for {@code seed}: 2000 points, noise 0.2, split 70/15/15, standardized on train. */
    record Data(Dataset train, Dataset validation, Dataset test) {
        static Data of(long seed) {
            Split split = Datasets.makeMoons(2000, 0.2, seed).split(0.7, 0.15, seed);
            Standardizer scaler = Standardizer.fit(split.train());
            return new Data(scaler.apply(split.train()), scaler.apply(split.validation()), scaler.apply(split.test()));
        }
    }

    /** A trainer at fresh weights from {@code seed}, with the source's SGD at 0.05. */
    static MoonsTrainer trainer(long seed) {
        return new MoonsTrainer(MoonsModel.initialize(seed)).optimizer(Sgd.learningRate(0.05));
    }

    private static void printSummary(PrintStream out, History history, Evaluation test, double seconds) {
        int last = history.epochs() - 1;
        int best = 0;
        for (int epoch = 1; epoch <= last; epoch++) {
            if (history.validationMetric(epoch) > history.validationMetric(best)) {
                best = epoch;
            }
        }
        out.printf(Locale.ROOT, "%nTraining time:             %.2f s for %d epochs%n", seconds, history.epochs());
        out.printf(Locale.ROOT, "Final validation accuracy: %.2f%%%n", 100 * history.validationMetric(last));
        out.printf(Locale.ROOT, "Best validation accuracy:  %.2f%% (epoch %d)%n",
                100 * history.validationMetric(best), best + 1);
        out.printf(Locale.ROOT, "Test accuracy:             %.2f%%%n", 100 * test.metric());
        out.printf(Locale.ROOT, "Test loss:                 %.4f%n", test.loss());
    }

    // The model's probability of class 1 at a point of the (standardized) plane.
    private static DecisionBoundary boundary(MoonsModel model, Dataset points) {
        float[] point = new float[MoonsModel.INPUTS];
        return Plots.decisionBoundary(points, (x, y) -> {
            point[0] = (float) x;
            point[1] = (float) y;
            return model.probability(point);
        }, "Decision boundary (test set)");
    }
}
