package dev.autonet.samples.multiclass;

import dev.autonet.runtime.MultiClassifier;
import dev.autonet.runtime.data.Dataset;
import dev.autonet.runtime.data.Datasets;
import dev.autonet.runtime.data.OneHot;
import dev.autonet.runtime.data.Split;
import dev.autonet.runtime.data.Standardizer;
import dev.autonet.runtime.optim.Adam;
import dev.autonet.runtime.train.Evaluation;
import dev.autonet.runtime.train.FitOptions;
import dev.autonet.runtime.train.FitOptions.Progress;
import dev.autonet.runtime.train.History;
import dev.autonet.samples.plot.Figure;
import dev.autonet.samples.plot.Plots;
import dev.autonet.samples.report.ConfusionMatrix;
import dev.autonet.samples.report.OutputMaps;
import dev.autonet.samples.report.Summary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sample b, multi-class classification: four Gaussian blobs in the plane (make_blobs, 1200 points, cluster
 * standard deviation 1.5, so two of the clusters overlap a little), standardized and split 70/15/15, learned
 * twice by the same 2 → 32 → 16 → 4 softmax network: once with categorical cross-entropy on one-hot targets
 * ({@link Blobs}) and once with sparse categorical cross-entropy on class indices ({@link BlobsSparse}).
 * Both start from the same weights and see the same batches, so they should end up alike. Prints per-epoch
 * progress, a summary and the test set's confusion matrix for each, and writes the loss and accuracy curves of
 * each and the one-hot model's class probabilities over the plane.
 *
 * <p>Run it with
 * {@code mvn -q -DskipTests -Psample package -Dsample.mainClass=dev.autonet.samples.multiclass.BlobsSample}.
 */
public final class BlobsSample {
    /** Number of classes: the blobs, and the networks' softmax units. */
    public static final int CLASSES = BlobsModel.OUTPUTS;
    /** The full schedule {@link #main} runs. */
    public static final int EPOCHS = 40;
    static final int ROWS = 1200;
    static final double CLUSTER_STD = 1.5;
    /** Seeds for the data and split, the initial weights and the shuffling; fixed so every run is the same. */
    static final long DATA_SEED = 42;
    static final long INIT_SEED = 42;
    static final long SHUFFLE_SEED = 7;
    static final double LEARNING_RATE = 0.01;

    /** One of the two trainings: its history, test result, time taken and test confusion matrix. */
    public record Variant(String name, History history, Evaluation test, double seconds, ConfusionMatrix confusion) {}

    /** What a run produced: both trainings and the absolute paths of the PNG files written. */
    public record Result(Variant oneHot, Variant sparse, List<Path> files) {}

    private BlobsSample() {}

    public static void main(String[] args) throws IOException {
        Result result = run(EPOCHS, Path.of("target", "samples", "blobs"), System.out);
        System.out.println();
        result.files().forEach(file -> System.out.println("Wrote " + file));
    }

    /** Trains both variants for {@code epochs}, prints progress and summaries to {@code out}, writes the PNGs. */
    public static Result run(int epochs, Path outputDirectory, PrintStream out) throws IOException {
        Plots.outputDirectory(outputDirectory);
        Split split = Datasets.makeBlobs(ROWS, 2, CLASSES, CLUSTER_STD, DATA_SEED).split(0.7, 0.15, DATA_SEED);
        Standardizer scaler = Standardizer.fit(split.train());
        // Class-index targets, as make_blobs gives them; the one-hot variant encodes the very same rows.
        Dataset train = scaler.apply(split.train());
        Dataset validation = scaler.apply(split.validation());
        Dataset test = scaler.apply(split.test());
        out.printf("%d points in %d blobs: %d train, %d validation, %d test%n",
                ROWS, CLASSES, train.rows(), validation.rows(), test.rows());

        out.printf("%nCategorical cross-entropy on one-hot targets: %s%n", BlobsModel.ARCHITECTURE.describe());
        BlobsTrainer oneHotTrainer = new BlobsTrainer(BlobsModel.initialize(INIT_SEED))
                .optimizer(Adam.learningRate(LEARNING_RATE));
        long start = System.nanoTime();
        History oneHotHistory = oneHotTrainer.fit(OneHot.encode(train, CLASSES), OneHot.encode(validation, CLASSES),
                options(epochs, out));
        double oneHotSeconds = Summary.secondsSince(start);
        BlobsModel oneHotModel = oneHotTrainer.model();
        Variant oneHot = report(out, "one-hot", oneHotHistory, oneHotTrainer.evaluate(OneHot.encode(test, CLASSES)),
                oneHotSeconds, ConfusionMatrix.of(oneHotModel, test));

        out.printf("%nSparse categorical cross-entropy on class indices: %s%n",
                BlobsSparseModel.ARCHITECTURE.describe());
        BlobsSparseTrainer sparseTrainer = new BlobsSparseTrainer(BlobsSparseModel.initialize(INIT_SEED))
                .optimizer(Adam.learningRate(LEARNING_RATE));
        start = System.nanoTime();
        History sparseHistory = sparseTrainer.fit(train, validation, options(epochs, out));
        double sparseSeconds = Summary.secondsSince(start);
        BlobsSparseModel sparseModel = sparseTrainer.model();
        Variant sparse = report(out, "sparse", sparseHistory, sparseTrainer.evaluate(test), sparseSeconds,
                ConfusionMatrix.of(sparseModel, test));
        out.printf("%nThe two models predict the same class for %d of the %d test points.%n",
                agreements(oneHotModel, sparseModel, test), test.rows());

        List<Path> files = List.of(
                curves(outputDirectory.resolve("onehot-curves.png"), oneHotHistory, "one-hot CCE"),
                curves(outputDirectory.resolve("sparse-curves.png"), sparseHistory, "sparse CCE"),
                Plots.writePng(outputDirectory.resolve("class-probabilities.png"), OutputMaps.of(oneHotModel,
                        OneHot.encode(test, CLASSES), classNames())));
        return new Result(oneHot, sparse, files);
    }

    private static int agreements(MultiClassifier first, MultiClassifier second, Dataset data) {
        double[] input = new double[data.featureCount()];
        int same = 0;
        for (int row = 0; row < data.rows(); row++) {
            data.copyFeatures(row, input, 0);
            same += first.classify(input) == second.classify(input) ? 1 : 0;
        }
        return same;
    }

    private static List<String> classNames() {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < CLASSES; k++) {
            names.add("class " + k);
        }
        return names;
    }

    private static FitOptions options(int epochs, PrintStream out) {
        return FitOptions.epochs(epochs).batchSize(32).seed(SHUFFLE_SEED)
                .progress(Progress.EPOCHS, out).reportEvery(Math.max(1, epochs / 10));
    }

    private static Variant report(PrintStream out, String name, History history, Evaluation test, double seconds,
            ConfusionMatrix confusion) {
        out.println();
        Summary.print(out, history, test, seconds);
        out.printf("Confusion matrix on the %d test points (rows: true class, columns: predicted):%n",
                confusion.total());
        confusion.print(out);
        return new Variant(name, history, test, seconds, confusion);
    }

    // Loss and accuracy per epoch, side by side.
    private static Path curves(Path file, History history, String name) throws IOException {
        return Plots.writePng(file, Figure.row(Figure.of(Plots.lossCurves(history, "Loss, " + name)),
                Figure.of(Plots.metricCurves(history, "Accuracy, " + name))));
    }
}
