package dev.autonet.benchmarks;

import dev.autonet.benchmarks.baseline.BaselineNetwork;
import dev.autonet.benchmarks.baseline.BaselineNetworkDouble;
import dev.autonet.benchmarks.baseline.Layout;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Prediction of one row (batch 1), generated model against the generic baseline over the same weights,
 * for the moons network and the 784-256-128-10 network in FLOAT and DOUBLE. Each call takes the next of
 * {@value #ROWS} fixed input rows, so the branch predictor does not see one input over and over.
 * {@code *Vector}: the same networks and weights with {@code backend = VECTOR} ({@link VectorModels}), in
 * forks with the Vector API module.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(2)
@State(Scope.Thread)
public class PredictBenchmark {
    static final int ROWS = 256;

    private MoonsModel moonsModel;
    private BaselineNetwork moonsBaseline;
    private MoonsDoubleModel moonsDoubleModel;
    private BaselineNetworkDouble moonsDoubleBaseline;
    private float[][] moonsInputs;
    private double[][] moonsDoubleInputs;
    private final float[] moonsOutput = new float[MoonsModel.OUTPUTS];
    private final double[] moonsDoubleOutput = new double[MoonsDoubleModel.OUTPUTS];

    private MnistModel mnistModel;
    private BaselineNetwork mnistBaseline;
    private MnistDoubleModel mnistDoubleModel;
    private BaselineNetworkDouble mnistDoubleBaseline;
    private float[][] mnistInputs;
    private double[][] mnistDoubleInputs;
    private final float[] mnistOutput = new float[MnistModel.OUTPUTS];
    private final double[] mnistDoubleOutput = new double[MnistDoubleModel.OUTPUTS];

    private int next;

    @Setup
    public void setUp() {
        moonsModel = MoonsModel.initialize(1);
        moonsBaseline = new BaselineNetwork(Layout.MOONS, moonsModel.parameters());
        moonsDoubleModel = MoonsDoubleModel.initialize(1);
        moonsDoubleBaseline = new BaselineNetworkDouble(Layout.MOONS, moonsDoubleModel.parameters());
        moonsDoubleInputs = Rows.doubles(ROWS, MoonsModel.INPUTS, 2);
        moonsInputs = Rows.floats(moonsDoubleInputs);

        mnistModel = MnistModel.initialize(1);
        mnistBaseline = new BaselineNetwork(Layout.MNIST, mnistModel.parameters());
        mnistDoubleModel = MnistDoubleModel.initialize(1);
        mnistDoubleBaseline = new BaselineNetworkDouble(Layout.MNIST, mnistDoubleModel.parameters());
        mnistDoubleInputs = Rows.doubles(ROWS, MnistModel.INPUTS, 2);
        mnistInputs = Rows.floats(mnistDoubleInputs);
    }

    private int nextRow() {
        int row = next;
        next = (row + 1) & (ROWS - 1);
        return row;
    }

    @Benchmark
    public float moonsFloatGenerated() {
        moonsModel.predict(moonsInputs[nextRow()], moonsOutput);
        return moonsOutput[0];
    }

    @Benchmark
    public float moonsFloatBaseline() {
        moonsBaseline.predict(moonsInputs[nextRow()], moonsOutput);
        return moonsOutput[0];
    }

    @Benchmark
    public double moonsDoubleGenerated() {
        moonsDoubleModel.predict(moonsDoubleInputs[nextRow()], moonsDoubleOutput);
        return moonsDoubleOutput[0];
    }

    @Benchmark
    public double moonsDoubleBaseline() {
        moonsDoubleBaseline.predict(moonsDoubleInputs[nextRow()], moonsDoubleOutput);
        return moonsDoubleOutput[0];
    }

    @Benchmark
    public float mnistFloatGenerated() {
        mnistModel.predict(mnistInputs[nextRow()], mnistOutput);
        return mnistOutput[9];
    }

    @Benchmark
    public float mnistFloatBaseline() {
        mnistBaseline.predict(mnistInputs[nextRow()], mnistOutput);
        return mnistOutput[9];
    }

    @Benchmark
    public double mnistDoubleGenerated() {
        mnistDoubleModel.predict(mnistDoubleInputs[nextRow()], mnistDoubleOutput);
        return mnistDoubleOutput[9];
    }

    @Benchmark
    public double mnistDoubleBaseline() {
        mnistDoubleBaseline.predict(mnistDoubleInputs[nextRow()], mnistDoubleOutput);
        return mnistDoubleOutput[9];
    }

    @Benchmark
    @Fork(value = 2, jvmArgsAppend = VectorModels.ADD_MODULE)
    public float moonsFloatVector(VectorModels vector) {
        vector.moons.predict(moonsInputs[nextRow()], moonsOutput);
        return moonsOutput[0];
    }

    @Benchmark
    @Fork(value = 2, jvmArgsAppend = VectorModels.ADD_MODULE)
    public double moonsDoubleVector(VectorModels vector) {
        vector.moonsDouble.predict(moonsDoubleInputs[nextRow()], moonsDoubleOutput);
        return moonsDoubleOutput[0];
    }

    @Benchmark
    @Fork(value = 2, jvmArgsAppend = VectorModels.ADD_MODULE)
    public float mnistFloatVector(VectorModels vector) {
        vector.mnist.predict(mnistInputs[nextRow()], mnistOutput);
        return mnistOutput[9];
    }
}
