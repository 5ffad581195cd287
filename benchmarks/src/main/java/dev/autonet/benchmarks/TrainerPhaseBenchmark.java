package dev.autonet.benchmarks;

import dev.autonet.runtime.optim.Sgd;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.Random;
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
 * Where the generated moons trainer (FLOAT) spends one 64-row step, phase by phase, to say what the whole job's
 * time is made of (RESULTS.md, "What the moons job is made of"): {@code lossAndGradient} (forward, the loss row
 * by row, backward), {@code forward} and {@code backward} alone, the four weight-gradient kernels alone (sums
 * over rows, which C2 does not vectorize for float), and {@code applyStep} (SGD with its backup copy and
 * finiteness check). The private methods are reached through method handles held in static finals, which C2
 * inlines as it would a direct call. One batch of fixed rows (seed 5), so every call does the same work.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(2)
@State(Scope.Thread)
public class TrainerPhaseBenchmark {
    static final int ROWS = 64;

    private static final MethodHandle FORWARD = privateMethod("forward",
            MethodType.methodType(void.class, float[].class, int.class));
    private static final MethodHandle BACKWARD = privateMethod("backward",
            MethodType.methodType(void.class, float[].class, float[].class, int.class, boolean.class));
    private static final MethodType WEIGHT_GRADIENT =
            MethodType.methodType(void.class, float[].class, float[][].class, float[][].class, int.class);
    private static final MethodHandle DENSE1_GRADIENT = privateStatic("dense1WeightGradient", WEIGHT_GRADIENT);
    private static final MethodHandle DENSE2_GRADIENT = privateStatic("dense2WeightGradient", WEIGHT_GRADIENT);
    private static final MethodHandle DENSE3_GRADIENT = privateStatic("dense3WeightGradient", WEIGHT_GRADIENT);
    private static final MethodHandle DENSE4_GRADIENT = privateStatic("dense4WeightGradient", WEIGHT_GRADIENT);

    private MoonsTrainer trainer;
    private float[] parameters;
    private final float[] inputs = new float[ROWS * MoonsModel.INPUTS];
    private final float[] targets = new float[ROWS];
    private final float[] gradient = new float[MoonsModel.PARAMETER_COUNT];
    private float[][] inputTile;
    private float[][][] activations;
    private float[][][] deltas;
    private final Sgd sgd = Sgd.learningRate(1e-6);

    @Setup
    public void setUp() throws ReflectiveOperationException {
        trainer = new MoonsTrainer(MoonsModel.initialize(1));
        parameters = trainer.parameters();
        Random random = new Random(5);
        for (int k = 0; k < inputs.length; k++) {
            inputs[k] = (float) random.nextGaussian();
        }
        for (int r = 0; r < ROWS; r++) {
            targets[r] = random.nextBoolean() ? 1 : 0;
        }
        // one pass fills the tiles the kernels read
        trainer.lossAndGradient(inputs, targets, ROWS, gradient, null);
        inputTile = tile("inputTile");
        activations = new float[][][] {tile("dense1Activations"), tile("dense2Activations"), tile("dense3Activations")};
        deltas = new float[][][] {tile("dense1Deltas"), tile("dense2Deltas"), tile("dense3Deltas"), tile("dense4Deltas")};
    }

    @Benchmark
    public double lossAndGradient() {
        return trainer.lossAndGradient(inputs, targets, ROWS, gradient, null);
    }

    @Benchmark
    public float[] forward() throws Throwable {
        FORWARD.invokeExact(trainer, parameters, ROWS);
        return parameters;
    }

    @Benchmark
    public float[] backward() throws Throwable {
        BACKWARD.invokeExact(trainer, parameters, gradient, ROWS, false);
        return gradient;
    }

    @Benchmark
    public float[] weightGradients() throws Throwable {
        DENSE4_GRADIENT.invokeExact(gradient, activations[2], deltas[3], ROWS);
        DENSE3_GRADIENT.invokeExact(gradient, activations[1], deltas[2], ROWS);
        DENSE2_GRADIENT.invokeExact(gradient, activations[0], deltas[1], ROWS);
        DENSE1_GRADIENT.invokeExact(gradient, inputTile, deltas[0], ROWS);
        return gradient;
    }

    @Benchmark
    public boolean applyStep() {
        return trainer.applyStep(sgd);
    }

    private float[][] tile(String name) throws ReflectiveOperationException {
        Field field = MoonsTrainer.class.getDeclaredField(name);
        field.setAccessible(true);
        return (float[][]) field.get(trainer);
    }

    private static MethodHandle privateMethod(String name, MethodType type) {
        return find(name, type, false);
    }

    private static MethodHandle privateStatic(String name, MethodType type) {
        return find(name, type, true);
    }

    private static MethodHandle find(String name, MethodType type, boolean isStatic) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(MoonsTrainer.class, MethodHandles.lookup());
            return isStatic ? lookup.findStatic(MoonsTrainer.class, name, type)
                    : lookup.findVirtual(MoonsTrainer.class, name, type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the generated MoonsTrainer has no " + name + type, e);
        }
    }
}
