package dev.autonet.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole moons training job ({@link MoonsJob}: data, split, standardization, 500 epochs of SGD at batch
 * 64 with per-epoch validation, test accuracy), generated trainer against baseline trainer. Single shots:
 * each measured invocation is one complete job, after warm-up jobs have let the JIT compile the code.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(2)
public class MoonsJobBenchmark {

    @Benchmark
    public double moonsJobFloatGenerated() {
        return MoonsJob.generatedFloat(MoonsJob.EPOCHS, MoonsJob.SEED);
    }

    @Benchmark
    @Fork(jvmArgsAppend = VectorModels.ADD_MODULE)
    public double moonsJobFloatVector() {
        return MoonsJob.vectorFloat(MoonsJob.EPOCHS, MoonsJob.SEED);
    }

    @Benchmark
    public double moonsJobFloatBaseline() {
        return MoonsJob.baselineFloat(MoonsJob.EPOCHS, MoonsJob.SEED);
    }

    @Benchmark
    public double moonsJobDoubleGenerated() {
        return MoonsJob.generatedDouble(MoonsJob.EPOCHS, MoonsJob.SEED);
    }

    @Benchmark
    public double moonsJobDoubleBaseline() {
        return MoonsJob.baselineDouble(MoonsJob.EPOCHS, MoonsJob.SEED);
    }
}
