package dev.autonet.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.autonet.Precision;

/** The Java types and literals of one precision: float/float[]/FloatNetwork or double/double[]/DoubleNetwork. */
enum Numeric {
    FLOAT(TypeName.FLOAT, ClassName.get("dev.autonet.runtime", "FloatNetwork")),
    DOUBLE(TypeName.DOUBLE, ClassName.get("dev.autonet.runtime", "DoubleNetwork"));

    private final TypeName scalar;
    private final ClassName network;

    Numeric(TypeName scalar, ClassName network) {
        this.scalar = scalar;
        this.network = network;
    }

    static Numeric of(Precision precision) {
        return precision == Precision.FLOAT ? FLOAT : DOUBLE;
    }

    /** {@code float} or {@code double}. */
    TypeName scalar() {
        return scalar;
    }

    /** {@code float[]} or {@code double[]}. */
    ArrayTypeName array() {
        return ArrayTypeName.of(scalar);
    }

    /** The runtime interface every model of this precision implements. */
    ClassName network() {
        return network;
    }

    /** The other precision, whose overloads convert. */
    Numeric other() {
        return this == FLOAT ? DOUBLE : FLOAT;
    }

    /** Local variable slots one value takes in bytecode. */
    int slots() {
        return this == FLOAT ? 1 : 2;
    }

    /** A source literal of {@code value} in this precision: "0.25f" or "0.25". */
    String literal(double value) {
        return this == FLOAT ? Float.toString((float) value) + "f" : Double.toString(value);
    }
}
