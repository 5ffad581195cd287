package dev.autonet.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.autonet.processor.model.LayerModel;
import javax.lang.model.element.Modifier;

/**
 * Batched inference of a {@code VECTOR} model, {@code predict(inputs, rows, outputs)} and
 * {@code logits(inputs, rows, outputs)}: rows go through in tiles of {@value #TILE_ROWS}, held
 * feature-major ({@code tile[feature * TILE + row]}), and each layer's kernel puts {@code SPECIES.length()}
 * rows in a vector and broadcasts one weight at a time. Per row it performs the single-row kernel's
 * operations in the same order ({@link VectorKernel}), so batched and single-row results agree bit for
 * bit. The argument checks and the output activation are {@link BatchedMethods}'.
 */
final class VectorBatchedWriter {
    /** Rows per tile: a multiple of every species' length, so a tile's last vector never leaves its buffer. */
    static final int TILE_ROWS = 256;

    private static final ClassName THREAD_LOCAL = ClassName.get(ThreadLocal.class);

    private final ModelContext context;
    private final Numeric numeric;
    private final VectorKernel kernel;
    private final BatchedMethods scalar;

    VectorBatchedWriter(ModelContext context) {
        this.context = context;
        this.numeric = context.numeric();
        this.kernel = new VectorKernel(context);
        this.scalar = new BatchedMethods(context);
    }

    /** Adds the tile constant, the batched API, its helpers, the tile kernels and the tile workspace to {@code model}. */
    void addTo(TypeSpec.Builder model) {
        model.addField(FieldSpec.builder(int.class, "TILE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Rows per tile of a batched prediction; each tile's activations are held feature-major.\n")
                        .initializer("$L", TILE_ROWS)
                        .build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(THREAD_LOCAL, workspaceClass()),
                                "BATCH_WORKSPACE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Each thread's own tile buffers for batched predictions, created on its first batch.\n")
                        .initializer("$T.withInitial($T::new)", ThreadLocal.class, workspaceClass())
                        .build())
                .addMethod(api("predict")
                        .addJavadoc("Writes the predictions for {@code rows} rows into {@code outputs}: row {@code r}'s features are\n"
                                + "{@code inputs[r * INPUTS ..]}, its outputs {@code outputs[r * OUTPUTS ..]}; longer arrays keep\n"
                                + "their tail. Each row's result equals {@link #predict($T[], $T[])}'s, bit for bit. Allocates\n"
                                + "nothing after a thread's first batch and is safe to call from many threads at once.\n\n"
                                + "@throws IllegalArgumentException if {@code rows} is negative or an array is too short\n",
                                numeric.scalar(), numeric.scalar())
                        .addStatement("batchedForward(inputs, rows, outputs)")
                        .addCode(scalar.outputActivation(context.network().outputLayer()))
                        .build());
        if (context.network().isClassifier()) {
            model.addMethod(api("logits")
                    .addJavadoc("Writes the output layer's pre-activation, before $L, for {@code rows} rows laid out as in\n"
                            + "{@link #predict($T[], int, $T[])}. Allocates nothing after a thread's first batch.\n\n"
                            + "@throws IllegalArgumentException if {@code rows} is negative or an array is too short\n",
                            context.network().outputLayer().activation(), numeric.scalar(), numeric.scalar())
                    .addStatement("batchedForward(inputs, rows, outputs)")
                    .build());
        }
        model.addMethod(forward()).addMethod(scalar.check()).addMethod(tileIn()).addMethod(tileOut());
        for (LayerModel layer : context.network().layers()) {
            model.addMethod(layer(layer));
        }
        model.addType(workspace());
    }

    private ClassName workspaceClass() {
        return context.modelClass().nestedClass("BatchWorkspace");
    }

    private MethodSpec.Builder api(String name) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(numeric.array(), "inputs")
                .addParameter(int.class, "rows")
                .addParameter(numeric.array(), "outputs");
    }

    /*
     * private static final class BatchWorkspace {
     *     final float[] input = new float[2 * TILE];
     *     final float[] dense1 = new float[32 * TILE];
     * }
     */
    private TypeSpec workspace() {
        TypeSpec.Builder type = TypeSpec.classBuilder(workspaceClass())
                .addJavadoc("One thread's tiles, feature-major: {@code tile[feature * TILE + row]}.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addField(buffer("input", context.network().inputs(), "The tile's inputs."));
        for (LayerModel layer : context.network().layers()) {
            type.addField(buffer(context.variable(layer), layer.units(), context.isOutput(layer)
                    ? "The output layer's pre-activation." : "Activations of " + layer.name() + "."));
        }
        return type.build();
    }

    private FieldSpec buffer(String name, int features, String doc) {
        return FieldSpec.builder(numeric.array(), name, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .initializer("new $T[$L * TILE]", numeric.scalar(), features)
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
    private MethodSpec forward() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("batchedForward")
                .addJavadoc("Checks the arguments, then writes the output layer's pre-activation for every row, row-major.\n")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(numeric.array(), "inputs")
                .addParameter(int.class, "rows")
                .addParameter(numeric.array(), "outputs")
                .addStatement("checkBatch(inputs, rows, outputs)")
                .addStatement("$T $N = parameters", numeric.array(), Names.PARAMETERS_LOCAL)
                .addStatement("$T tile = BATCH_WORKSPACE.get()", workspaceClass())
                .addComment("start + count never passes rows, so start cannot overflow")
                .beginControlFlow("for (int start = 0, count; start < rows; start += count)")
                .addStatement("count = $T.min(TILE, rows - start)", Math.class)
                .addStatement("tileIn(inputs, start, count, tile.input)");
        String source = "input";
        for (LayerModel layer : context.network().layers()) {
            method.addStatement("$N($N, tile.$N, count, tile.$N)", methodName(layer), Names.PARAMETERS_LOCAL, source,
                    context.variable(layer));
            source = context.variable(layer);
        }
        return method.addStatement("tileOut(tile.$N, start, count, outputs)", source)
                .endControlFlow()
                .build();
    }

    private String methodName(LayerModel layer) {
        String variable = context.variable(layer);
        return "tile" + Character.toUpperCase(variable.charAt(0)) + variable.substring(1);
    }

    // for (int r = 0; r < count; r++) { int row = (start + r) * INPUTS; for (int i = 0; i < INPUTS; i++) { tile[i * TILE + r] = inputs[row + i]; } }
    private MethodSpec tileIn() {
        return transpose("tileIn", "Copies rows start..start+count of {@code inputs} into the tile, feature-major.\n",
                "inputs", "INPUTS", "tile[i * TILE + r] = inputs[row + i]");
    }

    // The reverse of tileIn: outputs[row + i] = tile[i * TILE + r]
    private MethodSpec tileOut() {
        return transpose("tileOut", "Copies the output layer's tile back into rows start..start+count of {@code outputs}.\n",
                "outputs", "OUTPUTS", "outputs[row + i] = tile[i * TILE + r]");
    }

    private MethodSpec transpose(String name, String doc, String rowMajor, String width, String copy) {
        boolean in = rowMajor.equals("inputs");
        return MethodSpec.methodBuilder(name)
                .addJavadoc(doc)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(numeric.array(), in ? rowMajor : "tile")
                .addParameter(int.class, "start")
                .addParameter(int.class, "count")
                .addParameter(numeric.array(), in ? "tile" : rowMajor)
                .beginControlFlow("for (int r = 0; r < count; r++)")
                .addStatement("int row = (start + r) * $N", width)
                .beginControlFlow("for (int i = 0; i < $N; i++)", width)
                .addStatement(copy)
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    /*
     * private static void tileDense2(float[] p, float[] in, int count, float[] out) {
     *     for (int r = 0; r < count; r += SPECIES.length()) {
     *         for (int j = 0; j < 16; j++) {
     *             FloatVector sum0 = FloatVector.broadcast(SPECIES, p[DENSE2_BIAS + j]); ...
     *             for (int i = 0; i < 32; i += 4) {
     *                 int w = DENSE2_WEIGHTS + i * 16 + j;
     *                 sum0 = FloatVector.fromArray(SPECIES, in, i * TILE + r).fma(FloatVector.broadcast(SPECIES, p[w]), sum0); ...
     *             }
     *             FloatVector z = sum0.add(sum1).add(sum2.add(sum3));
     *             z.max(0f).intoArray(out, j * TILE + r);
     *         }
     *     }
     * }
     */
    private MethodSpec layer(LayerModel layer) {
        ClassName vector = kernel.vector();
        boolean lanewise = kernel.lanewise(layer);
        int chains = VectorKernel.chains(layer);
        MethodSpec.Builder method = MethodSpec.methodBuilder(methodName(layer))
                .addJavadoc("$L over {@code count} rows of a tile, SPECIES.length() rows at a time. The last vector may\n"
                        + "run past {@code count} into rows left over from an earlier tile; their results are never read.\n",
                        LayerMethods.comment(context, layer))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(numeric.array(), Names.PARAMETERS_LOCAL)
                .addParameter(numeric.array(), "in")
                .addParameter(int.class, "count")
                .addParameter(numeric.array(), "out")
                .addCode(kernel.slope(layer))
                .beginControlFlow("for (int r = 0; r < count; r += $N.length())", VectorKernel.SPECIES)
                .beginControlFlow("for (int j = 0; j < $L; j++)", layer.units())
                .addStatement("$T sum0 = $T.broadcast($N, $N[$N + j])", vector, vector, VectorKernel.SPECIES,
                        Names.PARAMETERS_LOCAL, context.biasConstant(layer));
        for (int c = 1; c < chains; c++) {
            method.addStatement("$T sum$L = $T.zero($N)", vector, c, vector, VectorKernel.SPECIES);
        }
        method.addCode(VectorForwardWriter.inputs(context, layer, "j", (c, i, w) -> CodeBlock.of(
                "sum$L = $T.fromArray($N, in, $L).fma($T.broadcast($N, $N[$L]), sum$L)", c, vector,
                VectorKernel.SPECIES, rowOf(i), vector, VectorKernel.SPECIES, Names.PARAMETERS_LOCAL, w, c)));
        CodeBlock stored = lanewise ? kernel.activateVector(layer, CodeBlock.of("z")) : CodeBlock.of("z");
        method.addStatement("$T z = $L", vector, VectorKernel.combine(chains, true))
                .addStatement("$L.intoArray(out, j * TILE + r)", stored)
                .endControlFlow()
                .endControlFlow();
        if (!lanewise) {
            method.beginControlFlow("for (int j = 0; j < $L; j++)", layer.units())
                    .beginControlFlow("for (int k = j * TILE, end = k + count; k < end; k++)")
                    .addStatement("out[k] = $L", kernel.activateScalar(layer, CodeBlock.of("out[k]")))
                    .endControlFlow()
                    .endControlFlow();
        }
        return method.build();
    }

    // i * TILE + r, or 3 * TILE + r for a constant input index
    private static CodeBlock rowOf(CodeBlock i) {
        String text = i.toString();
        if (text.equals("0")) {
            return CodeBlock.of("r");
        }
        return text.matches("[0-9a-z]+") ? CodeBlock.of("$L * TILE + r", text) : CodeBlock.of("($L) * TILE + r", i);
    }
}
