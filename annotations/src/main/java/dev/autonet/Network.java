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
}
