package dev.autonet.processor.frozen;

import dev.autonet.processor.good.MnistModel;
import dev.autonet.processor.good.MoonsModel;
import dev.autonet.processor.good.MoonsTrainer;
import dev.autonet.runtime.Architecture;
import dev.autonet.runtime.data.Datasets;
import dev.autonet.runtime.data.Split;
import dev.autonet.runtime.io.ModelFiles;
import dev.autonet.runtime.optim.Sgd;
import dev.autonet.runtime.train.FitOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the committed weight files under {@code src/test/resources/frozen/} that the frozen declarations
 * in this package name. The processor reads them at test-compile, so they are committed, not written by a
 * test. To regenerate them, from {@code processor/} (test-compile needs the current files, or move the
 * Frozen* declarations aside while bootstrapping a new one):
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp "target/test-classes:target/classes:$(cat /tmp/cp.txt)" dev.autonet.processor.frozen.WeightFiles
 * </pre>
 * Every file but the moons one is a function of its seed alone; the moons one is the moons network trained
 * for 100 epochs with a fixed seed. The tests compare each frozen class with the model that loads the same
 * file, so regenerated files need no other change.
 */
public final class WeightFiles {
    private WeightFiles() {}

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "src/test/resources/frozen");
        Files.createDirectories(directory);
        moons(directory.resolve("moons.autonet"));
        MnistModel.initialize(11).save(directory.resolve("mnist.autonet"));
        random(directory.resolve("mixed-double.autonet"), mixed("DOUBLE"), 21);
        random(directory.resolve("mixed-float.autonet"), mixed("FLOAT"), 22);
        literals(directory.resolve("literals-float.autonet"), "FLOAT");
        literals(directory.resolve("literals-double.autonet"), "DOUBLE");
        ModelFiles.save(directory.resolve("gelu-probe.autonet"), geluProbe(), new double[] {1, 0, 1, 0});
        random(directory.resolve("step-probe.autonet"), stepProbe(), 23);
    }

    /** The moons network of DESIGN.md trained briefly (SGD 0.05, batch 64, 100 epochs, seed 7). */
    private static void moons(Path file) throws IOException {
        Split split = Datasets.makeMoons(2000, 0.2, 7).split(0.7, 0.15, 7);
        MoonsTrainer trainer = new MoonsTrainer(MoonsModel.initialize(7)).optimizer(Sgd.learningRate(0.05));
        trainer.fit(split.train(), split.validation(), FitOptions.epochs(100).batchSize(64).seed(7));
        trainer.model().save(file);
    }

    /** FrozenMixedDouble's and FrozenMixedFloat's shape: every element-wise activation but STEP, literal and looped layers. */
    static Architecture mixed(String precision) {
        double nan = Double.NaN;
        List<Architecture.Layer> layers = List.of(
                new Architecture.Layer("dense1", 3, 40, "GELU", nan),
                new Architecture.Layer("dense2", 40, 16, "PRELU", 0.25),
                new Architecture.Layer("dense3", 16, 40, "ELU", 0.5),
                new Architecture.Layer("dense4", 40, 8, "SOFTPLUS", nan),
                new Architecture.Layer("dense5", 8, 8, "SWISH", nan),
                new Architecture.Layer("dense6", 8, 6, "TANH", nan),
                new Architecture.Layer("dense7", 6, 6, "LEAKY_RELU", 0.1),
                new Architecture.Layer("dense8", 6, 4, "LINEAR", nan),
                new Architecture.Layer("dense9", 4, 4, "RELU", nan),
                new Architecture.Layer("dense10", 4, 3, "SIGMOID", nan));
        return new Architecture(3, precision, layers, "", nan);
    }

    /** One input through GELU and back out unchanged: W1 = 1, b1 = 0, W2 = 1, b2 = 0 gives gelu(x). */
    static Architecture geluProbe() {
        return new Architecture(1, "DOUBLE", List.of(
                new Architecture.Layer("dense1", 1, 1, "GELU", Double.NaN),
                new Architecture.Layer("dense2", 1, 1, "LINEAR", Double.NaN)), "", Double.NaN);
    }

    /** STEP, kept out of {@link #mixed} where it would hide the layers before it. */
    static Architecture stepProbe() {
        return new Architecture(1, "FLOAT", List.of(
                new Architecture.Layer("dense1", 1, 6, "STEP", Double.NaN),
                new Architecture.Layer("dense2", 6, 1, "LINEAR", Double.NaN)), "", Double.NaN);
    }

    /** 8 inputs, 16 LINEAR outputs: every weight readable from the output for a one-hot input. */
    static Architecture literals(String precision) {
        return new Architecture(8, precision, List.of(new Architecture.Layer("dense1", 8, 16, "LINEAR", Double.NaN)),
                "", Double.NaN);
    }

    /** Values whose literals are easy to get wrong, then random bit patterns; the biases are 0. */
    static double[] literalValues(String precision) {
        boolean floats = precision.equals("FLOAT");
        List<Double> special = floats
                ? List.of((double) Float.MIN_VALUE, (double) -Float.MIN_VALUE, (double) Float.MIN_NORMAL,
                        (double) Float.MAX_VALUE, (double) -Float.MAX_VALUE, (double) 0.1f, (double) (1f / 3),
                        (double) 1.0E-45f, (double) Math.nextDown(Float.MIN_NORMAL), (double) 16777217f, 2.0, 1.0, 0.0)
                : List.of(Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
                        0.1, 1.0 / 3, Math.nextDown(Double.MIN_NORMAL), 2.0E-3, 9007199254740993.0, 2.0, 1.0, 0.0);
        List<Double> values = new ArrayList<>(special);
        Random random = new Random(31);
        while (values.size() < 8 * 16) {
            double value = floats ? Float.intBitsToFloat(random.nextInt()) : Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(value)) {
                values.add(value);
            }
        }
        double[] parameters = new double[8 * 16 + 16]; // biases stay 0
        for (int i = 0; i < values.size(); i++) {
            parameters[i] = values.get(i);
        }
        return parameters;
    }

    private static void literals(Path file, String precision) throws IOException {
        save(file, literals(precision), literalValues(precision));
    }

    private static void random(Path file, Architecture architecture, long seed) throws IOException {
        Random random = new Random(seed);
        double[] parameters = new double[architecture.parameterCount()];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = random.nextGaussian() * 0.8;
        }
        for (int layer = 0; layer < architecture.layers().size(); layer++) {
            int slope = architecture.slopeOffset(layer);
            if (slope >= 0) {
                parameters[slope] = 0.2;
            }
        }
        save(file, architecture, parameters);
    }

    private static void save(Path file, Architecture architecture, double[] parameters) throws IOException {
        if (architecture.precision().equals("DOUBLE")) {
            ModelFiles.save(file, architecture, parameters);
            return;
        }
        float[] floats = new float[parameters.length];
        for (int i = 0; i < floats.length; i++) {
            floats[i] = (float) parameters[i];
        }
        ModelFiles.save(file, architecture, floats);
    }
}
