package dev.autonet.runtime.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class AutoNet generated. Class-retained, and named "*Generated", so coverage tools such as
 * JaCoCo leave generated code out of their reports.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AutoNetGenerated {
    /** The declaration the class was generated from, e.g. "com.example.Moons". */
    String value();
}
