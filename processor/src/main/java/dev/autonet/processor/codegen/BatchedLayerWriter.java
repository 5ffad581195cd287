package dev.autonet.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
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
     * Units computed together: each input row loaded once feeds four accumulators. Measured on layer 1 of
     * 784-256-128-10 (JDK 17, 128 rows): 18 µs per row one unit at a time, 10 µs in blocks of 4; blocks of 8
     * were no longer vectorized (45 µs).
     */
    static final int UNIT_BLOCK = 4;

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
     * Units in blocks of {@value #UNIT_BLOCK}, then any left over one at a time; inputs two at a time in a
     * full tile, else one at a time:
     * <pre>
     * private static void tileDense2(float[] p, float[][] in, int count, float[][] out) {
     *     for (int j = 0; j < 16; j += 4) {
     *         float[] acc0 = out[j]; ... float[] acc3 = out[j + 3];
     *         float b0 = p[DENSE2_BIAS + j]; ... float b3 = p[DENSE2_BIAS + j + 3];
     *         for (int r = 0; r < count; r++) { acc0[r] = b0; ... acc3[r] = b3; }
     *         if (count == TILE) {
     *             for (int i = 0; i < 32; i += 2) {
     *                 int row = DENSE2_WEIGHTS + i * 16 + j;
     *                 float w0 = p[row]; ... float v0 = p[row + 16]; ...
     *                 float[] x = in[i]; float[] y = in[i + 1];
     *                 for (int r = 0; r < count; r++) { float s = x[r]; float t = y[r]; acc0[r] = acc0[r] + s * w0 + t * v0; ... }
     *             }
     *         } else {
     *             for (int i = 0; i < 32; i++) { ... acc0[r] += s * w0; ... }
     *         }
     *         for (int r = 0; r < count; r++) { acc0[r] = Activations.relu(acc0[r]); ... }
     *     }
     * }
     * </pre>
     * Every unit still adds its bias first and then its inputs in order, as the single-row code does. Measured
     * (JDK 17, FLOAT, AVX-512; ns per row moons / µs per row 784-256-128-10): 256 rows, one input a pass
     * 62 / 16, two 34 / 7.9; 100 rows, one input a pass 53 / 15, two 132 / 41 (not vectorized), so the
     * pairs only run on full tiles.
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
        int blocked = layer.units() - layer.units() % UNIT_BLOCK;
        if (blocked > 0) {
            method.beginControlFlow("for (int j = 0; j < $L; j += $L)", blocked, UNIT_BLOCK)
                    .addCode(units(layer, UNIT_BLOCK, slope))
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
        code.add(overRows(width, u -> CodeBlock.of("acc$L[r] = b$L", u, u)));
        int paired = layer.fanIn() - layer.fanIn() % 2;
        if (paired > 0) {
            // Two inputs a pass halve the accumulators' loads and stores, but C2 only vectorizes the larger
            // loop when its profile shows long trips: a full tile. Partial tiles take one input a pass.
            code.beginControlFlow("if (count == $N)", TILE)
                    .beginControlFlow("for (int i = 0; i < $L; i += 2)", paired)
                    .add(inputs(layer, width, CodeBlock.of("i"), true))
                    .endControlFlow();
            if (paired < layer.fanIn()) {
                code.add(inputs(layer, width, CodeBlock.of("$L", paired), false));
            }
            code.nextControlFlow("else");
        }
        code.beginControlFlow("for (int i = 0; i < $L; i++)", layer.fanIn())
                .add(inputs(layer, width, CodeBlock.of("i"), false))
                .endControlFlow();
        if (paired > 0) {
            code.endControlFlow();
        }
        if (!context.isOutput(layer) && layer.activation() != Activation.LINEAR) {
            code.add(overRows(width, u -> CodeBlock.of("acc$L[r] = $L", u,
                    ActivationCall.apply(context, layer, CodeBlock.of("acc$L[r]", u), slope))));
        }
        return code.build();
    }

    /*
     * Inputs i and i + 1 (paired) or input i alone, added to every accumulator in order:
     *     int row = DENSE2_WEIGHTS + i * 16 + j;
     *     float w0 = p[row]; ...  float v0 = p[row + 16]; ...
     *     float[] x = in[i]; float[] y = in[i + 1];
     *     for (int r = 0; r < count; r++) { float s = x[r]; float t = y[r]; acc0[r] = acc0[r] + s * w0 + t * v0; ... }
     * Java adds left to right, so acc + s * w + t * v rounds exactly as two separate additions.
     */
    private CodeBlock inputs(LayerModel layer, int width, CodeBlock i, boolean paired) {
        Numeric numeric = context.numeric();
        String p = Names.PARAMETERS_LOCAL;
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("int row = $N + $L * $L + j", context.weightsConstant(layer), i, layer.units());
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
        code.beginControlFlow("for (int r = 0; r < count; r++)")
                .addStatement("$T s = x[r]", numeric.scalar());
        if (paired) {
            code.addStatement("$T t = y[r]", numeric.scalar());
        }
        for (int u = 0; u < width; u++) {
            if (paired) {
                code.addStatement("acc$L[r] = acc$L[r] + s * w$L + t * v$L", u, u, u, u);
            } else {
                code.addStatement("acc$L[r] += s * w$L", u, u);
            }
        }
        return code.endControlFlow().build();
    }

    private static CodeBlock plusJ(int u) {
        return ModelContext.offset("j", u);
    }

    // for (int r = 0; r < count; r++) { <statement for unit 0>; ... <statement for unit width - 1>; }
    private static CodeBlock overRows(int width, IntFunction<CodeBlock> statement) {
        CodeBlock.Builder loop = CodeBlock.builder().beginControlFlow("for (int r = 0; r < count; r++)");
        for (int u = 0; u < width; u++) {
            loop.addStatement(statement.apply(u));
        }
        return loop.endControlFlow().build();
    }

    // private static final ThreadLocal<BatchWorkspace> BATCH_WORKSPACE = ThreadLocal.withInitial(BatchWorkspace::new);
    FieldSpec workspaceField() {
        return FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(ThreadLocal.class), workspaceClass()),
                        "BATCH_WORKSPACE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Each thread's own tile buffers for batched predictions, created on its first batch.\n")
                .initializer("$T.withInitial($T::new)", ThreadLocal.class, workspaceClass())
                .build();
    }

    /*
     * private static final class BatchWorkspace {
     *     final float[][] input = new float[2][MoonsModel.TILE];
     *     final float[][] dense1 = new float[32][MoonsModel.TILE];
     *     ...
     * }
     */
    TypeSpec workspaceType() {
        TypeSpec.Builder type = TypeSpec.classBuilder(workspaceClass())
                .addJavadoc("One tile of one thread's batched predictions, every layer feature-major: [units][TILE].\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addField(tileBuffer(INPUT_TILE, context.network().inputs(), "The tile's input rows, transposed."));
        for (LayerModel layer : context.network().layers()) {
            String doc = context.isOutput(layer) ? "The output layer's pre-activation." : "Activations of " + layer.name() + ".";
            type.addField(tileBuffer(buffer(layer), layer.units(), doc));
        }
        return type.build();
    }

    ClassName workspaceClass() {
        return context.modelClass().nestedClass("BatchWorkspace");
    }

    private FieldSpec tileBuffer(String name, int features, String doc) {
        return FieldSpec.builder(ArrayTypeName.of(context.numeric().array()), name, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                // qualified: a layer named TILE would otherwise shadow the constant with its own field
                .initializer("new $T[$L][$T.$N]", context.numeric().scalar(), features, context.modelClass(), TILE)
                .build();
    }
}
