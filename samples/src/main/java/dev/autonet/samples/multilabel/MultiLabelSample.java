package dev.autonet.samples.multilabel;

import dev.autonet.runtime.data.Dataset;
import dev.autonet.runtime.data.Split;
import dev.autonet.runtime.data.Standardizer;
import dev.autonet.runtime.optim.Adam;
import dev.autonet.runtime.train.Evaluation;
import dev.autonet.runtime.train.FitOptions;
import dev.autonet.runtime.train.FitOptions.Progress;
import dev.autonet.runtime.train.History;
import dev.autonet.samples.plot.Figure;
import dev.autonet.samples.plot.Plots;
import dev.autonet.samples.report.OutputMaps;
import dev.autonet.samples.report.Summary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sample d, multi-label classification: 1500 points of {@link RegionData}, each with three independent labels
 * (inside circle A, inside circle B, x1 &gt; x2), standardized and split 70/15/15, learned by {@link Regions}
 * (one sigmoid per label, binary cross-entropy). The accuracy the trainer reports is Keras' binary accuracy, the
 * mean over labels; the summary adds each label's accuracy and the exact-match accuracy (all three labels of
 * a point right). Writes the loss and accuracy curves and each label's probability over the plane.
 *
 * <p>Run it with
 * {@code mvn -q -DskipTests -Psample package -Dsample.mainClass=dev.autonet.samples.multilabel.MultiLabelSample}.
 */
public final class MultiLabelSample {
    /** The full schedule {@link #main} runs. */
    public static final int EPOCHS = 60;
    static final int ROWS = 1500;
    /** Seeds for the data and split, the initial weights and the shuffling; fixed so every run is the same. */
    static final long DATA_SEED = 42;
    static final long INIT_SEED = 42;
    static final long SHUFFLE_SEED = 7;
    static final double LEARNING_RATE = 0.01;

    /**
     * What a run produced: the history, the test result (its accuracy is the mean over labels), the time taken,
     * each label's test accuracy in {@link RegionData#LABELS} order, the exact-match test accuracy, and the
     * absolute paths of the PNG files written.
     */
    public record Result(History history, Evaluation test, double seconds, List<Double> labelAccuracies,
            double exactMatch, List<Path> files) {
        public Result {
            labelAccuracies = List.copyOf(labelAccuracies);
            files = List.copyOf(files);
        }
    }

    private MultiLabelSample() {}

    public static void main(String[] args) throws IOException {
        Result result = run(EPOCHS, Path.of("target", "samples", "multilabel"), System.out);
        System.out.println();
        result.files().forEach(file -> System.out.println("Wrote " + file));
    }

    /** Trains for {@code epochs}, prints progress and the summary to {@code out}, and writes the PNGs. */
    public static Result run(int epochs, Path outputDirectory, PrintStream out) throws IOException {
        Plots.outputDirectory(outputDirectory);
        Split split = RegionData.make(ROWS, DATA_SEED).split(0.7, 0.15, DATA_SEED);
        Standardizer scaler = Standardizer.fit(split.train());
        Dataset train = scaler.apply(split.train());
        Dataset validation = scaler.apply(split.validation());
        Dataset test = scaler.apply(split.test());
        out.printf("%d points with labels %s: %d train, %d validation, %d test%n",
                ROWS, RegionData.LABELS, train.rows(), validation.rows(), test.rows());
        out.printf("Training %s%n", RegionsModel.ARCHITECTURE.describe());

        RegionsTrainer trainer = new RegionsTrainer(RegionsModel.initialize(INIT_SEED))
                .optimizer(Adam.learningRate(LEARNING_RATE));
        long start = System.nanoTime();
        History history = trainer.fit(train, validation, FitOptions.epochs(epochs).batchSize(32).seed(SHUFFLE_SEED)
                .progress(Progress.EPOCHS, out).reportEvery(Math.max(1, epochs / 10)));
        double seconds = Summary.secondsSince(start);
        Evaluation testResult = trainer.evaluate(test);
        out.println();
        Summary.print(out, history, testResult, seconds);

        RegionsModel model = trainer.model();
        double[] scores = scores(model, test);
        List<Double> labelAccuracies = new ArrayList<>();
        for (int label = 0; label < RegionData.LABELS.size(); label++) {
            labelAccuracies.add(scores[label]);
            Summary.line(out, "Test accuracy, " + RegionData.LABELS.get(label), percent(scores[label]));
        }
        double exactMatch = scores[RegionData.LABELS.size()];
        Summary.line(out, "Test exact-match accuracy", percent(exactMatch));
        Path curves = Plots.writePng(outputDirectory.resolve("curves.png"), Figure.row(
                Figure.of(Plots.lossCurves(history, "Loss (BCE)")),
                Figure.of(Plots.metricCurves(history, "Accuracy (mean over labels)"))));
        Path maps = Plots.writePng(outputDirectory.resolve("label-probabilities.png"),
                OutputMaps.of(model, test, RegionData.LABELS));
        return new Result(history, testResult, seconds, labelAccuracies, exactMatch, List.of(curves, maps));
    }

    /**
     * The share of rows of {@code data} whose prediction (p &gt; 0.5) is right for each label, in label order,
     * then the share with every label right.
     */
    private static double[] scores(RegionsModel model, Dataset data) {
        int labels = RegionsModel.OUTPUTS;
        int[] correct = new int[labels + 1];
        float[] input = new float[RegionsModel.INPUTS];
        float[] probabilities = new float[labels];
        for (int row = 0; row < data.rows(); row++) {
            data.copyFeatures(row, input, 0);
            model.predict(input, probabilities);
            boolean allRight = true;
            for (int label = 0; label < labels; label++) {
                boolean right = (probabilities[label] > 0.5) == (data.target(row, label) > 0.5);
                correct[label] += right ? 1 : 0;
                allRight &= right;
            }
            correct[labels] += allRight ? 1 : 0;
        }
        double[] shares = new double[labels + 1];
        for (int k = 0; k < shares.length; k++) {
            shares[k] = (double) correct[k] / data.rows();
        }
        return shares;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * share);
    }
}
