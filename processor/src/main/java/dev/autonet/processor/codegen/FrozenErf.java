package dev.autonet.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The complementary error function that GELU needs, written into a frozen class as a copy of the
 * runtime's {@code dev.autonet.runtime.internal.Erf#erfc}, operation for operation, so GELU there gives
 * the model's bits (the frozen tests compare them exactly). Its tables are computed in the class's static
 * initializer by the same expressions as the runtime's, not at compile time: {@code Math.exp} may differ
 * by an ulp between the JVM running javac and the JVM running the application.
 */
final class FrozenErf {
    /** −1/√2, the runtime's {@code Activations.MINUS_ONE_OVER_SQRT_2}. */
    static final String MINUS_ONE_OVER_SQRT_2 = "-0.7071067811865476";
    private static final String TWO_OVER_SQRT_PI = "1.1283791670955126";
    private static final int SERIES_TERMS = 14;
    private static final int TAYLOR_TERMS = 14;
    private static final int FIRST_EIGHTH = 4;

    /** erfc(k/8) for k = 4..24, correctly rounded: the runtime's {@code Erf.ERFC_AT_EIGHTHS}. */
    private static final double[] ERFC_AT_EIGHTHS = {
        0.4795001221869535, 0.376759117811582, 0.28884436634648486, 0.21592493894014034,
        0.15729920705028513, 0.11161176829829224, 0.07709987174354177, 0.051829927217909674,
        0.033894853524689274, 0.021556266760016336, 0.013328328780817557, 0.00800994232988003,
        0.004677734981047266, 0.0026540293594823415, 0.0014627165866811518, 0.0007829382178911192,
        0.0004069520174449589, 0.00020537573614121745, 0.00010062192211963683, 4.785483974377341e-05,
        2.209049699858544e-05,
    };

    private FrozenErf() {}

    /*
     * private static final double[] ERFC_AT_EIGHTHS = {0.4795001221869535, ...};
     * private static final double[] SLOPE_AT_EIGHTHS = slopeAtEighths();
     * private static final double[] SERIES_COEFFICIENTS = seriesCoefficients();
     */
    static List<FieldSpec> fields() {
        CodeBlock.Builder table = CodeBlock.builder().add("{");
        for (int i = 0; i < ERFC_AT_EIGHTHS.length; i++) {
            table.add(i == 0 ? "$L" : ",$W$L", ExactLiteral.ofDouble(ERFC_AT_EIGHTHS[i]));
        }
        table.add("}");
        return List.of(
                field("ERFC_AT_EIGHTHS", table.build(), "erfc(k/8) for k = 4..24, correctly rounded."),
                field("SLOPE_AT_EIGHTHS", CodeBlock.of("slopeAtEighths()"), "2/√π · e^(−a²) at a = k/8."),
                field("SERIES_COEFFICIENTS", CodeBlock.of("seriesCoefficients()"), "1 / (n! (2n+1)), n < 14."));
    }

    /** erfc and the methods it calls, each as in the runtime. */
    static List<MethodSpec> methods() {
        return List.of(erfc(), maclaurin(), erfcAtLeastHalf(), erfcTaylor(), erfcContinuedFraction(),
                expMinusSquare(), squareError(), slopeAtEighths(), seriesCoefficients());
    }

    private static FieldSpec field(String name, CodeBlock initializer, String doc) {
        return FieldSpec.builder(double[].class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .initializer(initializer)
                .build();
    }

    private static MethodSpec.Builder method(String name, Class<?> returns) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(returns);
    }

    private static MethodSpec erfc() {
        return method("erfc", double.class)
                .addJavadoc("The complementary error function 1 − erf(x), as the runtime's {@code Erf.erfc}.\n")
                .addParameter(double.class, "x")
                .beginControlFlow("if (x >= 0.5)").addStatement("return erfcAtLeastHalf(x)").endControlFlow()
                .beginControlFlow("if (x > -0.5)").addStatement("return 1.0 - maclaurin(x)").endControlFlow()
                .beginControlFlow("if (x > -6)").addStatement("return 2.0 - erfcAtLeastHalf(-x)").endControlFlow()
                .addStatement("return $T.isNaN(x) ? x : 2.0", Double.class)
                .build();
    }

    private static MethodSpec maclaurin() {
        return method("maclaurin", double.class)
                .addParameter(double.class, "x")
                .addStatement("double minusSquare = -x * x")
                .addStatement("double sum = 0")
                .beginControlFlow("for (int n = $L; n >= 0; n--)", SERIES_TERMS - 1)
                .addStatement("sum = sum * minusSquare + SERIES_COEFFICIENTS[n]")
                .endControlFlow()
                .addStatement("return $L * x * sum", TWO_OVER_SQRT_PI)
                .build();
    }

    private static MethodSpec erfcAtLeastHalf() {
        return method("erfcAtLeastHalf", double.class)
                .addParameter(double.class, "x")
                .beginControlFlow("if (x < 3)").addStatement("return erfcTaylor(x)").endControlFlow()
                .beginControlFlow("if (x > 27.3)").addStatement("return 0.0").endControlFlow()
                .addStatement("return erfcContinuedFraction(x)")
                .build();
    }

    private static MethodSpec erfcTaylor() {
        return method("erfcTaylor", double.class)
                .addParameter(double.class, "x")
                .addStatement("int k = (int) $T.rint(8 * x)", Math.class)
                .addStatement("double a = k / 8.0")
                .addStatement("double h = x - a")
                .addStatement("double power = h")
                .addStatement("double sum = h")
                .addStatement("double hermitePrevious = 1")
                .addStatement("double hermite = 2 * a")
                .beginControlFlow("for (int m = 1; m < $L; m++)", TAYLOR_TERMS)
                .addStatement("power *= -h / (m + 1)")
                .addStatement("sum += hermite * power")
                .addStatement("double next = 2 * a * hermite - 2 * m * hermitePrevious")
                .addStatement("hermitePrevious = hermite")
                .addStatement("hermite = next")
                .endControlFlow()
                .addStatement("int i = k - $L", FIRST_EIGHTH)
                .addStatement("return ERFC_AT_EIGHTHS[i] - SLOPE_AT_EIGHTHS[i] * sum")
                .build();
    }

    private static MethodSpec erfcContinuedFraction() {
        return method("erfcContinuedFraction", double.class)
                .addParameter(double.class, "x")
                .addStatement("double twoSquare = 2 * x * x")
                .addStatement("int depth = 10 + (int) (100 / (x * x))")
                .addStatement("double tail = twoSquare + 4 * depth + 1")
                .beginControlFlow("for (int k = depth; k >= 1; k--)")
                .addStatement("tail = twoSquare + (4 * k - 3) - ((2.0 * k - 1) * (2 * k)) / tail")
                .endControlFlow()
                .addStatement("return $T.exp(-(x * x)) * ((1 - squareError(x)) * $L * x / tail)", Math.class,
                        TWO_OVER_SQRT_PI)
                .build();
    }

    private static MethodSpec expMinusSquare() {
        return method("expMinusSquare", double.class)
                .addParameter(double.class, "x")
                .addStatement("return $T.exp(-(x * x)) * (1 - squareError(x))", Math.class)
                .build();
    }

    private static MethodSpec squareError() {
        return method("squareError", double.class)
                .addParameter(double.class, "x")
                .addStatement("double split = 134217729.0 * x")
                .addStatement("double high = split - (split - x)")
                .addStatement("double low = x - high")
                .addStatement("double square = x * x")
                .addStatement("return ((high * high - square) + 2 * high * low) + low * low")
                .build();
    }

    private static MethodSpec slopeAtEighths() {
        return method("slopeAtEighths", double[].class)
                .addStatement("double[] slopes = new double[$L]", ERFC_AT_EIGHTHS.length)
                .beginControlFlow("for (int i = 0; i < slopes.length; i++)")
                .addStatement("double a = ($L + i) / 8.0", FIRST_EIGHTH)
                .addStatement("slopes[i] = $L * expMinusSquare(a)", TWO_OVER_SQRT_PI)
                .endControlFlow()
                .addStatement("return slopes")
                .build();
    }

    private static MethodSpec seriesCoefficients() {
        return method("seriesCoefficients", double[].class)
                .addStatement("double[] coefficients = new double[$L]", SERIES_TERMS)
                .addStatement("double factorial = 1")
                .beginControlFlow("for (int n = 0; n < $L; n++)", SERIES_TERMS)
                .addStatement("factorial *= $T.max(n, 1)", Math.class)
                .addStatement("coefficients[n] = 1.0 / (factorial * (2 * n + 1))")
                .endControlFlow()
                .addStatement("return coefficients")
                .build();
    }
}
