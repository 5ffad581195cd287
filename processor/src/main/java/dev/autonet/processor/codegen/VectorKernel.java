package dev.autonet.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.autonet.Activation;
import dev.autonet.processor.model.LayerModel;
import javax.lang.model.element.Modifier;

/**
 * The arithmetic that the {@code VECTOR} backend's single-row and batched kernels share, so that both
 * give the same result for a row bit for bit: every unit's pre-activation is the bias plus
 * {@code x[i]·W[i][j]} accumulated by fused multiply-adds into {@link #chains} interleaved partial sums
 * (input i goes to sum {@code i mod chains}, in increasing i), combined as {@code (s0 + s1) + (s2 + s3)}.
 * Four independent sums hide the latency of the multiply-add, which a single running sum would wait on at
 * every input. Activations without exponentials run lanewise; the others call the runtime's
 * {@code Activations} per element, exactly as the {@code SCALAR} backend does.
 */
final class VectorKernel {
    static final String PACKAGE = "jdk.incubator.vector";
    static final ClassName VECTOR_SPECIES = ClassName.get(PACKAGE, "VectorSpecies");
    static final ClassName VECTOR_OPERATORS = ClassName.get(PACKAGE, "VectorOperators");
    /** The name of the species constant in the generated model. */
    static final String SPECIES = "SPECIES";
    /** Partial sums per unit. */
    static final int MAX_CHAINS = 4;

    private final ModelContext context;
    private final Numeric numeric;
    private final ClassName vector;

    VectorKernel(ModelContext context) {
        this.context = context;
        this.numeric = context.numeric();
        this.vector = ClassName.get(PACKAGE, numeric == Numeric.FLOAT ? "FloatVector" : "DoubleVector");
    }

    /** {@code FloatVector} or {@code DoubleVector}. */
    ClassName vector() {
        return vector;
    }

    /*
     * Measured on JDK 17 and 25 (AVX-512), see VectorForwardWriter: the preferred species.
     * private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
     */
    FieldSpec speciesField() {
        TypeName boxed = numeric.scalar().box();
        return FieldSpec.builder(ParameterizedTypeName.get(VECTOR_SPECIES, boxed), SPECIES,
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The vector shape of every kernel: the widest this CPU runs natively ($L lanes with AVX-512).\n",
                        numeric == Numeric.FLOAT ? 16 : 8)
                .initializer("$T.SPECIES_PREFERRED", vector)
                .build();
    }

    /** How many partial sums a unit of {@code layer} accumulates: 4, or fewer for a narrower layer. */
    static int chains(LayerModel layer) {
        return Math.min(MAX_CHAINS, layer.fanIn());
    }

    /** {@code (sum0 + sum1) + (sum2 + sum3)} in scalar code, or with {@code .add} on vectors. */
    static CodeBlock combine(int chains, boolean vectors) {
        if (chains == 1) {
            return CodeBlock.of("sum0");
        }
        CodeBlock left = add("sum0", "sum1", vectors);
        if (chains == 2) {
            return left;
        }
        if (chains == 3) {
            return vectors ? CodeBlock.of("$L.add(sum2)", left) : CodeBlock.of("($L) + sum2", left);
        }
        return vectors ? CodeBlock.of("$L.add($L)", left, add("sum2", "sum3", true))
                : CodeBlock.of("($L) + ($L)", left, add("sum2", "sum3", false));
    }

    private static CodeBlock add(String a, String b, boolean vectors) {
        return vectors ? CodeBlock.of("$N.add($N)", a, b) : CodeBlock.of("$N + $N", a, b);
    }

    /** Whether {@code layer}'s activation runs lanewise on vectors: ReLU, leaky ReLU, PReLU and the identity. */
    boolean lanewise(LayerModel layer) {
        if (context.isOutput(layer)) {
            return true; // the output layer's kernel writes pre-activations
        }
        Activation activation = layer.activation();
        return activation == Activation.RELU || activation == Activation.LEAKY_RELU
                || activation == Activation.PRELU || activation == Activation.LINEAR;
    }

    /*
     * z for the output layer and LINEAR; z.max(0f) for RELU; for LEAKY_RELU and PRELU, as
     * Activations.leakyRelu: z.mul(slope).blend(z, z.compare(VectorOperators.GT, 0f)).
     */
    CodeBlock activateVector(LayerModel layer, CodeBlock z) {
        if (context.isOutput(layer)) {
            return z;
        }
        switch (layer.activation()) {
            case RELU:
                return CodeBlock.of("$L.max($L)", z, numeric.literal(0));
            case LEAKY_RELU:
                return CodeBlock.of("$L.mul($L).blend($L, $L.compare($T.GT, $L))", z, numeric.literal(layer.alpha()), z, z,
                        VECTOR_OPERATORS, numeric.literal(0));
            case PRELU:
                return CodeBlock.of("$L.mul(slope).blend($L, $L.compare($T.GT, $L))", z, z, z, VECTOR_OPERATORS,
                        numeric.literal(0));
            default:
                return z;
        }
    }

    /** The runtime's activation of one value, as the SCALAR backend calls it; {@code z} for the output layer. */
    CodeBlock activateScalar(LayerModel layer, CodeBlock z) {
        if (context.isOutput(layer)) {
            return z;
        }
        return ActivationCall.apply(context, layer, z, layer.hasLearnedAlpha() ? CodeBlock.of("slope") : null);
    }

    /** {@code float slope = p[DENSE1_ALPHA];} for a hidden PReLU layer, else nothing. */
    CodeBlock slope(LayerModel layer) {
        if (context.isOutput(layer) || !layer.hasLearnedAlpha()) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder()
                .addStatement("$T slope = $N[$N]", numeric.scalar(), Names.PARAMETERS_LOCAL, context.alphaConstant(layer))
                .build();
    }

    /** {@code 0f} or {@code 0.0}. */
    String zero() {
        return numeric.literal(0);
    }
}
