package dev.autonet.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.autonet.Activation;
import dev.autonet.processor.model.LayerModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The activations of a frozen class as its own private static methods, because it may not call the
 * runtime's {@code Activations}. Each is a copy of the runtime's method of the same name, operation for
 * operation (the float overloads of the transcendental functions compute in double and round once), so a
 * frozen class computes bit for bit what the model computes. Only the functions the network uses are written.
 */
final class FrozenActivations {
    private final Numeric numeric;
    private final Set<Activation> used = EnumSet.noneOf(Activation.class);
    /** A FLOAT network with a SIGMOID output, which the model computes with {@code Activations.sigmoidFast}. */
    private final boolean fastOutputSigmoid;

    FrozenActivations(Numeric numeric, List<LayerModel> layers) {
        this.numeric = numeric;
        LayerModel output = layers.get(layers.size() - 1);
        this.fastOutputSigmoid = ActivationCall.fastSigmoid(numeric, output);
        for (LayerModel layer : layers) {
            if (layer != output || !fastOutputSigmoid) {
                used.add(layer.activation());
            }
        }
    }

    /** {@link #call} for the output layer, which a FLOAT SIGMOID network computes as the model does: sigmoidFast. */
    CodeBlock callOutput(LayerModel layer, CodeBlock z, double learnedSlope) {
        return fastOutputSigmoid ? CodeBlock.of("sigmoidFast($L)", z) : call(layer, z, learnedSlope);
    }

    /** Whether GELU is used, which needs the error function. */
    boolean usesGelu() {
        return used.contains(Activation.GELU);
    }

    /**
     * {@code z} for LINEAR, {@code relu(z)}, {@code leakyRelu(z, 0.2f)}, {@code elu(z, 1.0f)}, and for
     * PRELU {@code leakyRelu(z, slope)} with the frozen slope as a literal.
     */
    CodeBlock call(LayerModel layer, CodeBlock z, double learnedSlope) {
        switch (layer.activation()) {
            case LINEAR:
                return z;
            case LEAKY_RELU:
                return CodeBlock.of("leakyRelu($L, $L)", z, ExactLiteral.of(numeric, layer.alpha()));
            case ELU:
                return CodeBlock.of("elu($L, $L)", z, ExactLiteral.of(numeric, layer.alpha()));
            case PRELU:
                return CodeBlock.of("leakyRelu($L, $L)", z, ExactLiteral.of(numeric, learnedSlope));
            case SOFTMAX:
                throw new IllegalStateException("SOFTMAX is not element-wise and only ever an output");
            default:
                return CodeBlock.of("$N($L)", name(layer.activation()), z);
        }
    }

    /** The helper methods the network's activations need, in a fixed order, each once. */
    List<MethodSpec> helpers() {
        Map<String, MethodSpec> methods = new LinkedHashMap<>();
        for (Activation activation : used) {
            switch (activation) {
                case STEP:
                    put(methods, unary("step", CodeBlock.of("return z >= 0 ? $L : $L", one(), zero())));
                    break;
                case SIGMOID:
                    transcendental(methods, "sigmoid", sigmoidBody());
                    break;
                case TANH:
                    put(methods, unary("tanh", numeric == Numeric.FLOAT
                            ? CodeBlock.of("return (float) $T.tanh(z)", Math.class)
                            : CodeBlock.of("return $T.tanh(z)", Math.class)));
                    break;
                case RELU:
                    put(methods, unary("relu", CodeBlock.of("return $T.max(z, $L)", Math.class, zero())));
                    break;
                case LEAKY_RELU:
                case PRELU:
                    put(methods, withAlpha("leakyRelu", CodeBlock.of("return z > 0 ? z : alpha * z")));
                    break;
                case ELU:
                    put(methods, withAlpha("elu", numeric == Numeric.FLOAT
                            ? CodeBlock.of("return z > 0 ? z : (float) (alpha * $T.expm1(z))", Math.class)
                            : CodeBlock.of("return z > 0 ? z : alpha * $T.expm1(z)", Math.class)));
                    break;
                case SWISH:
                    put(methods, doubleMethod("sigmoid", sigmoidBody()));
                    transcendental(methods, "swish", statement("return z * sigmoid(z)"));
                    break;
                case GELU:
                    transcendental(methods, "gelu",
                            statement("return 0.5 * z * erfc($L * z)", FrozenErf.MINUS_ONE_OVER_SQRT_2));
                    break;
                case SOFTPLUS:
                    transcendental(methods, "softplus", statement(
                            "return $T.max(z, 0.0) + $T.log1p($T.exp(-$T.abs(z)))", Math.class, Math.class,
                            Math.class, Math.class));
                    break;
                default:
                    break; // LINEAR needs nothing; SOFTMAX is written by softmax()
            }
        }
        if (fastOutputSigmoid) {
            put(methods, MethodSpec.methodBuilder("sigmoidFast")
                    .addJavadoc("The runtime's {@code Activations.sigmoidFast}: the sigmoid in float arithmetic, within 2 ulps.\n")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(float.class)
                    .addParameter(float.class, "z")
                    .addCode(sigmoidFastBody())
                    .build());
        }
        return List.copyOf(methods.values());
    }

    // Activations.sigmoidFast, statement for statement
    private static CodeBlock sigmoidFastBody() {
        return CodeBlock.builder()
                .addStatement("float x = -z")
                .addStatement("x = x < -87f ? -87f : x")
                .addStatement("x = x > 89f ? 89f : x")
                .addStatement("float shifted = $T.fma(x, 1.442695f, 12582912f)", Math.class)
                .addStatement("float n = shifted - 12582912f")
                .addStatement("float r = $T.fma(n, -0.693359375f, x)", Math.class)
                .addStatement("r = $T.fma(n, 2.12194440e-4f, r)", Math.class)
                .addStatement("float poly = $T.fma(r, 1.9875691500e-4f, 1.3981999507e-3f)", Math.class)
                .addStatement("poly = $T.fma(poly, r, 8.3334519073e-3f)", Math.class)
                .addStatement("poly = $T.fma(poly, r, 4.1665795894e-2f)", Math.class)
                .addStatement("poly = $T.fma(poly, r, 1.6666665459e-1f)", Math.class)
                .addStatement("poly = $T.fma(poly, r, 5.0000001201e-1f)", Math.class)
                .addStatement("poly = $T.fma(poly, r * r, r) + 1f", Math.class)
                .addStatement("float twoToN = $T.intBitsToFloat(($T.floatToRawIntBits(shifted) << 23) + 0x3F800000)",
                        Float.class, Float.class)
                .addStatement("return 1f / (1f + poly * twoToN)")
                .build();
    }

    /**
     * The double method and, for a FLOAT network, the float one that calls it and rounds once, as the
     * runtime does: {@code private static float gelu(float z) { return (float) gelu((double) z); }}.
     */
    private void transcendental(Map<String, MethodSpec> methods, String name, CodeBlock doubleBody) {
        put(methods, doubleMethod(name, doubleBody));
        if (numeric == Numeric.FLOAT) {
            put(methods, MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(float.class)
                    .addParameter(float.class, "z")
                    .addStatement("return (float) $N((double) z)", name)
                    .build());
        }
    }

    private static void put(Map<String, MethodSpec> methods, MethodSpec method) {
        methods.putIfAbsent(method.name() + method.parameters().stream().map(p -> p.type().toString()).toList(), method);
    }

    private static CodeBlock statement(String format, Object... args) {
        return CodeBlock.builder().addStatement(format, args).build();
    }

    private static MethodSpec doubleMethod(String name, CodeBlock body) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(double.class)
                .addParameter(double.class, "z")
                .addCode(body)
                .build();
    }

    // sigmoid(double z): 1 / (1 + e^-z), never exponentiating a positive number
    private CodeBlock sigmoidBody() {
        return CodeBlock.builder()
                .beginControlFlow("if (z >= 0)")
                .addStatement("return 1 / (1 + $T.exp(-z))", Math.class)
                .endControlFlow()
                .addStatement("double e = $T.exp(z)", Math.class)
                .addStatement("return e / (1 + e)")
                .build();
    }

    /*
     * private static void softmax(float[] v) {
     *     float largest = Float.NEGATIVE_INFINITY; for (...) largest = Math.max(largest, v[i]);
     *     double max = largest;
     *     double sum = 0; for (...) { double e = Math.exp(v[i] - max); v[i] = (float) e; sum += e; }
     *     for (...) v[i] = (float) (v[i] / sum);
     * }
     */
    MethodSpec softmax() {
        TypeName scalar = numeric.scalar();
        Class<?> boxed = numeric == Numeric.FLOAT ? Float.class : Double.class;
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T largest = $T.NEGATIVE_INFINITY", scalar, boxed)
                .beginControlFlow("for (int i = 0; i < v.length; i++)")
                .addStatement("largest = $T.max(largest, v[i])", Math.class)
                .endControlFlow()
                .addStatement("double max = largest") // as the runtime: the differences below are taken in double
                .addStatement("double sum = 0")
                .beginControlFlow("for (int i = 0; i < v.length; i++)")
                .addStatement("double e = $T.exp(v[i] - max)", Math.class)
                .addStatement(numeric == Numeric.FLOAT ? "v[i] = (float) e" : "v[i] = e")
                .addStatement("sum += e")
                .endControlFlow()
                .beginControlFlow("for (int i = 0; i < v.length; i++)")
                .addStatement(numeric == Numeric.FLOAT ? "v[i] = (float) (v[i] / sum)" : "v[i] /= sum")
                .endControlFlow();
        return MethodSpec.methodBuilder("softmax")
                .addJavadoc("Replaces {@code v} by its softmax, in place, as the runtime's {@code Activations.softmax}.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(numeric.array(), "v")
                .addCode(body.build())
                .build();
    }

    // private static float relu(float z) { return Math.max(z, 0f); }
    private MethodSpec unary(String name, CodeBlock statement) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(numeric.scalar())
                .addParameter(numeric.scalar(), "z")
                .addStatement(statement)
                .build();
    }

    // private static float leakyRelu(float z, float alpha) { return z > 0 ? z : alpha * z; }
    private MethodSpec withAlpha(String name, CodeBlock statement) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(numeric.scalar())
                .addParameter(numeric.scalar(), "z")
                .addParameter(numeric.scalar(), "alpha")
                .addStatement(statement)
                .build();
    }

    private String one() {
        return numeric == Numeric.FLOAT ? "1f" : "1";
    }

    private String zero() {
        return numeric == Numeric.FLOAT ? "0f" : "0.0";
    }

    private static String name(Activation activation) {
        switch (activation) {
            case STEP:
                return "step";
            case SIGMOID:
                return "sigmoid";
            case TANH:
                return "tanh";
            case RELU:
                return "relu";
            case SWISH:
                return "swish";
            case GELU:
                return "gelu";
            case SOFTPLUS:
                return "softplus";
            default:
                throw new IllegalArgumentException(activation + " takes a parameter");
        }
    }
}
