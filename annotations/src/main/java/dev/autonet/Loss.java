package dev.autonet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The loss to train on; a {@link Network} without it is inference-only and gets no trainer. */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface Loss {
    /** The loss function. */
    LossFunction value();

    /** HUBER's threshold between its quadratic and linear parts, greater than 0; other losses reject it. */
    double delta() default 1.0;
}
