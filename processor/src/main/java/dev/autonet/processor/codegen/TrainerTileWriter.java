package dev.autonet.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.autonet.Activation;
import dev.autonet.processor.model.LayerModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javax.lang.model.element.Modifier;

/**
 * The trainer's per-layer kernels over a tile of rows held feature-major ({@code [units][TILE]}, one array
 * per unit, indexed from 0), in the form of the model's batched inference ({@link BatchedLayerWriter}): the
 * innermost loops of the forward pass and of the delta propagation run over the tile's rows with the
 * weights held in locals, which C2 vectorizes whatever the layer's width. Per layer:
 * <ul>
 *   <li>{@code Forward}: pre-activations and activations;
 *   <li>{@code WeightGradient} ({@link TrainerGradientWriter}): {@code g[b] += Σ_r d[j][r]} and
 *       {@code g[W] += Σ_r a[i][r] · d[j][r]};
 *   <li>{@code InputGradient}: {@code out[i][r] = Σ_j W[i][j] d[j][r]}, the previous layer's deltas (or the
 *       network's input gradient);
 *   <li>{@code ActivationGradient}: the previous layer's deltas times its activation's derivative.
 * </ul>
 * Every value is summed in the order the row-at-a-time code summed it (bias first then inputs in order;
 * units in order; rows in order), so the gradient equals a row-by-row sum bit for bit.
 */
final class TrainerTileWriter {
    /** Units computed together in the forward pass and the delta propagation: each input row loaded once feeds four. */
    static final int UNIT_BLOCK = 4;

    private final TrainerContext context;
    private final Numeric numeric;
    private final ArrayTypeName tile;
    private final TrainerGradientWriter gradients;
    /** The Vector API's forward and input-gradient kernels for a {@code VECTOR} network, else null. */
    private final VectorTrainerTileWriter vector;

    TrainerTileWriter(TrainerContext context) {
        this.context = context;
        this.numeric = context.numeric();
        this.tile = ArrayTypeName.of(numeric.array());
        this.gradients = new TrainerGradientWriter(context);
        this.vector = context.network().vector() ? new VectorTrainerTileWriter(context) : null;
    }

    /** Every layer's kernels, input side first. */
    List<MethodSpec> all() {
        List<MethodSpec> methods = new ArrayList<>();
        if (needsPositive()) {
            methods.add(positive());
        }
        for (LayerModel layer : context.network().layers()) {
            methods.add(vector != null ? vector.forward(layer) : forward(layer));
            methods.add(gradients.write(layer));
            methods.add(vector != null ? vector.inputGradient(layer) : inputGradient(layer));
            if (!context.isOutput(layer) && layer.activation() != Activation.LINEAR) {
                methods.add(vector != null && branchFree(layer) ? vector.activationGradient(layer)
                        : activationGradient(layer));
            }
        }
        return methods;
    }

    /*
     * private static void dense2Forward(float[] p, float[][] in, int count, float[][] z, float[][] a) {
     *     for (int j = 0; j < 16; j += 4) {
     *         float[] z0 = z[j]; ... float[] z3 = z[j + 3];
     *         float b0 = p[DENSE2_BIAS + j]; ...
     *         for (int r = 0; r < count; r++) { z0[r] = b0; ... }
     *         if (count == TILE) {
     *             for (int i = 0; i < 32; i += 2) { <forwardInputs over i and i + 1> }
     *         } else {
     *             for (int i = 0; i < 32; i++) {
     *                 int row = DENSE2_WEIGHTS + i * 16 + j;
     *                 float w0 = p[row]; ... float w3 = p[row + 3];
     *                 float[] x = in[i];
     *                 for (int r = 0; r < count; r++) { float s = x[r]; z0[r] += s * w0; ... }
     *             }
     *         }
     *         float[] a0 = a[j]; ...
     *         for (int r = 0; r < count; r++) { a0[r] = Activations.relu(z0[r]); ... }
     *     }
     * }
     */
    private MethodSpec forward(LayerModel layer) {
        boolean hidden = !context.isOutput(layer);
        MethodSpec.Builder method = kernel(layer, "Forward")
                .addJavadoc("$L over {@code count} rows of a tile, feature-major: pre-activations into {@code z}$L.\n",
                        ModelContext.describe(layer), hidden ? ", activations into {@code a}" : "")
                .addParameter(numeric.array(), Names.PARAMETERS_LOCAL)
                .addParameter(tile, "in")
                .addParameter(int.class, "count")
                .addParameter(tile, "z");
        CodeBlock slope = null;
        if (hidden) {
            method.addParameter(tile, "a");
            if (layer.hasLearnedAlpha()) {
                method.addStatement("$T slope = $N[$N]", numeric.scalar(), Names.PARAMETERS_LOCAL,
                        context.model().alphaConstant(layer));
                slope = CodeBlock.of("slope");
            }
        }
        CodeBlock finalSlope = slope;
        return blocked(method, layer.units(), "j", UNIT_BLOCK, width -> forwardUnits(layer, width, finalSlope)).build();
    }

    // Units j .. j + width - 1: bias, weighted inputs in order, activation.
    private CodeBlock forwardUnits(LayerModel layer, int width, CodeBlock slope) {
        String p = Names.PARAMETERS_LOCAL;
        CodeBlock.Builder code = CodeBlock.builder();
        for (int u = 0; u < width; u++) {
            code.addStatement("$T z$L = z[$L]", numeric.array(), u, ModelContext.offset("j", u));
        }
        for (int u = 0; u < width; u++) {
            code.addStatement("$T b$L = $N[$N + $L]", numeric.scalar(), u, p, context.model().biasConstant(layer),
                    ModelContext.offset("j", u));
        }
        code.add(overRows(width, u -> CodeBlock.of("z$L[r] = b$L", u, u)))
                .add(fullTileInPairs(layer.fanIn(), 0, "i",
                        (i, paired) -> forwardInputs(layer, width, i, paired)));
        if (!context.isOutput(layer)) {
            for (int u = 0; u < width; u++) {
                code.addStatement("$T a$L = a[$L]", numeric.array(), u, ModelContext.offset("j", u));
            }
            code.add(overRows(width, u -> CodeBlock.of("a$L[r] = $L", u,
                    ActivationCall.apply(context.model(), layer, CodeBlock.of("z$L[r]", u), slope))));
        }
        return code.build();
    }

    /*
     * Inputs i (and i + 1) added to every unit of the block, in order:
     *     int row = DENSE2_WEIGHTS + i * 16 + j;
     *     float w0 = p[row]; ...  float v0 = p[row + 16]; ...
     *     float[] x = in[i]; float[] y = in[i + 1];
     *     for (int r = 0; r < count; r++) { float s = x[r]; float t = y[r]; z0[r] = z0[r] + s * w0 + t * v0; ... }
     */
    private CodeBlock forwardInputs(LayerModel layer, int width, CodeBlock i, boolean paired) {
        String p = Names.PARAMETERS_LOCAL;
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("int row = $N + $L * $L + j", context.model().weightsConstant(layer), i, layer.units());
        for (int u = 0; u < width; u++) {
            code.addStatement("$T w$L = $N[$L]", numeric.scalar(), u, p, ModelContext.offset("row", u));
        }
        if (paired) {
            for (int u = 0; u < width; u++) {
                code.addStatement("$T v$L = $N[$L]", numeric.scalar(), u, p, ModelContext.offset("row", layer.units() + u));
            }
        }
        code.addStatement("$T x = in[$L]", numeric.array(), i);
        if (paired) {
            code.addStatement("$T y = in[$L + 1]", numeric.array(), i);
        }
        code.beginControlFlow("for (int r = 0; r < count; r++)").addStatement("$T s = x[r]", numeric.scalar());
        if (paired) {
            code.addStatement("$T t = y[r]", numeric.scalar());
        }
        for (int u = 0; u < width; u++) {
            if (paired) {
                code.addStatement("z$L[r] = z$L[r] + s * w$L + t * v$L", u, u, u, u);
            } else {
                code.addStatement("z$L[r] += s * w$L", u, u);
            }
        }
        return code.endControlFlow().build();
    }

    /** One pass of a loop over inputs or units: index {@code i} alone, or {@code i} and {@code i + 1}. */
    private interface Pass {
        CodeBlock write(CodeBlock index, boolean paired);
    }

    /*
     * Terms from..count-1 of a sum, in order; two a pass on a full tile, where C2 vectorizes the larger loop
     * (on a partial tile its profile shows short trips and it did not, as BatchedLayerWriter measured):
     *     if (count == TILE) {
     *         for (int i = 0; i < 32; i += 2) { <pass over i, i + 1> }
     *         { <pass over 32 alone, if count - from is odd> }
     *     } else {
     *         for (int i = 0; i < 33; i++) { <pass over i> }
     *     }
     * Java adds left to right, so acc + s * w + t * v rounds as two separate additions.
     */
    private static CodeBlock fullTileInPairs(int count, int from, String index, Pass pass) {
        int pairedEnd = count - (count - from) % 2;
        CodeBlock single = CodeBlock.builder()
                .beginControlFlow("for (int $N = $L; $N < $L; $N++)", index, from, index, count, index)
                .add(pass.write(CodeBlock.of("$N", index), false))
                .endControlFlow()
                .build();
        if (pairedEnd == from) {
            return single;
        }
        CodeBlock.Builder code = CodeBlock.builder()
                .beginControlFlow("if (count == TILE)")
                .beginControlFlow("for (int $N = $L; $N < $L; $N += 2)", index, from, index, pairedEnd, index)
                .add(pass.write(CodeBlock.of("$N", index), true))
                .endControlFlow();
        if (pairedEnd < count) {
            code.add("{\n$>").add(pass.write(CodeBlock.of("$L", pairedEnd), false)).add("$<}\n");
        }
        return code.nextControlFlow("else").add(single).endControlFlow().build();
    }

    /*
     * private static void dense2InputGradient(float[] p, float[][] d, int count, float[][] out) {
     *     for (int i = 0; i < 32; i += 4) {
     *         float[] o0 = out[i]; ... float[] o3 = out[i + 3];
     *         int row = DENSE2_WEIGHTS + i * 16;
     *         float w0 = p[row]; float w1 = p[row + 16]; ...
     *         float[] x = d[0];
     *         for (int r = 0; r < count; r++) { float s = x[r]; o0[r] = s * w0; ... }
     *         if (count == TILE) {       // units two at a time, see fullTileInPairs
     *             for (int j = 1; j < 15; j += 2) { ... o0[r] = o0[r] + s * w0 + t * v0; ... }
     *             { <unit 15 alone> }
     *         } else {
     *             for (int j = 1; j < 16; j++) {
     *                 ... w0 = p[row + j]; w1 = p[row + 16 + j]; ...
     *                 for (int r = 0; r < count; r++) { float s = x[r]; o0[r] += s * w0; ... }
     *             }
     *         }
     *     }
     * }
     */
    private MethodSpec inputGradient(LayerModel layer) {
        MethodSpec.Builder method = kernel(layer, "InputGradient")
                .addJavadoc("Writes the gradient with respect to $L's inputs over {@code count} rows into {@code out},\n"
                        + "from its deltas {@code d}: {@code out[i][r] = Σ_j W[i][j] d[j][r]}, both feature-major.\n",
                        layer.name())
                .addParameter(numeric.array(), Names.PARAMETERS_LOCAL)
                .addParameter(tile, "d")
                .addParameter(int.class, "count")
                .addParameter(tile, "out");
        return blocked(method, layer.fanIn(), "i", UNIT_BLOCK, width -> inputUnits(layer, width)).build();
    }

    // Inputs i .. i + width - 1: the first unit's term sets them, the others add in unit order.
    private CodeBlock inputUnits(LayerModel layer, int width) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (int u = 0; u < width; u++) {
            code.addStatement("$T o$L = out[$L]", numeric.array(), u, ModelContext.offset("i", u));
        }
        code.addStatement("int row = $N + i * $L", context.model().weightsConstant(layer), layer.units())
                .add("{\n$>").add(inputTerm(layer, width, CodeBlock.of("0"), "=", false)).add("$<}\n");
        if (layer.units() > 1) {
            code.add(fullTileInPairs(layer.units(), 1, "j", (j, paired) -> inputTerm(layer, width, j, "+=", paired)));
        }
        return code.build();
    }

    // float w0 = p[row + j]; float w1 = p[row + 16 + j]; float[] x = d[j]; for (r) { float s = x[r]; o0[r] += s * w0; ... }
    private CodeBlock inputTerm(LayerModel layer, int width, CodeBlock j, String assign, boolean paired) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (int u = 0; u < width; u++) {
            code.addStatement("$T w$L = $N[$L]", numeric.scalar(), u, Names.PARAMETERS_LOCAL, inputWeight(layer, u, j, 0));
        }
        if (paired) {
            for (int u = 0; u < width; u++) {
                code.addStatement("$T v$L = $N[$L]", numeric.scalar(), u, Names.PARAMETERS_LOCAL, inputWeight(layer, u, j, 1));
            }
        }
        code.addStatement("$T x = d[$L]", numeric.array(), j);
        if (paired) {
            code.addStatement("$T y = d[$L + 1]", numeric.array(), j);
        }
        code.beginControlFlow("for (int r = 0; r < count; r++)")
                .addStatement("$T s = x[r]", numeric.scalar());
        if (paired) {
            code.addStatement("$T t = y[r]", numeric.scalar());
        }
        for (int u = 0; u < width; u++) {
            if (paired) {
                code.addStatement("o$L[r] = o$L[r] + s * w$L + t * v$L", u, u, u, u);
            } else {
                code.addStatement("o$L[r] $L s * w$L", u, assign, u);
            }
        }
        return code.endControlFlow().build();
    }

    // row + 16 + j (+ 1): the weight of input i + u for unit j (+ plus)
    private static CodeBlock inputWeight(LayerModel layer, int u, CodeBlock j, int plus) {
        CodeBlock index = ModelContext.offset("row", u * layer.units());
        if (!j.toString().equals("0")) {
            index = CodeBlock.of("$L + $L", index, j);
        }
        return plus == 0 ? index : CodeBlock.of("$L + $L", index, plus);
    }

    /*
     * private static void dense1ActivationGradient(float[][] z, int count, float[][] d) {
     *     for (int j = 0; j < 32; j++) {
     *         float[] zj = z[j];
     *         float[] dj = d[j];
     *         for (int r = 0; r < count; r++) { dj[r] *= Activations.reluDerivative(zj[r]); }
     *     }
     * }
     * PReLU also adds the slope's gradient, row by row as the row-at-a-time code did:
     *     float slope = p[DENSE1_ALPHA];
     *     for (int r = 0; r < count; r++) {
     *         float slopeGradient = 0;
     *         for (int j = 0; j < 32; j++) {
     *             float upstream = d[j][r];
     *             slopeGradient += upstream * Activations.preluAlphaDerivative(z[j][r]);
     *             d[j][r] = upstream * Activations.leakyReluDerivative(z[j][r], slope);
     *         }
     *         g[DENSE1_ALPHA] += slopeGradient;
     *     }
     */
    private MethodSpec activationGradient(LayerModel layer) {
        MethodSpec.Builder method = kernel(layer, "ActivationGradient")
                .addJavadoc("Turns {@code d} from the gradient with respect to $L's activations into the gradient with\n"
                        + "respect to its pre-activations {@code z}, in place, over {@code count} rows$L.\n", layer.name(),
                        layer.hasLearnedAlpha() ? ", adding the learned slope's gradient to {@code g}" : "");
        if (layer.hasLearnedAlpha()) {
            method.addParameter(numeric.array(), Names.PARAMETERS_LOCAL).addParameter(numeric.array(), "g");
        }
        method.addParameter(tile, "z").addParameter(int.class, "count").addParameter(tile, "d");
        if (!layer.hasLearnedAlpha()) {
            return method.beginControlFlow("for (int j = 0; j < $L; j++)", layer.units())
                    .addStatement("$T zj = z[j]", numeric.array())
                    .addStatement("$T dj = d[j]", numeric.array())
                    .beginControlFlow("for (int r = 0; r < count; r++)")
                    .addCode(derivativeTimesDelta(layer))
                    .endControlFlow()
                    .endControlFlow()
                    .build();
        }
        String alpha = context.model().alphaConstant(layer);
        return method.addStatement("$T slope = $N[$N]", numeric.scalar(), Names.PARAMETERS_LOCAL, alpha)
                .beginControlFlow("for (int r = 0; r < count; r++)")
                .addStatement("$T slopeGradient = 0", numeric.scalar())
                .beginControlFlow("for (int j = 0; j < $L; j++)", layer.units())
                .addStatement("$T upstream = d[j][r]", numeric.scalar())
                .addStatement("slopeGradient += upstream * $T.preluAlphaDerivative(z[j][r])", ModelContext.ACTIVATIONS)
                .addStatement("d[j][r] = upstream * $L",
                        ActivationDerivativeCall.apply(context, layer, CodeBlock.of("z[j][r]"), CodeBlock.of("slope")))
                .endControlFlow()
                .addStatement("g[$N] += slopeGradient", alpha)
                .endControlFlow()
                .build();
    }

    /**
     * Whether the layer's derivative is written with {@link #positive()} rather than a call whose
     * {@code z > 0} compiles to a branch. On ReLU pre-activations that branch goes either way at random and
     * was mispredicted: 4.9 ns per element against 0.53 for the branch-free form (JDK 17, 32 × 64 tiles of
     * Gaussian z, a new tile each call); in a profile of the moons job the three ReLU derivative loops took
     * 37 % of the time.
     */
    private static boolean branchFree(LayerModel layer) {
        return layer.activation() == Activation.RELU || layer.activation() == Activation.LEAKY_RELU;
    }

    /**
     * Whether any layer's derivative uses {@link #positive()}: a VECTOR trainer writes the branch-free ones on
     * vectors ({@link VectorTrainerTileWriter#activationGradient}) and needs none.
     */
    boolean needsPositive() {
        return vector == null
                && context.network().layers().stream().anyMatch(layer -> !context.isOutput(layer) && branchFree(layer));
    }

    /*
     * RELU:       dj[r] *= positive(zj[r]);                      (Activations.reluDerivative, bit for bit)
     * LEAKY_RELU: float m = positive(zj[r]); dj[r] *= m + (1 - m) * 0.1f;   (m is 0 or 1, so exact)
     * others:     dj[r] *= Activations.tanhDerivative(zj[r]);
     */
    private CodeBlock derivativeTimesDelta(LayerModel layer) {
        if (layer.activation() == Activation.RELU) {
            return CodeBlock.builder().addStatement("dj[r] *= positive(zj[r])").build();
        }
        if (layer.activation() == Activation.LEAKY_RELU) {
            return CodeBlock.builder()
                    .addStatement("$T m = positive(zj[r])", numeric.scalar())
                    .addStatement("dj[r] *= m + (1 - m) * $L", numeric.literal(layer.alpha()))
                    .build();
        }
        return CodeBlock.builder()
                .addStatement("dj[r] *= $L", ActivationDerivativeCall.apply(context, layer, CodeBlock.of("zj[r]"), null))
                .build();
    }

    /*
     * private static float positive(float z) {
     *     return Math.min(Math.max(z * 0x1p126f * 0x1p126f, 0f), 1f);
     * }
     */
    MethodSpec positive() {
        boolean single = numeric == Numeric.FLOAT;
        return MethodSpec.methodBuilder("positive")
                .addJavadoc("1 if {@code z > 0}, else 0 (NaN for NaN), without a branch: scaled by 2^$L, every positive\n"
                        + "value is at least 1 and every other at most -0. Math.min and Math.max compile to blends.\n",
                        single ? 252 : 1200)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(numeric.scalar())
                .addParameter(numeric.scalar(), "z")
                .addStatement(single ? "return $1T.min($1T.max(z * 0x1p126f * 0x1p126f, 0f), 1f)"
                        : "return $1T.min($1T.max(z * 0x1p600 * 0x1p600, 0), 1)", Math.class)
                .build();
    }

    private MethodSpec.Builder kernel(LayerModel layer, String kind) {
        return MethodSpec.methodBuilder(context.kernel(layer, kind, 1, 1)).addModifiers(Modifier.PRIVATE, Modifier.STATIC);
    }

    /*
     * for (int j = 0; j < 32; j += 4) { <body of width 4> }   then, for a remainder,
     * for (int j = 32; j < 34; j++) { <body of width 1> }
     */
    static MethodSpec.Builder blocked(MethodSpec.Builder method, int count, String index, int block,
            IntFunction<CodeBlock> body) {
        return method.addCode(blockedCode(count, index, block, body));
    }

    static CodeBlock blockedCode(int count, String index, int block, IntFunction<CodeBlock> body) {
        CodeBlock.Builder code = CodeBlock.builder();
        int blocked = count - count % block;
        if (blocked > 0) {
            code.beginControlFlow("for (int $N = 0; $N < $L; $N += $L)", index, index, blocked, index, block)
                    .add(body.apply(block))
                    .endControlFlow();
        }
        if (blocked < count) {
            code.beginControlFlow("for (int $N = $L; $N < $L; $N++)", index, blocked, index, count, index)
                    .add(body.apply(1))
                    .endControlFlow();
        }
        return code.build();
    }

    // for (int r = 0; r < count; r++) { <statement for unit 0>; ... }
    static CodeBlock overRows(int width, IntFunction<CodeBlock> statement) {
        CodeBlock.Builder loop = CodeBlock.builder().beginControlFlow("for (int r = 0; r < count; r++)");
        for (int u = 0; u < width; u++) {
            loop.addStatement(statement.apply(u));
        }
        return loop.endControlFlow().build();
    }
}
