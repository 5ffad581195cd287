package dev.autonet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a dense network on an interface; the AutoNet processor generates {@code <Name>Model} and,
 * with a {@link Loss}, {@code <Name>Trainer} beside it. Layers are the {@link Dense} annotations in
 * source order.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface Network {
    /** Number of input features, at least 1. */
    int inputs();

    /** Floating-point type of parameters, inputs and outputs. */
    Precision precision() default Precision.FLOAT;

    /**
     * A saved parameter file to freeze into the code, e.g. {@code "models/moons.autonet"}: a path in the
     * class-path resources, looked up where javac finds resources (the class output, e.g. Maven's
     * {@code target/classes}, where {@code src/main/resources} is copied before compiling; then the source
     * path and the class path). With it, the processor also generates {@code <Name>Frozen}, a class with
     * the trained parameters compiled in that needs nothing but {@code java.base}. The file must be an
     * {@code .autonet} file saved by this network's model; a missing, corrupted or different file is a
     * compile error. Empty (the default): no frozen class.
     */
    String weights() default "";

    /**
     * How the generated model computes predictions: {@link Backend#SCALAR} (the default) is plain Java;
     * {@link Backend#VECTOR} uses {@code jdk.incubator.vector} and needs {@code --add-modules
     * jdk.incubator.vector} for javac and for {@code java}. Training is the same with either.
     */
    Backend backend() default Backend.SCALAR;
}
