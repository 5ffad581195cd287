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
 *   <li>{@code WeightGradient}: {@code g[b] += Σ_r d[j][r]} and {@code g[W] += Σ_r a[i][r] · d[r][j]}, the
 *       second over a row-major copy of the deltas so its innermost loop runs over units;
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

    TrainerTileWriter(TrainerContext context) {
        this.context = context;
        this.numeric = context.numeric();
        this.tile = ArrayTypeName.of(numeric.array());
    }

    /** Every layer's kernels, input side first. */
    List<MethodSpec> all() {
        List<MethodSpec> methods = new ArrayList<>();
        for (LayerModel layer : context.network().layers()) {
            methods.add(forward(layer));
            methods.add(weightGradient(layer));
            methods.add(inputGradient(layer));
            if (!context.isOutput(layer) && layer.activation() != Activation.LINEAR) {
                methods.add(activationGradient(layer));
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
     *         for (int i = 0; i < 32; i++) {
     *             int row = DENSE2_WEIGHTS + i * 16 + j;
     *             float w0 = p[row]; ... float w3 = p[row + 3];
     *             float[] x = in[i];
     *             for (int r = 0; r < count; r++) { float s = x[r]; z0[r] += s * w0; ... }
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
        return blocked(method, layer.units(), "j", width -> forwardUnits(layer, width, finalSlope)).build();
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
                .beginControlFlow("for (int i = 0; i < $L; i++)", layer.fanIn())
                .addStatement("int row = $N + i * $L + j", context.model().weightsConstant(layer), layer.units());
        for (int u = 0; u < width; u++) {
            code.addStatement("$T w$L = $N[$L]", numeric.scalar(), u, p, ModelContext.offset("row", u));
        }
        code.addStatement("$T x = in[i]", numeric.array())
                .beginControlFlow("for (int r = 0; r < count; r++)")
                .addStatement("$T s = x[r]", numeric.scalar());
        for (int u = 0; u < width; u++) {
            code.addStatement("z$L[r] += s * w$L", u, u);
        }
        code.endControlFlow().endControlFlow();
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
     * private static void dense2WeightGradient(float[] g, float[][] in, float[][] d, float[][] dRows, int count) {
     *     for (int j = 0; j < 16; j++) {
     *         float[] dj = d[j];
     *         float sum = g[DENSE2_BIAS + j];
     *         for (int r = 0; r < count; r++) { sum += dj[r]; }
     *         g[DENSE2_BIAS + j] = sum;
     *     }
     *     for (int i = 0; i < 32; i++) {
     *         int row = DENSE2_WEIGHTS + i * 16;
     *         float[] x = in[i];
     *         for (int r = 0; r < count; r++) {
     *             float s = x[r];
     *             float[] dr = dRows[r];
     *             for (int j = 0; j < 16; j++) { g[row + j] += s * dr[j]; }
     *         }
     *     }
     * }
     */
    private MethodSpec weightGradient(LayerModel layer) {
        String bias = context.model().biasConstant(layer);
        return kernel(layer, "WeightGradient")
                .addJavadoc("Adds the gradient of $L's W and b over {@code count} rows to {@code g}, from the deltas\n"
                        + "{@code d} (feature-major) and {@code dRows} (the same, row-major) and the layer's input {@code in}.\n",
                        layer.name())
                .addParameter(numeric.array(), "g")
                .addParameter(tile, "in")
                .addParameter(tile, "d")
                .addParameter(tile, "dRows")
                .addParameter(int.class, "count")
                .beginControlFlow("for (int j = 0; j < $L; j++)", layer.units())
                .addStatement("$T dj = d[j]", numeric.array())
                .addStatement("$T sum = g[$N + j]", numeric.scalar(), bias)
                .beginControlFlow("for (int r = 0; r < count; r++)")
                .addStatement("sum += dj[r]")
                .endControlFlow()
                .addStatement("g[$N + j] = sum", bias)
                .endControlFlow()
                .beginControlFlow("for (int i = 0; i < $L; i++)", layer.fanIn())
                .addStatement("int row = $N + i * $L", context.model().weightsConstant(layer), layer.units())
                .addStatement("$T x = in[i]", numeric.array())
                .beginControlFlow("for (int r = 0; r < count; r++)")
                .addStatement("$T s = x[r]", numeric.scalar())
                .addStatement("$T dr = dRows[r]", numeric.array())
                .beginControlFlow("for (int j = 0; j < $L; j++)", layer.units())
                .addStatement("g[row + j] += s * dr[j]")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    /*
     * private static void dense2InputGradient(float[] p, float[][] d, int count, float[][] out) {
     *     for (int i = 0; i < 32; i += 4) {
     *         float[] o0 = out[i]; ... float[] o3 = out[i + 3];
     *         int row = DENSE2_WEIGHTS + i * 16;
     *         float w0 = p[row]; float w1 = p[row + 16]; ...
     *         float[] x = d[0];
     *         for (int r = 0; r < count; r++) { float s = x[r]; o0[r] = s * w0; ... }
     *         for (int j = 1; j < 16; j++) {
     *             ... w0 = p[row + j]; w1 = p[row + 16 + j]; ...
     *             for (int r = 0; r < count; r++) { float s = x[r]; o0[r] += s * w0; ... }
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
        return blocked(method, layer.fanIn(), "i", width -> inputUnits(layer, width)).build();
    }

    // Inputs i .. i + width - 1: the first unit's term sets them, the others add in unit order.
    private CodeBlock inputUnits(LayerModel layer, int width) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (int u = 0; u < width; u++) {
            code.addStatement("$T o$L = out[$L]", numeric.array(), u, ModelContext.offset("i", u));
        }
        code.addStatement("int row = $N + i * $L", context.model().weightsConstant(layer), layer.units())
                .add(inputTerm(layer, width, CodeBlock.of("0"), "="));
        if (layer.units() > 1) {
            code.beginControlFlow("for (int j = 1; j < $L; j++)", layer.units())
                    .add(inputTerm(layer, width, CodeBlock.of("j"), "+="))
                    .endControlFlow();
        }
        return code.build();
    }

    // float w0 = p[row + j]; float w1 = p[row + 16 + j]; float[] x = d[j]; for (r) { float s = x[r]; o0[r] += s * w0; ... }
    private CodeBlock inputTerm(LayerModel layer, int width, CodeBlock j, String assign) {
        CodeBlock.Builder code = CodeBlock.builder().add("{\n$>");
        for (int u = 0; u < width; u++) {
            CodeBlock index = ModelContext.offset("row", u * layer.units());
            if (!j.toString().equals("0")) {
                index = CodeBlock.of("$L + $L", index, j);
            }
            code.addStatement("$T w$L = $N[$L]", numeric.scalar(), u, Names.PARAMETERS_LOCAL, index);
        }
        code.addStatement("$T x = d[$L]", numeric.array(), j)
                .beginControlFlow("for (int r = 0; r < count; r++)")
                .addStatement("$T s = x[r]", numeric.scalar());
        for (int u = 0; u < width; u++) {
            code.addStatement("o$L[r] $L s * w$L", u, assign, u);
        }
        return code.endControlFlow().add("$<}\n").build();
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
                    .addStatement("dj[r] *= $L", ActivationDerivativeCall.apply(context, layer, CodeBlock.of("zj[r]"), null))
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

    private MethodSpec.Builder kernel(LayerModel layer, String kind) {
        return MethodSpec.methodBuilder(context.kernel(layer, kind, 1, 1)).addModifiers(Modifier.PRIVATE, Modifier.STATIC);
    }

    /*
     * for (int j = 0; j < 32; j += 4) { <body of width 4> }   then, for a remainder,
     * for (int j = 32; j < 34; j++) { <body of width 1> }
     */
    private static MethodSpec.Builder blocked(MethodSpec.Builder method, int count, String index,
            IntFunction<CodeBlock> body) {
        int blocked = count - count % UNIT_BLOCK;
        if (blocked > 0) {
            method.beginControlFlow("for (int $N = 0; $N < $L; $N += $L)", index, index, blocked, index, UNIT_BLOCK)
                    .addCode(body.apply(UNIT_BLOCK))
                    .endControlFlow();
        }
        if (blocked < count) {
            method.beginControlFlow("for (int $N = $L; $N < $L; $N++)", index, blocked, index, count, index)
                    .addCode(body.apply(1))
                    .endControlFlow();
        }
        return method;
    }

    // for (int r = 0; r < count; r++) { <statement for unit 0>; ... }
    private static CodeBlock overRows(int width, IntFunction<CodeBlock> statement) {
        CodeBlock.Builder loop = CodeBlock.builder().beginControlFlow("for (int r = 0; r < count; r++)");
        for (int u = 0; u < width; u++) {
            loop.addStatement(statement.apply(u));
        }
        return loop.endControlFlow().build();
    }
}
