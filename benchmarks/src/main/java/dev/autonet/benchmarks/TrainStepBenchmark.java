package dev.autonet.benchmarks;

import dev.autonet.benchmarks.baseline.BaselineTrainer;
import dev.autonet.benchmarks.baseline.BaselineTrainerDouble;
import dev.autonet.benchmarks.baseline.Layout;
import dev.autonet.runtime.data.Batches;
import dev.autonet.runtime.optim.Sgd;
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
 * One training step at batch {@value #BATCH}: read the batch, forward and backward over its rows, one SGD
 * step, exactly as the fit loop does it ({@code computeBatch} then {@code applyStep} through
 * {@code Trainable}), for the generated trainer and the baseline trainer. Each state holds one batch of
 * {@value #BATCH} fixed rows, rewound before every step, so the step reads the same rows each time.
 * {@code moons*Vector}: the moons trainers with {@code backend = VECTOR}, in forks with the Vector API module.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(2)
@State(Scope.Thread)
public class TrainStepBenchmark {
    static final int BATCH = 64;
    /** Small enough that repeating one batch millions of times never diverges. */
    static final double LEARNING_RATE = 0.01;

    private MoonsTrainer moons;
    private BaselineTrainer moonsBaseline;
    private MoonsDoubleTrainer moonsDouble;
    private BaselineTrainerDouble moonsDoubleBaseline;
    private Batches moonsBatch;

    private MnistTrainer mnist;
    private BaselineTrainer mnistBaseline;
    private MnistDoubleTrainer mnistDouble;
    private BaselineTrainerDouble mnistDoubleBaseline;
    private Batches mnistBatch;

    private final Sgd moonsSgd = Sgd.learningRate(LEARNING_RATE);
    private final Sgd moonsBaselineSgd = Sgd.learningRate(LEARNING_RATE);
    private final Sgd moonsDoubleSgd = Sgd.learningRate(LEARNING_RATE);
    private final Sgd moonsDoubleBaselineSgd = Sgd.learningRate(LEARNING_RATE);
    private final Sgd mnistSgd = Sgd.learningRate(LEARNING_RATE);
    private final Sgd mnistBaselineSgd = Sgd.learningRate(LEARNING_RATE);
    private final Sgd mnistDoubleSgd = Sgd.learningRate(LEARNING_RATE);
    private final Sgd mnistDoubleBaselineSgd = Sgd.learningRate(LEARNING_RATE);

    @Setup
    public void setUp() {
        moons = new MoonsTrainer(MoonsModel.initialize(1));
        moonsBaseline = new BaselineTrainer(Layout.MOONS, MoonsModel.initialize(1).parameters());
        moonsDouble = new MoonsDoubleTrainer(MoonsDoubleModel.initialize(1));
        moonsDoubleBaseline = new BaselineTrainerDouble(Layout.MOONS, MoonsDoubleModel.initialize(1).parameters());
        moonsBatch = Batches.ordered(Rows.labelled(BATCH, MoonsModel.INPUTS, 1, 4), BATCH);

        mnist = new MnistTrainer(MnistModel.initialize(1));
        mnistBaseline = new BaselineTrainer(Layout.MNIST, MnistModel.initialize(1).parameters());
        mnistDouble = new MnistDoubleTrainer(MnistDoubleModel.initialize(1));
        mnistDoubleBaseline = new BaselineTrainerDouble(Layout.MNIST, MnistDoubleModel.initialize(1).parameters());
        mnistBatch = Batches.ordered(Rows.labelled(BATCH, MnistModel.INPUTS, MnistModel.OUTPUTS, 4), BATCH);
    }

    @Benchmark
    public boolean moonsFloatGenerated() {
        moonsBatch.startEpoch(0);
        moons.computeBatch(moonsBatch);
        return moons.applyStep(moonsSgd);
    }

    @Benchmark
    @Fork(jvmArgsAppend = VectorModels.ADD_MODULE)
    public boolean moonsFloatVector(VectorTrainer vector) {
        moonsBatch.startEpoch(0);
        vector.moons.computeBatch(moonsBatch);
        return vector.moons.applyStep(vector.sgd);
    }

    @Benchmark
    @Fork(jvmArgsAppend = VectorModels.ADD_MODULE)
    public boolean moonsDoubleVector(VectorTrainer vector) {
        moonsBatch.startEpoch(0);
        vector.moonsDouble.computeBatch(moonsBatch);
        return vector.moonsDouble.applyStep(vector.doubleSgd);
    }

    /** The moons trainers with {@code backend = VECTOR}, set up only in the *Vector forks. */
    @State(Scope.Thread)
    public static class VectorTrainer {
        MoonsVectorTrainer moons;
        MoonsVectorDoubleTrainer moonsDouble;
        final Sgd sgd = Sgd.learningRate(LEARNING_RATE);
        final Sgd doubleSgd = Sgd.learningRate(LEARNING_RATE);

        @Setup
        public void setUp() {
            moons = new MoonsVectorTrainer(MoonsVectorModel.initialize(1));
            moonsDouble = new MoonsVectorDoubleTrainer(MoonsVectorDoubleModel.initialize(1));
        }
    }

    @Benchmark
    public boolean moonsFloatBaseline() {
        moonsBatch.startEpoch(0);
        moonsBaseline.computeBatch(moonsBatch);
        return moonsBaseline.applyStep(moonsBaselineSgd);
    }

    @Benchmark
    public boolean moonsDoubleGenerated() {
        moonsBatch.startEpoch(0);
        moonsDouble.computeBatch(moonsBatch);
        return moonsDouble.applyStep(moonsDoubleSgd);
    }

    @Benchmark
    public boolean moonsDoubleBaseline() {
        moonsBatch.startEpoch(0);
        moonsDoubleBaseline.computeBatch(moonsBatch);
        return moonsDoubleBaseline.applyStep(moonsDoubleBaselineSgd);
    }

    @Benchmark
    public boolean mnistFloatGenerated() {
        mnistBatch.startEpoch(0);
        mnist.computeBatch(mnistBatch);
        return mnist.applyStep(mnistSgd);
    }

    @Benchmark
    public boolean mnistFloatBaseline() {
        mnistBatch.startEpoch(0);
        mnistBaseline.computeBatch(mnistBatch);
        return mnistBaseline.applyStep(mnistBaselineSgd);
    }

    @Benchmark
    public boolean mnistDoubleGenerated() {
        mnistBatch.startEpoch(0);
        mnistDouble.computeBatch(mnistBatch);
        return mnistDouble.applyStep(mnistDoubleSgd);
    }

    @Benchmark
    public boolean mnistDoubleBaseline() {
        mnistBatch.startEpoch(0);
        mnistDoubleBaseline.computeBatch(mnistBatch);
        return mnistDoubleBaseline.applyStep(mnistDoubleBaselineSgd);
    }
}
