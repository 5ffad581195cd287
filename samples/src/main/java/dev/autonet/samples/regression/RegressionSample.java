package dev.autonet.samples.regression;

import dev.autonet.runtime.FloatNetwork;
import dev.autonet.runtime.data.Dataset;
import dev.autonet.runtime.data.Datasets;
import dev.autonet.runtime.data.RegressionData;
import dev.autonet.runtime.data.Split;
import dev.autonet.runtime.data.Standardizer;
import dev.autonet.runtime.optim.Adam;
import dev.autonet.runtime.train.Evaluation;
import dev.autonet.runtime.train.FitOptions;
import dev.autonet.runtime.train.FitOptions.Progress;
import dev.autonet.runtime.train.History;
import dev.autonet.runtime.train.Trainable;
import dev.autonet.samples.plot.Plots;
import dev.autonet.samples.report.Summary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;

/**
 * Sample c, regression with outliers: the same network learns y = 0.5·x + sin(x) from 1000 noisy samples of
 * which 10% are gross outliers, three times, with MSE ({@link CurveMse}), MAE ({@link CurveMae}) and Huber
 * ({@link CurveHuber}). Each model is then scored on a separately generated clean test set, so the numbers show
 * the source's point: MSE squares the outliers' large errors and is pulled towards them, while MAE and Huber
 * count them linearly and stay on the curve. Writes the three fits over the training data.
 *
 * <p>The outliers are 10% of the rows, mostly above the curve, each 3 to 9 off it (outlier scale 6; see
 * {@link Datasets#makeRegressionWithOutliers}). One-sided outliers are what moves a least-squares fit: they
 * raise its mean by about 0.6 · 0.1 · 6 = 0.36, twice the noise (0.2), while the median, which MAE estimates,
 * barely moves. Symmetric outliers of the same size would mostly cancel, and the difference would drown in
 * the noise.
 *
 * <p>Run it with
 * {@code mvn -q -DskipTests -Psample package -Dsample.mainClass=dev.autonet.samples.regression.RegressionSample}.
 */
public final class RegressionSample {
    /** The full schedule {@link #main} runs. */
    public static final int EPOCHS = 150;
    static final int ROWS = 1000;
    static final int CLEAN_ROWS = 500;
    static final double NOISE = 0.2;
    static final double OUTLIER_FRACTION = 0.1;
    static final double OUTLIER_SCALE = 6;
    /** Seeds for the data and split, the clean test set, the initial weights and the shuffling. */
    static final long DATA_SEED = 42;
    static final long CLEAN_SEED = 4242;
    static final long INIT_SEED = 42;
    static final long SHUFFLE_SEED = 7;
    static final double LEARNING_RATE = 0.01;

    /**
     * One model: its history, result on the test split (outliers included), time taken, and its mean absolute
     * error, root mean squared error and mean signed error (prediction minus target) on the clean test set, and
     * the trained model.
     */
    public record Fit(String loss, History history, Evaluation test, double seconds,
            double cleanMae, double cleanRmse, double cleanBias, FloatNetwork model) {}

    /** What a run produced: the three models and the absolute path of the fits' PNG. */
    public record Result(Fit mse, Fit mae, Fit huber, Path figure) {
        /** The three models in the order MSE, MAE, Huber. */
        public List<Fit> fits() {
            return List.of(mse, mae, huber);
        }
    }

    /** The standardized splits and clean test set. */
    private record Data(Dataset train, Dataset validation, Dataset test, Dataset clean) {}

    private RegressionSample() {}

    public static void main(String[] args) throws IOException {
        Result result = run(EPOCHS, Path.of("target", "samples", "regression"), System.out);
        System.out.println();
        System.out.println("Wrote " + result.figure());
    }

    /** Trains the three models for {@code epochs}, prints progress and summaries to {@code out}, writes the PNG. */
    public static Result run(int epochs, Path outputDirectory, PrintStream out) throws IOException {
        Plots.outputDirectory(outputDirectory);
        RegressionData noisy = Datasets.makeRegressionWithOutliers(ROWS, NOISE, OUTLIER_FRACTION, OUTLIER_SCALE,
                DATA_SEED);
        Split split = noisy.data().split(0.7, 0.15, DATA_SEED);
        Standardizer scaler = Standardizer.fit(split.train());
        Dataset clean = Datasets.makeRegressionWithOutliers(CLEAN_ROWS, NOISE, 0, 0, CLEAN_SEED).data();
        Data data = new Data(scaler.apply(split.train()), scaler.apply(split.validation()),
                scaler.apply(split.test()), scaler.apply(clean));
        out.printf("%d samples of y = 0.5x + sin(x) + noise, %d of them outliers: %d train, %d validation, %d test;"
                + " %d clean test points%n", ROWS, noisy.outlierCount(), data.train().rows(),
                data.validation().rows(), data.test().rows(), clean.rows());
        out.printf("Network: %s, trained once with each loss%n", CurveMseModel.ARCHITECTURE.describe());

        FitOptions options = FitOptions.epochs(epochs).batchSize(32).seed(SHUFFLE_SEED)
                .progress(Progress.EPOCHS, out).reportEvery(Math.max(1, epochs / 10));
        CurveMseTrainer mse = new CurveMseTrainer(CurveMseModel.initialize(INIT_SEED))
                .optimizer(Adam.learningRate(LEARNING_RATE));
        Fit mseFit = train(out, "MSE", mse, () -> mse.fit(data.train(), data.validation(), options),
                mse::model, data);
        CurveMaeTrainer mae = new CurveMaeTrainer(CurveMaeModel.initialize(INIT_SEED))
                .optimizer(Adam.learningRate(LEARNING_RATE));
        Fit maeFit = train(out, "MAE", mae, () -> mae.fit(data.train(), data.validation(), options),
                mae::model, data);
        CurveHuberTrainer huber = new CurveHuberTrainer(CurveHuberModel.initialize(INIT_SEED))
                .optimizer(Adam.learningRate(LEARNING_RATE));
        Fit huberFit = train(out, "Huber", huber, () -> huber.fit(data.train(), data.validation(), options),
                huber::model, data);
        printCleanErrors(out, clean.rows(), List.of(mseFit, maeFit, huberFit));

        Map<String, DoubleUnaryOperator> fits = new LinkedHashMap<>();
        for (Fit fit : List.of(mseFit, maeFit, huberFit)) {
            fits.put(fit.loss(), curve(fit.model(), scaler));
        }
        fits.put("true curve", RegressionData::curve);
        Path figure = Plots.writePng(outputDirectory.resolve("fits.png"),
                Plots.regressionFits(split.train(), fits, "Fits to training data with 10% outliers"));
        return new Result(mseFit, maeFit, huberFit, figure);
    }

    private static Fit train(PrintStream out, String loss, Trainable trainer, Supplier<History> fit,
            Supplier<? extends FloatNetwork> model, Data data) {
        out.printf("%nTraining with %s%n", loss);
        long start = System.nanoTime();
        History history = fit.get();
        double seconds = Summary.secondsSince(start);
        Evaluation test = trainer.evaluate(data.test());
        out.println();
        Summary.print(out, history, test, seconds);
        FloatNetwork trained = model.get();
        double[] errors = errors(trained, data.clean());
        return new Fit(loss, history, test, seconds, errors[0], errors[1], errors[2], trained);
    }

    /** {MAE, RMSE, mean signed error} of {@code model} on {@code data}, one input and one target per row. */
    private static double[] errors(FloatNetwork model, Dataset data) {
        double absolute = 0;
        double squared = 0;
        double signed = 0;
        float[] input = new float[1];
        float[] prediction = new float[1];
        for (int row = 0; row < data.rows(); row++) {
            data.copyFeatures(row, input, 0);
            model.predict(input, prediction);
            double error = prediction[0] - data.target(row, 0);
            absolute += Math.abs(error);
            squared += error * error;
            signed += error;
        }
        int rows = data.rows();
        return new double[] {absolute / rows, Math.sqrt(squared / rows), signed / rows};
    }

    private static void printCleanErrors(PrintStream out, int rows, List<Fit> fits) {
        out.printf(Locale.ROOT, "%nError on %d clean test points (no outliers; the noise alone gives MAE %.3f,"
                + " RMSE %.3f):%n", rows, NOISE * Math.sqrt(2 / Math.PI), NOISE);
        out.printf(Locale.ROOT, "%-6s %8s %8s %12s%n", "loss", "MAE", "RMSE", "mean error");
        for (Fit fit : fits) {
            out.printf(Locale.ROOT, "%-6s %8.4f %8.4f %+12.4f%n", fit.loss(), fit.cleanMae(), fit.cleanRmse(),
                    fit.cleanBias());
        }
    }

    // The model's prediction at a raw (unstandardized) x.
    private static DoubleUnaryOperator curve(FloatNetwork model, Standardizer scaler) {
        float[] input = new float[1];
        float[] output = new float[1];
        return x -> {
            input[0] = (float) x;
            scaler.transform(input);
            model.predict(input, output);
            return output[0];
        };
    }
}
