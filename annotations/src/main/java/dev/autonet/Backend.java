package dev.autonet;

/**
 * How the generated {@code <Name>Model} computes its predictions: plain Java, or the Vector API.
 * Only inference changes; the parameters, their flat layout, saving, loading and the trainer are the
 * same with either backend.
 */
public enum Backend {
    /**
     * Plain Java that HotSpot compiles and, where it can, auto-vectorizes. Needs no flags and runs on
     * every JDK 17+. The default.
     */
    SCALAR,
    /**
     * Explicit SIMD on {@code jdk.incubator.vector} for single-row and batched predictions. The Vector
     * API is an incubator module, so both javac and {@code java} need {@code --add-modules
     * jdk.incubator.vector} (the processor reports a compile error without it), and the JVM prints
     * "WARNING: Using incubator modules: jdk.incubator.vector" at start-up. Results agree with
     * {@link #SCALAR} to rounding: the vector kernels use fused multiply-adds and sum in a different
     * order.
     */
    VECTOR
}
