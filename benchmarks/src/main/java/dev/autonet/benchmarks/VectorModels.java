package dev.autonet.benchmarks;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The {@code backend = VECTOR} models, with the weights of the SCALAR ones ({@code initialize(1)} draws the
 * same parameters for the same layout). A state of its own, so that only the forks of the {@code *Vector}
 * benchmarks, which run with {@value #ADD_MODULE}, ever load a class that needs the Vector API.
 */
@State(Scope.Thread)
public class VectorModels {
    /** The JVM flag the VECTOR models need, for {@code @Fork(jvmArgsAppend = ...)}. */
    public static final String ADD_MODULE = "--add-modules=jdk.incubator.vector";

    MoonsVectorModel moons;
    MoonsVectorDoubleModel moonsDouble;
    MnistVectorModel mnist;

    @Setup
    public void setUp() {
        moons = MoonsVectorModel.initialize(1);
        moonsDouble = MoonsVectorDoubleModel.initialize(1);
        mnist = MnistVectorModel.initialize(1);
    }
}
