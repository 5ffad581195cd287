package dev.autonet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A fully connected layer {@code activation(x·W + b)}; repeat it for each layer, input side first. */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
@Repeatable(Dense.List.class)
public @interface Dense {
    /** Number of units (outputs) of this layer, at least 1. */
    int units();

    /** Activation applied to each unit; LINEAR when omitted. */
    Activation activation() default Activation.LINEAR;

    /**
     * The slope parameter of LEAKY_RELU (default 0.01), PRELU (initial slope, default 0.25) or ELU
     * (default 1.0). NaN, the default, means "the activation's default"; other activations reject it.
     */
    double alpha() default Double.NaN;

    /** A Java identifier naming the layer in generated code and exported files; "dense1", "dense2", … when empty. */
    String name() default "";

    /** The container javac builds for repeated {@code @Dense}; not written by hand. */
    @Documented
    @Retention(RetentionPolicy.SOURCE)
    @Target(ElementType.TYPE)
    @interface List {
        /** The layers, in source order. */
        Dense[] value();
    }
}
