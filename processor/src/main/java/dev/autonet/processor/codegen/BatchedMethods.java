package dev.autonet.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.autonet.Activation;
import dev.autonet.processor.model.LayerModel;
import javax.lang.model.element.Modifier;

/**
 * Batched inference over flat row-major arrays: {@code predict(inputs, rows, outputs)} and, for
 * classifiers, {@code logits(inputs, rows, outputs)}. Rows go through in tiles of {@value #TILE_ROWS}: each
 * tile is transposed into the per-thread {@link BatchedLayerWriter tile buffers}, pushed through one method
 * per layer, and written back row-major. The results equal the single-row {@code predict}'s bit for bit.
 */
final class BatchedMethods {
    /**
     * Rows per tile. C2 unrolls a loop over the rows far enough to fill a 16-float AVX-512 vector only when
     * the loop's profiled trip count is above about 150 ({@code LoopPercentProfileLimit}), so shorter tiles
     * run mostly in scalar or narrow code (benchmarks RESULTS.md, "The 64-row loops"). Measured (JDK 17, FLOAT,
     * one thread, AVX-512; ns per row moons / µs per row 784-256-128-10 at 256 rows): 64 rows 107 / 23,
     * 128 rows 74 / 17, 256 rows 52 / 11.4, 512 rows 51 / 14.5.
     * A 784-input tile of 256 rows takes 800 KB per thread in FLOAT.
     */
    static final int TILE_ROWS = 256;

    private final ModelContext context;
    private final Numeric numeric;
    private final BatchedLayerWriter layers;

    BatchedMethods(ModelContext context) {
        this.context = context;
        this.numeric = context.numeric();
        this.layers = new BatchedLayerWriter(context);
    }

    /** Adds the tile constant, the batched API, its helpers, the tile methods and the tile workspace to {@code model}. */
    void addTo(TypeSpec.Builder model) {
        model.addField(tileField(TILE_ROWS))
                .addField(workspaceField(context))
                .addMethod(predict(", bit for bit"));
        if (context.network().isClassifier()) {
            model.addMethod(logits());
        }
        model.addMethod(forward()).addMethod(check()).addMethod(transposeIn()).addMethod(transposeOut());
        for (LayerModel layer : context.network().layers()) {
            model.addMethod(layers.write(layer));
        }
        model.addType(layers.workspaceType());
    }

    // private static final ThreadLocal<BatchWorkspace> BATCH_WORKSPACE = new ThreadLocal<BatchWorkspace>() { ... };
    static FieldSpec workspaceField(ModelContext context) {
        return InferenceFree.threadLocal("BATCH_WORKSPACE", context.batchWorkspaceClass(),
                "Each thread's own tile buffers for batched predictions, created on its first batch.\n");
    }

    // private static final int TILE = 256;
    static FieldSpec tileField(int rows) {
        return FieldSpec.builder(int.class, BatchedLayerWriter.TILE, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Rows per tile of a batched prediction; each tile's activations are held feature-major.\n")
                .initializer("$L", rows)
                .build();
    }

    /*
     * public void predict(float[] inputs, int rows, float[] outputs) { batchedForward(...); <output activation> }
     * agreement: how each row's result compares with the single-row predict's (", bit for bit").
     */
    MethodSpec predict(String agreement) {
        return predict(agreement, outputActivation(context.network().outputLayer()));
    }

    // The same with the output activation written by the caller (a VECTOR model's vector sigmoid).
    MethodSpec predict(String agreement, CodeBlock activation) {
        return api("predict")
                .addJavadoc("Writes the predictions for {@code rows} rows into {@code outputs}: row {@code r}'s features are\n"
                        + "{@code inputs[r * INPUTS ..]}, its outputs {@code outputs[r * OUTPUTS ..]}; longer arrays keep\n"
                        + "their tail. Each row's result equals {@link #predict($T[], $T[])}'s$L. Allocates\n"
                        + "nothing after a thread's first batch and is safe to call from many threads at once.\n\n"
                        + "@throws IllegalArgumentException if {@code rows} is negative or an array is too short\n",
                        numeric.scalar(), numeric.scalar(), agreement)
                .addStatement("batchedForward(inputs, rows, outputs)")
                .addCode(activation)
                .build();
    }

    // public void logits(float[] inputs, int rows, float[] outputs) { batchedForward(inputs, rows, outputs); }
    MethodSpec logits() {
        return api("logits")
                .addJavadoc("Writes the output layer's pre-activation, before $L, for {@code rows} rows laid out as in\n"
                        + "{@link #predict($T[], int, $T[])}. Allocates nothing after a thread's first batch.\n\n"
                        + "@throws IllegalArgumentException if {@code rows} is negative or an array is too short\n",
                        context.network().outputLayer().activation(), numeric.scalar(), numeric.scalar())
                .addStatement("batchedForward(inputs, rows, outputs)")
                .build();
    }

    private MethodSpec.Builder api(String name) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(numeric.array(), "inputs")
                .addParameter(int.class, "rows")
                .addParameter(numeric.array(), "outputs");
    }

    /*
     * softmax:  for (int r = 0; r < rows; r++) { Activations.softmax(outputs, r * OUTPUTS, OUTPUTS); }
     * others:   for (int k = 0; k < rows * OUTPUTS; k++) { outputs[k] = Activations.tanh(outputs[k]); }   (FLOAT SIGMOID: sigmoidFast)
     * linear:   nothing
     */
    CodeBlock outputActivation(LayerModel layer) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (layer.activation() == Activation.SOFTMAX) {
            return code.beginControlFlow("for (int r = 0; r < rows; r++)")
                    .addStatement("$T.softmax(outputs, r * OUTPUTS, OUTPUTS)", ModelContext.ACTIVATIONS)
                    .endControlFlow()
                    .build();
        }
        if (layer.activation() == Activation.LINEAR) {
            return code.build();
        }
        CodeBlock slope = null;
        if (layer.hasLearnedAlpha()) {
            code.addStatement("$T slope = parameters[$N]", numeric.scalar(), context.alphaConstant(layer));
            slope = CodeBlock.of("slope");
        }
        CodeBlock activated = ActivationCall.applyToOutput(context, layer, CodeBlock.of("outputs[k]"), slope);
        return code.beginControlFlow("for (int k = 0, end = rows * OUTPUTS; k < end; k++)")
                .addStatement("outputs[k] = $L", activated)
                .endControlFlow()
                .build();
    }

    /*
     * private void batchedForward(float[] inputs, int rows, float[] outputs) {
     *     checkBatch(inputs, rows, outputs);
     *     float[] p = parameters;
     *     BatchWorkspace tile = BATCH_WORKSPACE.get();
     *     for (int start = 0, count; start < rows; start += count) {
     *         count = Math.min(TILE, rows - start);
     *         tileIn(inputs, start, count, tile.input);
     *         tileDense1(p, tile.input, count, tile.dense1);
     *         ...
     *         tileOut(tile.dense4, start, count, outputs);
     *     }
     * }
     */
    MethodSpec forward() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("batchedForward")
                .addJavadoc("Checks the arguments, then writes the output layer's pre-activation for every row, row-major.\n")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(numeric.array(), "inputs")
                .addParameter(int.class, "rows")
                .addParameter(numeric.array(), "outputs")
                .addStatement("checkBatch(inputs, rows, outputs)")
                .addStatement("$T $N = parameters", numeric.array(), Names.PARAMETERS_LOCAL)
                .addStatement("$T tile = BATCH_WORKSPACE.get()", context.batchWorkspaceClass())
                .addComment("start + count never passes rows, so start cannot overflow")
                .beginControlFlow("for (int start = 0, count; start < rows; start += count)")
                .addStatement("count = $T.min($N, rows - start)", Math.class, BatchedLayerWriter.TILE)
                .addStatement("tileIn(inputs, start, count, tile.$N)", BatchedLayerWriter.INPUT_TILE);
        for (LayerModel layer : context.network().layers()) {
            method.addStatement("$N($N, tile.$N, count, tile.$N)", layers.methodName(layer), Names.PARAMETERS_LOCAL,
                    layers.source(layer), layers.buffer(layer));
        }
        return method.addStatement("tileOut(tile.$N, start, count, outputs)", layers.buffer(context.network().outputLayer()))
                .endControlFlow()
                .build();
    }

    /*
     * private static void checkBatch(float[] inputs, int rows, float[] outputs) {
     *     if (inputs == null) { throw new NullPointerException("inputs is null"); } ...
     *     if (rows < 0) { throw new IllegalArgumentException("rows is " + rows + ", expected at least 0"); }
     *     if (inputs.length < (long) rows * INPUTS) { throw new IllegalArgumentException("inputs has length ..."); }
     *     ...
     * }
     */
    MethodSpec check() {
        return MethodSpec.methodBuilder("checkBatch")
                .addJavadoc("Throws NullPointerException or IllegalArgumentException naming the argument, expected and actual.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(numeric.array(), "inputs")
                .addParameter(int.class, "rows")
                .addParameter(numeric.array(), "outputs")
                .addCode(InferenceFree.nullCheck("inputs", "inputs is null"))
                .addCode(InferenceFree.nullCheck("outputs", "outputs is null"))
                .beginControlFlow("if (rows < 0)")
                .addStatement("throw new $T($S + rows + $S)", IllegalArgumentException.class, "rows is ", ", expected at least 0")
                .endControlFlow()
                .addCode(lengthCheck("inputs", "INPUTS"))
                .addCode(lengthCheck("outputs", "OUTPUTS"))
                .build();
    }

    // if (inputs.length < (long) rows * INPUTS) { throw new IllegalArgumentException("inputs has length 7, expected at least 8 (4 rows of 2)"); }
    private static CodeBlock lengthCheck(String array, String width) {
        return CodeBlock.builder()
                .beginControlFlow("if ($N.length < (long) rows * $N)", array, width)
                .addStatement("throw new $T($S + $N.length + $S + (long) rows * $N + $S + rows + $S + $N + $S)",
                        IllegalArgumentException.class, array + " has length ", array, ", expected at least ", width,
                        " (", " rows of ", width, ")")
                .endControlFlow()
                .build();
    }

    /*
     * private static void tileIn(float[] inputs, int start, int count, float[] tile) {
     *     for (int r = 0; r < count; r++) {
     *         int row = (start + r) * INPUTS;
     *         for (int i = 0; i < INPUTS; i++) { tile[i][r] = inputs[row + i]; }
     *     }
     * }
     */
    private MethodSpec transposeIn() {
        return transpose("tileIn", "Copies rows start..start+count of {@code inputs} into the tile, feature-major.\n",
                "inputs", "INPUTS")
                .addStatement("tile[i][r] = inputs[row + i]")
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    // The reverse of tileIn: outputs[row + i] = tile[i][r]
    private MethodSpec transposeOut() {
        return transpose("tileOut", "Copies the output layer's tile back into rows start..start+count of {@code outputs}.\n",
                "outputs", "OUTPUTS")
                .addStatement("outputs[row + i] = tile[i][r]")
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    private MethodSpec.Builder transpose(String name, String doc, String rowMajor, String width) {
        boolean in = rowMajor.equals("inputs");
        return MethodSpec.methodBuilder(name)
                .addJavadoc(doc)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(in ? numeric.array() : ArrayTypeName.of(numeric.array()), in ? rowMajor : "tile")
                .addParameter(int.class, "start")
                .addParameter(int.class, "count")
                .addParameter(in ? ArrayTypeName.of(numeric.array()) : numeric.array(), in ? "tile" : rowMajor)
                .beginControlFlow("for (int r = 0; r < count; r++)")
                .addStatement("int row = (start + r) * $N", width)
                .beginControlFlow("for (int i = 0; i < $N; i++)", width);
    }
}
