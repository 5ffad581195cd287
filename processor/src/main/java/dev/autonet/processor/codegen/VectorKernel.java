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
 * give the same result for a row bit for bit. Every unit's pre-activation is its bias plus
 * {@code x[i]·W[i][j]} accumulated by fused multiply-adds into {@link #chains} partial sums (input i goes
 * to sum {@code i mod chains}, in increasing i), combined as {@code (s0 + s1) + (s2 + s3)}. A kernel keeps
 * {@value #ACCUMULATORS} independent sums in flight, enough to hide the latency of the multiply-add: a
 * layer that fills many vectors gets one sum per unit and works on several vectors of units at once, a
 * narrow one splits each unit's sum instead. Activations without exponentials run lanewise; the others
 * call the runtime's {@code Activations} per element, exactly as the {@code SCALAR} backend does.
 *
 * <p>The species is fixed at 256 bits (8 floats, 4 doubles), so that the generator knows the lane count
 * and can lay out registers and tails at compile time. Measured on AVX-512 (JDK 17, moons FLOAT, batch 1):
 * SPECIES_PREFERRED (512 bits) left the 8- and 16-unit layers mostly in scalar tails; see RESULTS.md.
 */
final class VectorKernel {
    static final String PACKAGE = "jdk.incubator.vector";
    static final ClassName VECTOR_SPECIES = ClassName.get(PACKAGE, "VectorSpecies");
    static final ClassName VECTOR_OPERATORS = ClassName.get(PACKAGE, "VectorOperators");
    /** The name of the species constant in the generated model. */
    static final String SPECIES = "SPECIES";
    /** Vector width in bits. */
    static final int BITS = 256;
    /**
     * Independent partial sums a FLOAT single-row kernel keeps in flight; DOUBLE keeps half as many. With
     * eight DoubleVector sums the 2-32-16-8-1 network's kernels were not fully intrinsified by JDK 17's C2
     * and allocated 224 bytes per prediction; with four they allocate nothing.
     */
    static final int ACCUMULATORS = 8;

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

    /** Lanes of one vector: 8 floats or 4 doubles. */
    int lanes() {
        return BITS / (numeric == Numeric.FLOAT ? 32 : 64);
    }

    // private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_256;
    FieldSpec speciesField() {
        TypeName boxed = numeric.scalar().box();
        return FieldSpec.builder(ParameterizedTypeName.get(VECTOR_SPECIES, boxed), SPECIES,
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The vector shape of every kernel: $L bits, $L lanes (AVX2 and AVX-512 run it natively).\n",
                        BITS, lanes())
                .initializer("$T.SPECIES_$L", vector, BITS)
                .build();
    }

    /** Whole vectors of units in {@code layer}. */
    int vectors(LayerModel layer) {
        return layer.units() / lanes();
    }

    /**
     * How many partial sums each unit of {@code layer} accumulates: 1 when the layer fills as many vectors as
     * there are accumulators, 2 from half as many, else 4; never more than its inputs.
     */
    int chains(LayerModel layer) {
        int vectors = vectors(layer);
        int accumulators = accumulators();
        int chains = vectors >= accumulators ? 1 : vectors >= accumulators / 2 ? 2 : 4;
        return Math.min(chains, layer.fanIn());
    }

    /** How many vectors of units a single-row kernel works on at once. */
    int vectorBlock(LayerModel layer) {
        return Math.max(1, Math.min(vectors(layer), accumulators() / chains(layer)));
    }

    private int accumulators() {
        return numeric == Numeric.FLOAT ? ACCUMULATORS : ACCUMULATORS / 2;
    }

    /** {@code sum5}: the accumulator of partial sum {@code chain} of the {@code block}-th unit or vector. */
    static String sum(int chains, int block, int chain) {
        return "sum" + (block * chains + chain);
    }

    /** {@code (sum4 + sum5) + (sum6 + sum7)} for block 1 of 4 chains, in scalar code or with {@code .add} on vectors. */
    static CodeBlock combine(int chains, int block, boolean vectors) {
        String[] s = new String[chains];
        for (int c = 0; c < chains; c++) {
            s[c] = "sum" + (block * chains + c);
        }
        if (chains == 1) {
            return CodeBlock.of("$N", s[0]);
        }
        CodeBlock left = add(s[0], s[1], vectors);
        if (chains == 2) {
            return left;
        }
        if (chains == 3) {
            return vectors ? CodeBlock.of("$L.add($N)", left, s[2]) : CodeBlock.of("($L) + $N", left, s[2]);
        }
        return vectors ? CodeBlock.of("$L.add($L)", left, add(s[2], s[3], true))
                : CodeBlock.of("($L) + ($L)", left, add(s[2], s[3], false));
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
     * z for the output layer and LINEAR; for RELU, z.blend(0f, z.compare(VectorOperators.LE, 0f)); for
     * LEAKY_RELU and PRELU, as Activations.leakyRelu: z.mul(slope).blend(z, z.compare(VectorOperators.GT, 0f)).
     *
     * The RELU form is Activations.relu's Math.max(z, 0f) bit for bit: z <= 0 (-0 included) gives +0, and NaN,
     * for which the comparison is false, stays itself. C2 compiles it to a compare and a blend; z.max(0f)
     * became five instructions a vector (two blends, the max, an unordered compare and a third blend, for
     * Math.max's NaN and signed-zero rules).
     */
    CodeBlock activateVector(LayerModel layer, CodeBlock z) {
        if (context.isOutput(layer)) {
            return z;
        }
        switch (layer.activation()) {
            case RELU:
                return CodeBlock.of("$L.blend($L, $L.compare($T.LE, $L))", z, numeric.literal(0), z, VECTOR_OPERATORS,
                        numeric.literal(0));
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
