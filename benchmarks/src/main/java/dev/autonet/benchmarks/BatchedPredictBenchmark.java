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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batched prediction: {@value #MOONS_ROWS} moons rows or {@value #MNIST_ROWS} rows of the 784-256-128-10
 * network per invocation, over row-major arrays. Scores are per row ({@code OperationsPerInvocation}).
 *
 * <ul>
 *   <li>{@code *GeneratedBatched}: the generated {@code predict(inputs, rows, outputs)} (tiled, feature-major);
 *   <li>{@code *BaselineBatched}: the baseline's {@code predict(inputs, rows, outputs)}, a row-by-row loop;
 *   <li>{@code *GeneratedRowLoop}: a loop of the generated single-row {@code predict(input, output)}, what a
 *       caller did before the batched API, to show what the tiles buy;
 *   <li>{@code *VectorBatched}: the {@code backend = VECTOR} model's {@code predict(inputs, rows, outputs)}
 *       ({@link VectorModels}), in forks with the Vector API module.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(2)
@State(Scope.Thread)
public class BatchedPredictBenchmark {
    static final int MOONS_ROWS = 4096;
    static final int MNIST_ROWS = 256;

    private MoonsModel moonsModel;
    private BaselineNetwork moonsBaseline;
    private MoonsDoubleModel moonsDoubleModel;
    private BaselineNetworkDouble moonsDoubleBaseline;
    private float[] moonsInputs;
    private final float[] moonsOutputs = new float[MOONS_ROWS * MoonsModel.OUTPUTS];
    private double[] moonsDoubleInputs;
    private final double[] moonsDoubleOutputs = new double[MOONS_ROWS * MoonsDoubleModel.OUTPUTS];
    private float[][] moonsRows;
    private final float[] moonsRowOutput = new float[MoonsModel.OUTPUTS];

    private MnistModel mnistModel;
    private BaselineNetwork mnistBaseline;
    private MnistDoubleModel mnistDoubleModel;
    private BaselineNetworkDouble mnistDoubleBaseline;
    private float[] mnistInputs;
    private final float[] mnistOutputs = new float[MNIST_ROWS * MnistModel.OUTPUTS];
    private double[] mnistDoubleInputs;
    private final double[] mnistDoubleOutputs = new double[MNIST_ROWS * MnistDoubleModel.OUTPUTS];
    private float[][] mnistRows;
    private final float[] mnistRowOutput = new float[MnistModel.OUTPUTS];

    @Setup
    public void setUp() {
        moonsModel = MoonsModel.initialize(1);
        moonsBaseline = new BaselineNetwork(Layout.MOONS, moonsModel.parameters());
        moonsDoubleModel = MoonsDoubleModel.initialize(1);
        moonsDoubleBaseline = new BaselineNetworkDouble(Layout.MOONS, moonsDoubleModel.parameters());
        double[][] moons = Rows.doubles(MOONS_ROWS, MoonsModel.INPUTS, 3);
        moonsRows = Rows.floats(moons);
        moonsInputs = Rows.flatten(moonsRows);
        moonsDoubleInputs = Rows.flatten(moons);

        mnistModel = MnistModel.initialize(1);
        mnistBaseline = new BaselineNetwork(Layout.MNIST, mnistModel.parameters());
        mnistDoubleModel = MnistDoubleModel.initialize(1);
        mnistDoubleBaseline = new BaselineNetworkDouble(Layout.MNIST, mnistDoubleModel.parameters());
        double[][] mnist = Rows.doubles(MNIST_ROWS, MnistModel.INPUTS, 3);
        mnistRows = Rows.floats(mnist);
        mnistInputs = Rows.flatten(mnistRows);
        mnistDoubleInputs = Rows.flatten(mnist);
    }

    @Benchmark
    @OperationsPerInvocation(MOONS_ROWS)
    public float[] moonsFloatGeneratedBatched() {
        moonsModel.predict(moonsInputs, MOONS_ROWS, moonsOutputs);
        return moonsOutputs;
    }

    @Benchmark
    @OperationsPerInvocation(MOONS_ROWS)
    public float[] moonsFloatBaselineBatched() {
        moonsBaseline.predict(moonsInputs, MOONS_ROWS, moonsOutputs);
        return moonsOutputs;
    }

    @Benchmark
    @OperationsPerInvocation(MOONS_ROWS)
    public float[] moonsFloatGeneratedRowLoop() {
        float sum = 0;
        for (int row = 0; row < MOONS_ROWS; row++) {
            moonsModel.predict(moonsRows[row], moonsRowOutput);
            sum += moonsRowOutput[0];
        }
        moonsOutputs[0] = sum;
        return moonsOutputs;
    }

    @Benchmark
    @OperationsPerInvocation(MOONS_ROWS)
    public double[] moonsDoubleGeneratedBatched() {
        moonsDoubleModel.predict(moonsDoubleInputs, MOONS_ROWS, moonsDoubleOutputs);
        return moonsDoubleOutputs;
    }

    @Benchmark
    @OperationsPerInvocation(MOONS_ROWS)
    public double[] moonsDoubleBaselineBatched() {
        moonsDoubleBaseline.predict(moonsDoubleInputs, MOONS_ROWS, moonsDoubleOutputs);
        return moonsDoubleOutputs;
    }

    @Benchmark
    @OperationsPerInvocation(MNIST_ROWS)
    public float[] mnistFloatGeneratedBatched() {
        mnistModel.predict(mnistInputs, MNIST_ROWS, mnistOutputs);
        return mnistOutputs;
    }

    @Benchmark
    @OperationsPerInvocation(MNIST_ROWS)
    public float[] mnistFloatBaselineBatched() {
        mnistBaseline.predict(mnistInputs, MNIST_ROWS, mnistOutputs);
        return mnistOutputs;
    }

    @Benchmark
    @OperationsPerInvocation(MNIST_ROWS)
    public float[] mnistFloatGeneratedRowLoop() {
        float sum = 0;
        for (int row = 0; row < MNIST_ROWS; row++) {
            mnistModel.predict(mnistRows[row], mnistRowOutput);
            sum += mnistRowOutput[0];
        }
        mnistOutputs[0] = sum;
        return mnistOutputs;
    }

    @Benchmark
    @OperationsPerInvocation(MNIST_ROWS)
    public double[] mnistDoubleGeneratedBatched() {
        mnistDoubleModel.predict(mnistDoubleInputs, MNIST_ROWS, mnistDoubleOutputs);
        return mnistDoubleOutputs;
    }

    @Benchmark
    @OperationsPerInvocation(MNIST_ROWS)
    public double[] mnistDoubleBaselineBatched() {
        mnistDoubleBaseline.predict(mnistDoubleInputs, MNIST_ROWS, mnistDoubleOutputs);
        return mnistDoubleOutputs;
    }

    @Benchmark
    @Fork(value = 2, jvmArgsAppend = VectorModels.ADD_MODULE)
    @OperationsPerInvocation(MOONS_ROWS)
    public float[] moonsFloatVectorBatched(VectorModels vector) {
        vector.moons.predict(moonsInputs, MOONS_ROWS, moonsOutputs);
        return moonsOutputs;
    }

    @Benchmark
    @Fork(value = 2, jvmArgsAppend = VectorModels.ADD_MODULE)
    @OperationsPerInvocation(MOONS_ROWS)
    public double[] moonsDoubleVectorBatched(VectorModels vector) {
        vector.moonsDouble.predict(moonsDoubleInputs, MOONS_ROWS, moonsDoubleOutputs);
        return moonsDoubleOutputs;
    }

    @Benchmark
    @Fork(value = 2, jvmArgsAppend = VectorModels.ADD_MODULE)
    @OperationsPerInvocation(MNIST_ROWS)
    public float[] mnistFloatVectorBatched(VectorModels vector) {
        vector.mnist.predict(mnistInputs, MNIST_ROWS, mnistOutputs);
        return mnistOutputs;
    }
}
