package dev.autonet.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.autonet.processor.model.LayerModel;
import javax.lang.model.element.Modifier;

/**
 * Batched inference of a {@code VECTOR} model, {@code predict(inputs, rows, outputs)} and
 * {@code logits(inputs, rows, outputs)}: rows go through in tiles of {@value #TILE_ROWS}, held
 * feature-major ({@code tile[feature * TILE + row]}), and each layer's kernel holds
 * {@value #ROW_VECTORS} vectors of rows by {@value #UNITS_PER_BLOCK} units in registers: a vector of rows,
 * loaded once per input, serves several units, and a broadcast weight serves several vectors of rows.
 * Each unit is one running sum over its inputs in order, where the single-row kernel may split it into
 * partial sums ({@link VectorKernel#chains}) to hide latency that many rows already hide here; so the
 * two agree to rounding, not bit for bit. The API methods, their argument checks, the tile loop and the
 * output activation are {@link BatchedMethods}'.
 */
final class VectorBatchedWriter {
    /**
     * Rows per tile: a multiple of ROW_VECTORS times every species' length, so no vector leaves its buffer.
     * Measured (JMH, 3 forks a JDK, results/2026-11-30-vector-tile.txt): 784-256-128-10 at 256 rows per batch
     * 5.1–7.2 µs per row with 64-row tiles, 7.5–8.4 with 128 and 8.0–10.2 with 256 (its 784-feature input tile
     * alone is 784 KB at 256 rows, 196 KB at 64); moons 19.6–23.6 ns per row with any of the three. 32-row tiles
     * gave nothing more (5.2–6.3 µs, moons 19.9–28.4 ns, against 5.1–5.7 µs and 19.7–29.3 ns in the same run).
     */
    static final int TILE_ROWS = 64;

    /**
     * The species of the tile kernels, whose vectors run over rows: the single-row kernels' own. A wider one
     * (SPECIES_PREFERRED, 512 bits with AVX-512) measured faster here in isolation, but a JVM that ran both
     * widths left JDK 17's C2 boxing every vector of the tile kernels (BatchedAllocationTest caught it).
     */
    static final String ROW_SPECIES = VectorKernel.SPECIES;
    /**
     * Vectors of rows a tile kernel works on at once; each weight it broadcasts serves all of them. With
     * {@link #UNITS_PER_BLOCK} that is 16 sums in registers. Measured (JDK 17, moons FLOAT, ns per row, JMH,
     * load 2 to 4): 2 × 2 sums 44 (under load 5), 2 rows × 4 units 26.4, 4 × 4 24.6; 784-256-128-10: 11.1 and
     * 8.5 µs per row.
     */
    static final int ROW_VECTORS = 4;
    /** Units a tile kernel works on at once; each vector of rows it loads serves all of them. */
    static final int UNITS_PER_BLOCK = 4;

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
        model.addField(BatchedMethods.tileField(TILE_ROWS))
                .addField(BatchedMethods.workspaceField(context))
                .addMethod(scalar.predict(" to rounding", outputActivation()));
        if (vectorSigmoid()) {
            model.addField(vectorSigmoidField()).addMethod(sigmoidRows());
        }
        if (context.network().isClassifier()) {
            model.addMethod(scalar.logits());
        }
        // the tile loop is the SCALAR one: same workspace class, buffer names and tile method names
        model.addMethod(scalar.forward()).addMethod(scalar.check()).addMethod(tileIn()).addMethod(tileOut());
        for (LayerModel layer : context.network().layers()) {
            model.addMethod(layer(layer));
        }
        model.addType(workspace());
    }

    // A FLOAT SIGMOID output, which the SCALAR code computes with Activations.sigmoidFast one value at a time.
    private boolean vectorSigmoid() {
        return ActivationCall.fastSigmoid(numeric, context.network().outputLayer());
    }

    /*
     * FLOAT SIGMOID:  if (VECTOR_SIGMOID) { sigmoidRows(outputs, rows * OUTPUTS); } else { <BatchedMethods' loop> }
     * others:         BatchedMethods' output activation
     * The JDK test sits here, not in sigmoidRows, so that VectorSigmoidTest can run the vector loop on JDK 17 too.
     */
    private CodeBlock outputActivation() {
        CodeBlock scalarLoop = scalar.outputActivation(context.network().outputLayer());
        if (!vectorSigmoid()) {
            return scalarLoop;
        }
        return CodeBlock.builder()
                .beginControlFlow("if (VECTOR_SIGMOID)")
                .addStatement("sigmoidRows(outputs, rows * OUTPUTS)")
                .nextControlFlow("else")
                .add(scalarLoop)
                .endControlFlow()
                .build();
    }

    // private static final boolean VECTOR_SIGMOID = Runtime.version().feature() >= 25;
    private static FieldSpec vectorSigmoidField() {
        return FieldSpec.builder(boolean.class, "VECTOR_SIGMOID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Whether batched predictions take the output sigmoid on vectors (0.41 against 2.5 ns a value one\n"
                        + "at a time, JDK 25): on JDK 25 and later. On JDK 17, once a model had run a vector sigmoid, C2 left\n"
                        + "another VECTOR model's kernels in the same JVM boxing their vectors; JDK 18 to 24 were not tested.\n")
                .initializer("$T.version().feature() >= 25", Runtime.class)
                .build();
    }

    /*
     * private static void sigmoidRows(float[] values, int end) {
     *     int k = 0;
     *     for (int upper = SPECIES.loopBound(end); k < upper; k += SPECIES.length()) {
     *         <Activations.sigmoidFast on a vector, operation for operation>
     *     }
     *     for (; k < end; k++) { values[k] = Activations.sigmoidFast(values[k]); }
     * }
     * Only operations that round once, as IEEE 754 says (fma, add, mul, div, min, max, shifts of the bits), so
     * the interpreter's and C1's fallbacks and C2's instructions give the same bits, and the same bits as the
     * scalar method; VectorOperators.EXP did not (1 ulp apart before and after C2 compiled it, JDK 25).
     */
    private MethodSpec sigmoidRows() {
        ClassName vector = kernel.vector();
        ClassName a = ModelContext.ACTIVATIONS;
        return MethodSpec.methodBuilder("sigmoidRows")
                .addJavadoc("Replaces {@code values[0 .. end)} by their sigmoid: {@code Activations.sigmoidFast} on vectors,\n"
                        + "operation for operation and with its constants, so each value gets the same bits as from the\n"
                        + "scalar method, which takes the values past the last whole vector.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(numeric.array(), "values")
                .addParameter(int.class, "end")
                .addStatement("$T one = $T.broadcast($L, 1f)", vector, vector, ROW_SPECIES)
                .addStatement("int k = 0")
                .beginControlFlow("for (int upper = $L.loopBound(end); k < upper; k += $L.length())", ROW_SPECIES, ROW_SPECIES)
                .addStatement("$T x = $T.fromArray($L, values, k).neg().max($T.EXPF_LOWEST).min($T.EXPF_HIGHEST)",
                        vector, vector, ROW_SPECIES, a, a)
                .addStatement("$T shifted = x.fma($T.EXPF_LOG2E, $T.EXPF_ROUND_SHIFT)", vector, a, a)
                .addStatement("$T n = shifted.sub($T.EXPF_ROUND_SHIFT)", vector, a)
                .addStatement("$T r = n.fma($T.broadcast($L, $T.EXPF_MINUS_LN2_HIGH), x)", vector, vector, ROW_SPECIES, a)
                .addStatement("r = n.fma($T.broadcast($L, $T.EXPF_MINUS_LN2_LOW), r)", vector, ROW_SPECIES, a)
                .addStatement("$T poly = r.fma($T.EXPF_P0, $T.EXPF_P1)", vector, a, a)
                .addStatement("poly = poly.fma(r, $T.broadcast($L, $T.EXPF_P2))", vector, ROW_SPECIES, a)
                .addStatement("poly = poly.fma(r, $T.broadcast($L, $T.EXPF_P3))", vector, ROW_SPECIES, a)
                .addStatement("poly = poly.fma(r, $T.broadcast($L, $T.EXPF_P4))", vector, ROW_SPECIES, a)
                .addStatement("poly = poly.fma(r, $T.broadcast($L, $T.EXPF_P5))", vector, ROW_SPECIES, a)
                .addStatement("poly = poly.fma(r.mul(r), r).add(1f)")
                .addStatement("$T twoToN = shifted.reinterpretAsInts().lanewise($T.LSHL, 23).add($T.FLOAT_ONE_BITS)"
                        + ".reinterpretAsFloats()", vector, VectorKernel.VECTOR_OPERATORS, a)
                .addStatement("one.div(poly.mul(twoToN).add(1f)).intoArray(values, k)")
                .endControlFlow()
                .beginControlFlow("for (; k < end; k++)")
                .addStatement("values[k] = $T.sigmoidFast(values[k])", a)
                .endControlFlow()
                .build();
    }

    /*
     * private static final class BatchWorkspace {
     *     final float[] input = new float[2 * TILE];
     *     final float[] dense1 = new float[32 * TILE];
     * }
     */
    private TypeSpec workspace() {
        TypeSpec.Builder type = TypeSpec.classBuilder(context.batchWorkspaceClass())
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
     *     int lanes = SPECIES.length();
     *     for (int r = 0; r < count; r += 4 * lanes) {
     *         int j = 0;
     *         for (; j < 16; j += 4) {
     *             FloatVector sum0 = FloatVector.broadcast(SPECIES, p[DENSE2_BIAS + j]);  // unit j, rows r..
     *             FloatVector sum1 = FloatVector.broadcast(SPECIES, p[DENSE2_BIAS + j]);  // unit j, rows r + lanes..
     *             ...                                                          // rows up to r + 4 * lanes, units up to j + 3
     *             for (int i = 0; i < 32; i++) {
     *                 int w = DENSE2_WEIGHTS + i * 16 + j;
     *                 FloatVector x0 = FloatVector.fromArray(SPECIES, in, i * TILE + r);
     *                 FloatVector x1 = FloatVector.fromArray(SPECIES, in, i * TILE + r + lanes);
     *                 FloatVector w0 = FloatVector.broadcast(SPECIES, p[w]);
     *                 sum0 = x0.fma(w0, sum0);
     *                 sum1 = x1.fma(w0, sum1); ...
     *             }
     *             <ReLU of sum0>.intoArray(out, j * TILE + r);
     *             <ReLU of sum1>.intoArray(out, j * TILE + r + lanes); ...
     *         }
     *     }
     * }
     */
    private MethodSpec layer(LayerModel layer) {
        boolean lanewise = kernel.lanewise(layer);
        int block = Math.min(UNITS_PER_BLOCK, layer.units());
        int blocked = layer.units() / block * block;
        MethodSpec.Builder method = MethodSpec.methodBuilder(methodName(layer))
                .addJavadoc("$L over {@code count} rows of a tile: $L vectors of rows by $L unit(s) at a time, one\n"
                        + "sum per unit and row. The last vectors may run past {@code count} into rows left over from an\n"
                        + "earlier tile; their results are never read.\n", LayerMethods.comment(context, layer),
                        ROW_VECTORS, block)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(numeric.array(), Names.PARAMETERS_LOCAL)
                .addParameter(numeric.array(), "in")
                .addParameter(int.class, "count")
                .addParameter(numeric.array(), "out")
                .addCode(kernel.slope(layer))
                .addStatement("int lanes = $N.length()", ROW_SPECIES)
                .beginControlFlow("for (int r = 0; r < count; r += $L * lanes)", ROW_VECTORS)
                .addStatement("int j = 0")
                .beginControlFlow("for (; j < $L; j += $L)", blocked, block)
                .addCode(units(layer, block, lanewise))
                .endControlFlow();
        if (blocked < layer.units()) {
            method.addCode(units(layer, layer.units() - blocked, lanewise));
        }
        method.endControlFlow();
        if (!lanewise) {
            method.beginControlFlow("for (int j = 0; j < $L; j++)", layer.units())
                    .beginControlFlow("for (int k = j * TILE, end = k + count; k < end; k++)")
                    .addStatement("out[k] = $L", kernel.activateScalar(layer, CodeBlock.of("out[k]")))
                    .endControlFlow()
                    .endControlFlow();
        }
        return method.build();
    }

    // Units j .. j + block - 1 over ROW_VECTORS vectors of rows, as in the comment above.
    private CodeBlock units(LayerModel layer, int block, boolean lanewise) {
        ClassName vector = kernel.vector();
        CodeBlock.Builder code = CodeBlock.builder();
        for (int u = 0; u < block; u++) {
            for (int v = 0; v < ROW_VECTORS; v++) {
                code.addStatement("$T $N = $T.broadcast($N, $N[$L])", vector, sum(u, v), vector, ROW_SPECIES,
                        Names.PARAMETERS_LOCAL, VectorForwardWriter.plus(CodeBlock.of("$N", context.biasConstant(layer)), "j", u));
            }
        }
        // A few inputs are written out, as in the single-row kernel (VectorForwardWriter.STRAIGHT_LINE_PASSES).
        boolean loop = layer.fanIn() > VectorForwardWriter.STRAIGHT_LINE_PASSES;
        for (int i = 0; i < (loop ? 1 : layer.fanIn()); i++) {
            String index = loop ? "i" : Integer.toString(i);
            if (loop) {
                code.beginControlFlow("for (int i = 0; i < $L; i++)", layer.fanIn());
            } else {
                code.add("{\n").indent();
            }
            if (layer.units() == 1) {
                code.addStatement("int w = $N + $L + j", context.weightsConstant(layer), index);
            } else {
                code.addStatement("int w = $N + $L * $L + j", context.weightsConstant(layer), index, layer.units());
            }
            for (int v = 0; v < ROW_VECTORS; v++) {
                code.addStatement("$T x$L = $T.fromArray($N, in, $L * TILE + r$L)", vector, v, vector, ROW_SPECIES, index,
                        rowOffset(v));
            }
            for (int u = 0; u < block; u++) {
                code.addStatement("$T w$L = $T.broadcast($N, $N[$L])", vector, u, vector, ROW_SPECIES, Names.PARAMETERS_LOCAL,
                        u == 0 ? CodeBlock.of("w") : CodeBlock.of("w + $L", u));
                for (int v = 0; v < ROW_VECTORS; v++) {
                    code.addStatement("$N = x$L.fma(w$L, $N)", sum(u, v), v, u, sum(u, v));
                }
            }
            if (loop) {
                code.endControlFlow();
            } else {
                code.unindent().add("}\n");
            }
        }
        for (int u = 0; u < block; u++) {
            for (int v = 0; v < ROW_VECTORS; v++) {
                CodeBlock z = CodeBlock.of("$N", sum(u, v));
                code.addStatement("$L.intoArray(out, $L * TILE + r$L)", lanewise ? kernel.activateVector(layer, z) : z,
                        u == 0 ? CodeBlock.of("j") : CodeBlock.of("(j + $L)", u),
                        rowOffset(v));
            }
        }
        return code.build();
    }

    // sum5: unit u of the block, vector v of rows
    static String sum(int u, int v) {
        return "sum" + (u * ROW_VECTORS + v);
    }

    // "", " + lanes", " + 2 * lanes", ...: where vector v of a block of rows starts, after r
    static String rowOffset(int v) {
        return v == 0 ? "" : " + " + (v == 1 ? "" : v + " * ") + "lanes";
    }
}
