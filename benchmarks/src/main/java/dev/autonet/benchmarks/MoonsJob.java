package dev.autonet.benchmarks;

import dev.autonet.benchmarks.baseline.BaselineTrainer;
import dev.autonet.benchmarks.baseline.BaselineTrainerDouble;
import dev.autonet.benchmarks.baseline.Layout;
import dev.autonet.runtime.data.Dataset;
import dev.autonet.runtime.data.Datasets;
import dev.autonet.runtime.data.Split;
import dev.autonet.runtime.data.Standardizer;
import dev.autonet.runtime.optim.Sgd;
import dev.autonet.runtime.train.FitOptions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole moons training job of the targets, end to end: make_moons (2000 rows, noise 0.2), a
 * 70/15/15 split, standardization fitted on the training part, then 500 epochs of SGD (learning rate 0.05)
 * in batches of 64 with validation after every epoch. Each method returns the test accuracy. The baseline
 * starts from the generated model's initial weights, so both train the same network from the same point.
 *
 * <p>{@code main} runs each variant once and prints its test accuracy and wall time (one run, not a
 * benchmark: {@link MoonsJobBenchmark} is the measurement); the VECTOR variant only when the JVM has the Vector
 * API module ({@value VectorModels#ADD_MODULE}).
 */
public final class MoonsJob {
    /** Seed of the data, the split, the initial weights and the shuffling. */
    public static final long SEED = 42;
    static final int EPOCHS = 500;
    static final double LEARNING_RATE = 0.05;

    private MoonsJob() {}

    /** make_moons(2000, noise 0.2), split 70/15/15 and standardized with the training part's statistics. */
    static Split data(long seed) {
        Dataset all = Datasets.makeMoons(2000, 0.2, seed);
        Split split = all.split(0.7, 0.15, seed);
        Standardizer standardizer = Standardizer.fit(split.train());
        return new Split(standardizer.apply(split.train()), standardizer.apply(split.validation()),
                standardizer.apply(split.test()));
    }

    static FitOptions options(int epochs, long seed) {
        return FitOptions.epochs(epochs).batchSize(64).seed(seed).quiet();
    }

    public static double generatedFloat(int epochs, long seed) {
        Split split = data(seed);
        MoonsTrainer trainer = new MoonsTrainer(MoonsModel.initialize(seed)).optimizer(Sgd.learningRate(LEARNING_RATE));
        trainer.fit(split.train(), split.validation(), options(epochs, seed));
        return trainer.evaluate(split.test()).metric();
    }

    /** {@link #generatedFloat} with {@code backend = VECTOR}; needs {@value VectorModels#ADD_MODULE}. */
    public static double vectorFloat(int epochs, long seed) {
        Split split = data(seed);
        MoonsVectorTrainer trainer = new MoonsVectorTrainer(MoonsVectorModel.initialize(seed))
                .optimizer(Sgd.learningRate(LEARNING_RATE));
        trainer.fit(split.train(), split.validation(), options(epochs, seed));
        return trainer.evaluate(split.test()).metric();
    }

    public static double baselineFloat(int epochs, long seed) {
        Split split = data(seed);
        BaselineTrainer trainer = new BaselineTrainer(Layout.MOONS, MoonsModel.initialize(seed).parameters());
        trainer.fit(Sgd.learningRate(LEARNING_RATE), split.train(), split.validation(), options(epochs, seed));
        return trainer.evaluate(split.test()).metric();
    }

    public static double generatedDouble(int epochs, long seed) {
        Split split = data(seed);
        MoonsDoubleTrainer trainer = new MoonsDoubleTrainer(MoonsDoubleModel.initialize(seed))
                .optimizer(Sgd.learningRate(LEARNING_RATE));
        trainer.fit(split.train(), split.validation(), options(epochs, seed));
        return trainer.evaluate(split.test()).metric();
    }

    public static double baselineDouble(int epochs, long seed) {
        Split split = data(seed);
        BaselineTrainerDouble trainer = new BaselineTrainerDouble(Layout.MOONS,
                MoonsDoubleModel.initialize(seed).parameters());
        trainer.fit(Sgd.learningRate(LEARNING_RATE), split.train(), split.validation(), options(epochs, seed));
        return trainer.evaluate(split.test()).metric();
    }

    /** Variant, function of (epochs, seed) giving test accuracy. */
    private interface Job {
        double run(int epochs, long seed);
    }

    public static void main(String[] args) {
        Map<String, Job> jobs = new LinkedHashMap<>();
        jobs.put("FLOAT  generated", MoonsJob::generatedFloat);
        jobs.put("FLOAT  baseline ", MoonsJob::baselineFloat);
        jobs.put("DOUBLE generated", MoonsJob::generatedDouble);
        jobs.put("DOUBLE baseline ", MoonsJob::baselineDouble);
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            jobs.put("FLOAT  VECTOR   ", MoonsJob::vectorFloat);
        }
        jobs.forEach((name, job) -> {
            long start = System.nanoTime();
            double accuracy = job.run(EPOCHS, SEED);
            double millis = (System.nanoTime() - start) / 1e6;
            System.out.printf("moons job %s: test accuracy %.4f, %.0f ms (one cold run)%n", name, accuracy, millis);
        });
    }
}
