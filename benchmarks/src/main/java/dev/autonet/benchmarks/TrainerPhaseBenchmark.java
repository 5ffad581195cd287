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
 * {@code *Vector}: the same step of {@code MoonsVectorTrainer} ({@code backend = VECTOR}, whose weight gradients
 * run on the Vector API), in forks with the Vector API module; its handles and state load that class only there.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(2)
@State(Scope.Thread)
public class TrainerPhaseBenchmark {
    static final int ROWS = 64;

    private static final MethodType FORWARD_TYPE = MethodType.methodType(void.class, float[].class, int.class);
    private static final MethodType BACKWARD_TYPE =
            MethodType.methodType(void.class, float[].class, float[].class, int.class, boolean.class);
    private static final MethodHandle FORWARD = privateMethod(MoonsTrainer.class, "forward", FORWARD_TYPE);
    private static final MethodHandle BACKWARD = privateMethod(MoonsTrainer.class, "backward", BACKWARD_TYPE);
    private static final MethodType WEIGHT_GRADIENT =
            MethodType.methodType(void.class, float[].class, float[][].class, float[][].class, int.class);
    private static final MethodHandle DENSE1_GRADIENT = privateStatic(MoonsTrainer.class, "dense1WeightGradient");
    private static final MethodHandle DENSE2_GRADIENT = privateStatic(MoonsTrainer.class, "dense2WeightGradient");
    private static final MethodHandle DENSE3_GRADIENT = privateStatic(MoonsTrainer.class, "dense3WeightGradient");
    private static final MethodHandle DENSE4_GRADIENT = privateStatic(MoonsTrainer.class, "dense4WeightGradient");

    private MoonsTrainer trainer;
    private float[] parameters;
    private Batch batch;
    private final Sgd sgd = Sgd.learningRate(1e-6);

    @Setup
    public void setUp() throws ReflectiveOperationException {
        trainer = new MoonsTrainer(MoonsModel.initialize(1));
        parameters = trainer.parameters();
        batch = new Batch(trainer, trainer::lossAndGradient);
    }

    /** A trainer's {@code lossAndGradient(inputs, targets, rows, parameterGradient, inputGradient)}. */
    private interface LossAndGradient {
        double apply(float[] inputs, float[] targets, int rows, float[] parameterGradient, float[] inputGradient);
    }

    /**
     * The fixed batch (standard normal inputs, 0/1 targets, seed 5), a gradient buffer, and the trainer's tiles,
     * filled by one pass of {@code lossAndGradient} over the batch so that the kernels read real values.
     */
    static final class Batch {
        final float[] inputs = new float[ROWS * MoonsModel.INPUTS];
        final float[] targets = new float[ROWS];
        final float[] gradient = new float[MoonsModel.PARAMETER_COUNT];
        final float[][] inputTile;
        final float[][][] activations;
        final float[][][] deltas;

        private Batch(Object trainer, LossAndGradient pass) throws ReflectiveOperationException {
            Random random = new Random(5);
            for (int k = 0; k < inputs.length; k++) {
                inputs[k] = (float) random.nextGaussian();
            }
            for (int r = 0; r < ROWS; r++) {
                targets[r] = random.nextBoolean() ? 1 : 0;
            }
            pass.apply(inputs, targets, ROWS, gradient, null);
            inputTile = tile(trainer, "inputTile");
            activations = new float[][][] {tile(trainer, "dense1Activations"), tile(trainer, "dense2Activations"),
                    tile(trainer, "dense3Activations")};
            deltas = new float[][][] {tile(trainer, "dense1Deltas"), tile(trainer, "dense2Deltas"),
                    tile(trainer, "dense3Deltas"), tile(trainer, "dense4Deltas")};
        }
    }

    @Benchmark
    public double lossAndGradient() {
        return trainer.lossAndGradient(batch.inputs, batch.targets, ROWS, batch.gradient, null);
    }

    @Benchmark
    public float[] forward() throws Throwable {
        FORWARD.invokeExact(trainer, parameters, ROWS);
        return parameters;
    }

    @Benchmark
    public float[] backward() throws Throwable {
        BACKWARD.invokeExact(trainer, parameters, batch.gradient, ROWS, false);
        return batch.gradient;
    }

    @Benchmark
    public float[] weightGradients() throws Throwable {
        float[] g = batch.gradient;
        DENSE4_GRADIENT.invokeExact(g, batch.activations[2], batch.deltas[3], ROWS);
        DENSE3_GRADIENT.invokeExact(g, batch.activations[1], batch.deltas[2], ROWS);
        DENSE2_GRADIENT.invokeExact(g, batch.activations[0], batch.deltas[1], ROWS);
        DENSE1_GRADIENT.invokeExact(g, batch.inputTile, batch.deltas[0], ROWS);
        return g;
    }

    @Benchmark
    public boolean applyStep() {
        return trainer.applyStep(sgd);
    }

    @Benchmark
    @Fork(jvmArgsAppend = VectorModels.ADD_MODULE)
    public double lossAndGradientVector(VectorTrainer vector) {
        Batch batch = vector.batch;
        return vector.trainer.lossAndGradient(batch.inputs, batch.targets, ROWS, batch.gradient, null);
    }

    @Benchmark
    @Fork(jvmArgsAppend = VectorModels.ADD_MODULE)
    public float[] forwardVector(VectorTrainer vector) throws Throwable {
        VectorKernels.FORWARD.invokeExact(vector.trainer, vector.parameters, ROWS);
        return vector.parameters;
    }

    @Benchmark
    @Fork(jvmArgsAppend = VectorModels.ADD_MODULE)
    public float[] backwardVector(VectorTrainer vector) throws Throwable {
        VectorKernels.BACKWARD.invokeExact(vector.trainer, vector.parameters, vector.batch.gradient, ROWS, false);
        return vector.batch.gradient;
    }

    @Benchmark
    @Fork(jvmArgsAppend = VectorModels.ADD_MODULE)
    public float[] weightGradientsVector(VectorTrainer vector) throws Throwable {
        Batch batch = vector.batch;
        float[] g = batch.gradient;
        VectorKernels.DENSE4_GRADIENT.invokeExact(g, batch.activations[2], batch.deltas[3], ROWS);
        VectorKernels.DENSE3_GRADIENT.invokeExact(g, batch.activations[1], batch.deltas[2], ROWS);
        VectorKernels.DENSE2_GRADIENT.invokeExact(g, batch.activations[0], batch.deltas[1], ROWS);
        VectorKernels.DENSE1_GRADIENT.invokeExact(g, batch.inputTile, batch.deltas[0], ROWS);
        return g;
    }

    /** {@code MoonsVectorTrainer} on the same batch; a state of its own, set up only in the *Vector forks. */
    @State(Scope.Thread)
    public static class VectorTrainer {
        MoonsVectorTrainer trainer;
        float[] parameters;
        Batch batch;

        @Setup
        public void setUp() throws ReflectiveOperationException {
            trainer = new MoonsVectorTrainer(MoonsVectorModel.initialize(1));
            parameters = trainer.parameters();
            batch = new Batch(trainer, trainer::lossAndGradient);
        }
    }

    /** Handles into {@code MoonsVectorTrainer}, in a class loaded only by the *Vector forks. */
    private static final class VectorKernels {
        static final MethodHandle FORWARD = privateMethod(MoonsVectorTrainer.class, "forward", FORWARD_TYPE);
        static final MethodHandle BACKWARD = privateMethod(MoonsVectorTrainer.class, "backward", BACKWARD_TYPE);
        static final MethodHandle DENSE1_GRADIENT = privateStatic(MoonsVectorTrainer.class, "dense1WeightGradient");
        static final MethodHandle DENSE2_GRADIENT = privateStatic(MoonsVectorTrainer.class, "dense2WeightGradient");
        static final MethodHandle DENSE3_GRADIENT = privateStatic(MoonsVectorTrainer.class, "dense3WeightGradient");
        static final MethodHandle DENSE4_GRADIENT = privateStatic(MoonsVectorTrainer.class, "dense4WeightGradient");
    }

    private static float[][] tile(Object trainer, String name) throws ReflectiveOperationException {
        Field field = trainer.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return (float[][]) field.get(trainer);
    }

    private static MethodHandle privateMethod(Class<?> trainer, String name, MethodType type) {
        return find(trainer, name, type, false);
    }

    private static MethodHandle privateStatic(Class<?> trainer, String name) {
        return find(trainer, name, WEIGHT_GRADIENT, true);
    }

    private static MethodHandle find(Class<?> trainer, String name, MethodType type, boolean isStatic) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(trainer, MethodHandles.lookup());
            return isStatic ? lookup.findStatic(trainer, name, type) : lookup.findVirtual(trainer, name, type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the generated " + trainer.getSimpleName() + " has no " + name + type, e);
        }
    }
}
