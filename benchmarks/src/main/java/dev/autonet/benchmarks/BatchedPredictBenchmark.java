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
 * network per invocation, generated against baseline. Scores are per row ({@code OperationsPerInvocation}).
 *
 * <p>TODO(Performance, item 1/3): the generated models have no batched API yet, so the {@code *Batched}
 * methods loop over single-row {@code predict(input, output)} calls, and so do the baselines to compare
 * like with like. When {@code predict(float[] inputs, int rows, float[] outputs)} is generated, switch the
 * generated methods to it over row-major copies of the same rows ({@code Rows.flatten}), and the baselines to their own
 * {@code predict(inputs, rows, outputs)}, which already exists.
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
    private float[][] moonsInputs;
    private float[][] moonsOutputs;
    private double[][] moonsDoubleInputs;
    private double[][] moonsDoubleOutputs;

    private MnistModel mnistModel;
    private BaselineNetwork mnistBaseline;
    private MnistDoubleModel mnistDoubleModel;
    private BaselineNetworkDouble mnistDoubleBaseline;
    private float[][] mnistInputs;
    private float[][] mnistOutputs;
    private double[][] mnistDoubleInputs;
    private double[][] mnistDoubleOutputs;

    @Setup
    public void setUp() {
        moonsModel = MoonsModel.initialize(1);
        moonsBaseline = new BaselineNetwork(Layout.MOONS, moonsModel.parameters());
        moonsDoubleModel = MoonsDoubleModel.initialize(1);
        moonsDoubleBaseline = new BaselineNetworkDouble(Layout.MOONS, moonsDoubleModel.parameters());
        moonsDoubleInputs = Rows.doubles(MOONS_ROWS, MoonsModel.INPUTS, 3);
        moonsInputs = Rows.floats(moonsDoubleInputs);
        moonsOutputs = new float[MOONS_ROWS][MoonsModel.OUTPUTS];
        moonsDoubleOutputs = new double[MOONS_ROWS][MoonsModel.OUTPUTS];

        mnistModel = MnistModel.initialize(1);
        mnistBaseline = new BaselineNetwork(Layout.MNIST, mnistModel.parameters());
        mnistDoubleModel = MnistDoubleModel.initialize(1);
        mnistDoubleBaseline = new BaselineNetworkDouble(Layout.MNIST, mnistDoubleModel.parameters());
        mnistDoubleInputs = Rows.doubles(MNIST_ROWS, MnistModel.INPUTS, 3);
        mnistInputs = Rows.floats(mnistDoubleInputs);
        mnistOutputs = new float[MNIST_ROWS][MnistModel.OUTPUTS];
        mnistDoubleOutputs = new double[MNIST_ROWS][MnistModel.OUTPUTS];
    }

    @Benchmark
    @OperationsPerInvocation(MOONS_ROWS)
    public float[][] moonsFloatGeneratedBatched() {
        for (int row = 0; row < MOONS_ROWS; row++) {
            moonsModel.predict(moonsInputs[row], moonsOutputs[row]);
        }
        return moonsOutputs;
    }

    @Benchmark
    @OperationsPerInvocation(MOONS_ROWS)
    public float[][] moonsFloatBaselineBatched() {
        for (int row = 0; row < MOONS_ROWS; row++) {
            moonsBaseline.predict(moonsInputs[row], moonsOutputs[row]);
        }
        return moonsOutputs;
    }

    @Benchmark
    @OperationsPerInvocation(MOONS_ROWS)
    public double[][] moonsDoubleGeneratedBatched() {
        for (int row = 0; row < MOONS_ROWS; row++) {
            moonsDoubleModel.predict(moonsDoubleInputs[row], moonsDoubleOutputs[row]);
        }
        return moonsDoubleOutputs;
    }

    @Benchmark
    @OperationsPerInvocation(MOONS_ROWS)
    public double[][] moonsDoubleBaselineBatched() {
        for (int row = 0; row < MOONS_ROWS; row++) {
            moonsDoubleBaseline.predict(moonsDoubleInputs[row], moonsDoubleOutputs[row]);
        }
        return moonsDoubleOutputs;
    }

    @Benchmark
    @OperationsPerInvocation(MNIST_ROWS)
    public float[][] mnistFloatGeneratedBatched() {
        for (int row = 0; row < MNIST_ROWS; row++) {
            mnistModel.predict(mnistInputs[row], mnistOutputs[row]);
        }
        return mnistOutputs;
    }

    @Benchmark
    @OperationsPerInvocation(MNIST_ROWS)
    public float[][] mnistFloatBaselineBatched() {
        for (int row = 0; row < MNIST_ROWS; row++) {
            mnistBaseline.predict(mnistInputs[row], mnistOutputs[row]);
        }
        return mnistOutputs;
    }

    @Benchmark
    @OperationsPerInvocation(MNIST_ROWS)
    public double[][] mnistDoubleGeneratedBatched() {
        for (int row = 0; row < MNIST_ROWS; row++) {
            mnistDoubleModel.predict(mnistDoubleInputs[row], mnistDoubleOutputs[row]);
        }
        return mnistDoubleOutputs;
    }

    @Benchmark
    @OperationsPerInvocation(MNIST_ROWS)
    public double[][] mnistDoubleBaselineBatched() {
        for (int row = 0; row < MNIST_ROWS; row++) {
            mnistDoubleBaseline.predict(mnistDoubleInputs[row], mnistDoubleOutputs[row]);
        }
        return mnistDoubleOutputs;
    }
}
