package dev.autonet.processor.codegen;

import com.palantir.javapoet.CodeBlock;

/**
 * Source literals that javac turns back into exactly the given bits: the shortest decimal form
 * ({@code 0.1f}, {@code -2.5E-7}) when it parses back to the same value, otherwise the hexadecimal form
 * ({@code 0x1.99999ap-4f}), which is exact by construction. NaN and the infinities have no literal; frozen
 * parameters are finite (the weights file rule rejects others).
 */
final class ExactLiteral {
    private ExactLiteral() {}

    /** {@code value}, rounded to float if {@code numeric} is FLOAT, as a literal of that type. */
    static CodeBlock of(Numeric numeric, double value) {
        return numeric == Numeric.FLOAT ? ofFloat((float) value) : ofDouble(value);
    }

    static CodeBlock ofFloat(float value) {
        if (!Float.isFinite(value)) {
            throw new IllegalArgumentException("no literal for " + value);
        }
        String decimal = Float.toString(value);
        boolean exact = Float.floatToRawIntBits(Float.parseFloat(decimal)) == Float.floatToRawIntBits(value);
        return CodeBlock.of("$Lf", exact ? decimal : Float.toHexString(value));
    }

    static CodeBlock ofDouble(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("no literal for " + value);
        }
        String decimal = Double.toString(value);
        boolean exact = Double.doubleToRawLongBits(Double.parseDouble(decimal)) == Double.doubleToRawLongBits(value);
        return CodeBlock.of("$L", exact ? decimal : Double.toHexString(value));
    }
}
