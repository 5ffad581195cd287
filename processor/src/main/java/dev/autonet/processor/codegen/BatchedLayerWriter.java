package dev.autonet.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.autonet.Activation;
import dev.autonet.processor.model.LayerModel;
import java.util.Locale;
import java.util.function.IntFunction;
import javax.lang.model.element.Modifier;

/**
 * The tile side of batched inference: one method per layer over a tile of rows held feature-major
 * ({@code [units][TILE]}, one array per feature), and the per-thread tile buffers. Each layer's innermost
 * loop runs over the tile's rows with the weights held in locals, a loop C2 vectorizes whatever the layer's
 * width; a row-at-a-time loop over 8 to 32 units gives it little to vectorize. One array per feature,
 * indexed from 0, because C2 on JDK 17 left {@code out[unit + r] += in[feature + r] * w} over flat tiles
 * scalar (0.5 ns per element against 0.1 to 0.17). Weights are read from the flat parameters, so training
 * and {@code parameters()} need nothing else kept in step. Every unit accumulates its bias first and then
 * its inputs in order, exactly as the single-row methods do, so both give the same bits.
 */
final class BatchedLayerWriter {
    /** The constant naming the rows per tile in generated code. */
    static final String TILE = "TILE";
    /** The tile buffer that receives the input rows transposed; "input" is reserved, so no layer takes it. */
    static final String INPUT_TILE = Names.INPUT;
    /**
     * The widest fan-in at which a full tile's passes take {@link Blocking#NARROW}, four inputs by two units;
     * wider layers take {@link Blocking#WIDE}, two inputs by four units. Measured by the benchmarks module's
     * {@code TileKernelBenchmark} (see benchmarks/RESULTS.md, "Shape choices"): on moons' 32 → 16 four
     * inputs a pass save the accumulators' loads and stores; on 784 → 256 the input tile no longer fits the
     * L1 cache, and four units a pass read each input row half as often.
     */
    static final int NARROW_FAN_IN = 32;
    /** In {@link #inputs}: the input is the loop's {@code i}, not a constant. */
    private static final int LOOP = -1;

    /**
     * How a layer's work is grouped: inputs added a pass on a full tile, and units computed together (each
     * input row loaded once feeds that many accumulators, on full and partial tiles). C2 stops vectorizing
     * larger passes: eight inputs by one unit and four by four stayed scalar.
     */
    record Blocking(int inputs, int units) {
        static final Blocking NARROW = new Blocking(4, 2);
        static final Blocking WIDE = new Blocking(2, 4);

        static Blocking of(LayerModel layer) {
            return layer.fanIn() <= NARROW_FAN_IN ? NARROW : WIDE;
        }
    }

    private final ModelContext context;

    BatchedLayerWriter(ModelContext context) {
        this.context = context;
    }

    /** {@code tileDense1}: the tile method of {@code layer}. */
    String methodName(LayerModel layer) {
        String variable = context.variable(layer);
        return "tile" + variable.substring(0, 1).toUpperCase(Locale.ROOT) + variable.substring(1);
    }

    /** The tile buffer {@code layer} writes: its own variable, so unique and never "input". */
    String buffer(LayerModel layer) {
        return context.variable(layer);
    }

    /** The tile buffer {@code layer} reads. */
    String source(LayerModel layer) {
        return layer.index() == 0 ? INPUT_TILE : buffer(context.network().layers().get(layer.index() - 1));
    }

    /**
     * Units in blocks of the layer's {@link Blocking#units}, then any left over one at a time. On a full tile
     * the inputs go in passes of {@link Blocking#inputs}: the first pass starts from the bias, the last one
     * applies ReLU, and the passes between loop; a partial tile takes one input a pass, with the bias and the
     * activation in passes of their own. For moons' dense2 (32 inputs, so four a pass by two units):
     * <pre>
     * private static void tileDense2(float[] p, float[][] in, int count, float[][] out) {
     *     for (int j = 0; j < 16; j += 2) {
     *         float[] acc0 = out[j]; float[] acc1 = out[j + 1];
     *         float b0 = p[DENSE2_BIAS + j]; float b1 = p[DENSE2_BIAS + j + 1];
     *         if (count == TILE) {
     *             { int row = DENSE2_WEIGHTS + j; float w0_0 = p[row]; ... float[] x0 = in[0]; ... float[] x3 = in[3];
     *               for (int r = 0; r < TILE; r++) { ...; acc0[r] = b0 + s0 * w0_0 + s1 * w1_0 + s2 * w2_0 + s3 * w3_0; ... } }
     *             for (int i = 4; i < 28; i += 4) { ... acc0[r] = acc0[r] + s0 * w0_0 + ... }
     *             { ... acc0[r] = Activations.relu(acc0[r] + s0 * w0_0 + ...); ... }
     *         } else {
     *             for (int r = 0; r < count; r++) { acc0[r] = b0; acc1[r] = b1; }
     *             for (int i = 0; i < 32; i++) { ... acc0[r] = acc0[r] + s * w0; ... }
     *             for (int r = 0; r < count; r++) { acc0[r] = Activations.relu(acc0[r]); ... }
     *         }
     *     }
     * }
     * </pre>
     * Every unit still adds its bias first and then its inputs in order, as the single-row code does, so the
     * bits are the same. Several inputs a pass only on full tiles: measured (JDK 17, FLOAT, AVX-512; ns per
     * row moons / µs per row 784-256-128-10), 256 rows, one input a pass 62 / 16, two 34 / 7.9; 100 rows, one
     * input a pass 53 / 15, two 132 / 41 (not vectorized: C2 only vectorizes the larger loop when its profile
     * shows long trips). On a full tile the row loops run to the constant {@code TILE} rather than to
     * {@code count}, so C2 knows their trip count instead of taking it from the profile: moons batched on
     * JDK 25, 10 of 12 forks at 24.2–25.2 ns/row against 4 of 12 with {@code count} (the others up to 34);
     * on JDK 17 no difference (both 24.8–27.2 or 29–45 per fork); results/2026-11-30-tile-bound.txt.
     */
    MethodSpec write(LayerModel layer) {
        Numeric numeric = context.numeric();
        ArrayTypeName tile = ArrayTypeName.of(numeric.array());
        MethodSpec.Builder method = MethodSpec.methodBuilder(methodName(layer))
                .addJavadoc("$L over {@code count} rows of a tile, feature-major.$L\n", ModelContext.describe(layer),
                        context.isOutput(layer)
                                ? "\n<p>Writes the output layer's pre-activation; the caller applies its activation."
                                : "")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(numeric.array(), Names.PARAMETERS_LOCAL)
                .addParameter(tile, "in")
                .addParameter(int.class, "count")
                .addParameter(tile, "out");
        CodeBlock slope = null;
        if (!context.isOutput(layer) && layer.hasLearnedAlpha()) {
            method.addStatement("$T slope = $N[$N]", numeric.scalar(), Names.PARAMETERS_LOCAL, context.alphaConstant(layer));
            slope = CodeBlock.of("slope");
        }
        Blocking blocking = Blocking.of(layer);
        int blocked = layer.units() - layer.units() % blocking.units();
        if (blocked > 0) {
            method.beginControlFlow("for (int j = 0; j < $L; j += $L)", blocked, blocking.units())
                    .addCode(units(layer, blocking.units(), slope))
                    .endControlFlow();
        }
        if (blocked < layer.units()) {
            method.beginControlFlow("for (int j = $L; j < $L; j++)", blocked, layer.units())
                    .addCode(units(layer, 1, slope))
                    .endControlFlow();
        }
        return method.build();
    }

    // The body over units j .. j + width - 1: bias, weighted inputs, activation.
    private CodeBlock units(LayerModel layer, int width, CodeBlock slope) {
        Numeric numeric = context.numeric();
        String p = Names.PARAMETERS_LOCAL;
        CodeBlock.Builder code = CodeBlock.builder();
        for (int u = 0; u < width; u++) {
            code.addStatement("$T acc$L = out[$L]", numeric.array(), u, plusJ(u));
        }
        for (int u = 0; u < width; u++) {
            code.addStatement("$T b$L = $N[$N + $L]", numeric.scalar(), u, p, context.biasConstant(layer), plusJ(u));
        }
        boolean activated = !context.isOutput(layer) && layer.activation() != Activation.LINEAR;
        boolean fused = activated && layer.activation() == Activation.RELU;
        int fanIn = layer.fanIn();
        if (fanIn > 1) {
            // Several inputs a pass cut the accumulators' loads and stores; the first pass starts from the
            // bias and, for ReLU, the last applies it.
            code.beginControlFlow("if (count == $N)", TILE);
            int block = Blocking.of(layer).inputs();
            int full = fanIn / block;
            int tail = fanIn % block;
            int passes = full + (tail > 0 ? 1 : 0);
            // passes 0 .. passes - 1; the first and the last are written out, the full ones between loop
            int firstSize = full > 0 ? block : tail;
            code.add(scoped(inputs(layer, width, 0, new Pass(firstSize, true, fused && passes == 1, slope, TILE))));
            if (passes > 1) {
                int lastStart = fanIn - (tail > 0 ? tail : block);
                if (lastStart > block) {
                    code.beginControlFlow("for (int i = $L; i < $L; i += $L)", block, lastStart, block)
                            .add(inputs(layer, width, LOOP, new Pass(block, false, false, slope, TILE)))
                            .endControlFlow();
                }
                code.add(scoped(inputs(layer, width, lastStart, new Pass(fanIn - lastStart, false, fused, slope, TILE))));
            }
            if (activated && !fused) {
                code.add(activation(layer, width, slope, TILE));
            }
            code.nextControlFlow("else");
        }
        code.add(overRows("count", width, u -> CodeBlock.of("acc$L[r] = b$L", u, u)));
        code.beginControlFlow("for (int i = 0; i < $L; i++)", fanIn)
                .add(inputs(layer, width, LOOP, new Pass(1, false, false, slope, "count")))
                .endControlFlow();
        if (activated) {
            code.add(activation(layer, width, slope, "count"));
        }
        if (fanIn > 1) {
            code.endControlFlow();
        }
        return code.build();
    }

    // { <code> }: a pass outside the loop over inputs, in a block of its own so its locals do not clash.
    private static CodeBlock scoped(CodeBlock code) {
        return CodeBlock.builder().add("{\n").indent().add(code).unindent().add("}\n").build();
    }

    // for (int r = 0; r < rows; r++), rows TILE or count: { acc0[r] = Activations.relu(acc0[r]); ... }
    private CodeBlock activation(LayerModel layer, int width, CodeBlock slope, String rows) {
        return overRows(rows, width, u -> CodeBlock.of("acc$L[r] = $L", u,
                ActivationCall.apply(context, layer, CodeBlock.of("acc$L[r]", u), slope)));
    }

    /**
     * One pass over the tile's rows: {@code inputs} consecutive inputs (1 to the layer's {@link Blocking#inputs}),
     * starting from the accumulators or from the biases, and applying the activation to the sum or not.
     * Only ReLU is applied inside a pass: C2 vectorizes {@code Math.max} with the multiply-adds, while a
     * branch or a call would leave the whole loop scalar.
     */
    private record Pass(int inputs, boolean fromBias, boolean activate, CodeBlock slope, String rows) {}

    /*
     * Inputs i .. i + n - 1 added to every accumulator in order, for n = 2:
     *     int row = DENSE2_WEIGHTS + i * 16 + j;
     *     float w0_0 = p[row]; float w0_1 = p[row + 1]; float w1_0 = p[row + 16]; float w1_1 = p[row + 17];
     *     float[] x0 = in[i]; float[] x1 = in[i + 1];
     *     for (int r = 0; r < TILE; r++) {   (count on a partial tile)
     *         float s0 = x0[r]; float s1 = x1[r];
     *         acc0[r] = acc0[r] + s0 * w0_0 + s1 * w1_0; acc1[r] = acc1[r] + s0 * w0_1 + s1 * w1_1;
     *     }
     * Java adds left to right, so acc + s0 * w + s1 * v rounds exactly as two separate additions, and
     * b + s0 * w + s1 * v as the single-row code's first two terms.
     */
    private CodeBlock inputs(LayerModel layer, int width, int input, Pass pass) {
        Numeric numeric = context.numeric();
        String p = Names.PARAMETERS_LOCAL;
        int n = pass.inputs();
        CodeBlock.Builder code = CodeBlock.builder();
        if (input == LOOP) {
            code.addStatement("int row = $N + i * $L + j", context.weightsConstant(layer), layer.units());
        } else if (input == 0) {
            code.addStatement("int row = $N + j", context.weightsConstant(layer));
        } else {
            code.addStatement("int row = $N + $L + j", context.weightsConstant(layer), input * layer.units());
        }
        for (int m = 0; m < n; m++) {
            for (int u = 0; u < width; u++) {
                code.addStatement("$T $L = $N[$L]", numeric.scalar(), weight(n, width, m, u), p,
                        ModelContext.offset("row", m * layer.units() + u));
            }
        }
        for (int m = 0; m < n; m++) {
            CodeBlock index = input == LOOP ? ModelContext.offset("i", m) : CodeBlock.of("$L", input + m);
            code.addStatement("$T $L = in[$L]", numeric.array(), n == 1 ? "x" : "x" + m, index);
        }
        code.beginControlFlow("for (int r = 0; r < $N; r++)", pass.rows());
        for (int m = 0; m < n; m++) {
            code.addStatement("$T $L = $L[r]", numeric.scalar(), n == 1 ? "s" : "s" + m, n == 1 ? "x" : "x" + m);
        }
        for (int u = 0; u < width; u++) {
            CodeBlock.Builder sum = CodeBlock.builder().add(pass.fromBias() ? "b$L" : "acc$L[r]", u);
            for (int m = 0; m < n; m++) {
                sum.add(" + $L * $L", n == 1 ? "s" : "s" + m, weight(n, width, m, u));
            }
            CodeBlock value = pass.activate()
                    ? ActivationCall.apply(context, layer, sum.build(), pass.slope())
                    : sum.build();
            code.addStatement("acc$L[r] = $L", u, value);
        }
        return code.endControlFlow().build();
    }

    // w0_1: input m's weight for unit u; just w1 when a pass has one input, w when it has one unit too.
    private static String weight(int inputs, int width, int m, int u) {
        if (inputs == 1) {
            return width == 1 ? "w" : "w" + u;
        }
        return width == 1 ? "w" + m : "w" + m + "_" + u;
    }

    private static CodeBlock plusJ(int u) {
        return ModelContext.offset("j", u);
    }

    // for (int r = 0; r < rows; r++) { <statement for unit 0>; ... <statement for unit width - 1>; }
    private static CodeBlock overRows(String rows, int width, IntFunction<CodeBlock> statement) {
        CodeBlock.Builder loop = CodeBlock.builder().beginControlFlow("for (int r = 0; r < $N; r++)", rows);
        for (int u = 0; u < width; u++) {
            loop.addStatement(statement.apply(u));
        }
        return loop.endControlFlow().build();
    }

    /*
     * private static final class BatchWorkspace {
     *     final float[][] input = new float[2][MoonsModel.TILE];
     *     final float[][] dense1 = new float[32][MoonsModel.TILE];
     *     ...
     * }
     */
    TypeSpec workspaceType() {
        TypeSpec.Builder type = TypeSpec.classBuilder(context.batchWorkspaceClass())
                .addJavadoc("One tile of one thread's batched predictions, every layer feature-major: [units][TILE].\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addField(tileBuffer(INPUT_TILE, context.network().inputs(), "The tile's input rows, transposed."));
        for (LayerModel layer : context.network().layers()) {
            String doc = context.isOutput(layer) ? "The output layer's pre-activation." : "Activations of " + layer.name() + ".";
            type.addField(tileBuffer(buffer(layer), layer.units(), doc));
        }
        return type.build();
    }

    private FieldSpec tileBuffer(String name, int features, String doc) {
        return FieldSpec.builder(ArrayTypeName.of(context.numeric().array()), name, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                // qualified: a layer named TILE would otherwise shadow the constant with its own field
                .initializer("new $T[$L][$T.$N]", context.numeric().scalar(), features, context.modelClass(), TILE)
                .build();
    }
}
