package dev.autonet.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.autonet.Activation;
import dev.autonet.processor.model.LayerModel;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import javax.lang.model.element.Modifier;

/**
 * The {@code Forward}, {@code InputGradient} and ReLU / leaky-ReLU {@code ActivationGradient} kernels of a
 * {@code VECTOR} network's trainer, on the Vector API, in place of {@link TrainerTileWriter}'s loops (same names,
 * parameters and tiles). The first two are sums of broadcast weights times vectors of rows, in the form of the
 * batched inference kernels ({@link VectorBatchedWriter}): {@value VectorBatchedWriter#ROW_VECTORS} vectors of
 * rows by {@value TrainerTileWriter#UNIT_BLOCK} units (or inputs) in registers, each term added by a fused
 * multiply-add in the scalar kernels' order, so the gradients equal the SCALAR trainer's within rounding, not bit
 * for bit. The derivative kernels repeat the SCALAR ones' arithmetic lanewise and are bit for bit the same.
 *
 * <p>The tiles hold {@code TILE} rows, a multiple of {@value VectorBatchedWriter#ROW_VECTORS} vectors, so the
 * last block of rows may run past {@code count} into rows left over from an earlier tile; the results there
 * are never read.
 */
final class VectorTrainerTileWriter {
    private static final int ROW_VECTORS = VectorBatchedWriter.ROW_VECTORS;
    private static final int BLOCK = TrainerTileWriter.UNIT_BLOCK;

    private final TrainerContext context;
    private final Numeric numeric;
    private final ArrayTypeName tile;
    private final VectorKernel kernel;

    VectorTrainerTileWriter(TrainerContext context) {
        this.context = context;
        this.numeric = context.numeric();
        this.tile = ArrayTypeName.of(numeric.array());
        this.kernel = new VectorKernel(context.model());
        if (TrainerBatchWriter.TILE_ROWS % (ROW_VECTORS * kernel.lanes()) != 0) {
            throw new IllegalStateException("the trainer's tile of " + TrainerBatchWriter.TILE_ROWS
                    + " rows is not a whole number of " + ROW_VECTORS + "-vector blocks");
        }
    }

    /*
     * private static void dense2Forward(float[] p, float[][] in, int count, float[][] z, float[][] a) {
     *     int lanes = SPECIES.length();
     *     for (int r = 0; r < count; r += 4 * lanes) {
     *         for (int j = 0; j < 16; j += 4) {
     *             FloatVector sum0 = FloatVector.broadcast(SPECIES, p[DENSE2_BIAS + j]);     // unit j, rows r..
     *             ...                                                                      // 4 units × 4 vectors
     *             for (int i = 0; i < 32; i++) {
     *                 float[] x = in[i];
     *                 FloatVector x0 = FloatVector.fromArray(SPECIES, x, r); ... x3 = ...(x, r + 3 * lanes);
     *                 FloatVector w0 = FloatVector.broadcast(SPECIES, p[DENSE2_WEIGHTS + i * 16 + j]);
     *                 sum0 = x0.fma(w0, sum0); ...
     *             }
     *             sum0.intoArray(z[j], r); <ReLU of sum0>.intoArray(a[j], r); ...
     *         }
     *     }
     * }
     */
    MethodSpec forward(LayerModel layer) {
        boolean hidden = !context.isOutput(layer);
        boolean lanewise = kernel.lanewise(layer);
        String bias = context.model().biasConstant(layer);
        String weights = context.model().weightsConstant(layer);
        MethodSpec.Builder method = kernel(layer, "Forward")
                .addJavadoc("$L over {@code count} rows of a tile, feature-major, on the Vector API: pre-activations\n"
                        + "into {@code z}$L.\n", ModelContext.describe(layer), hidden ? ", activations into {@code a}" : "")
                .addParameter(numeric.array(), Names.PARAMETERS_LOCAL)
                .addParameter(tile, "in")
                .addParameter(int.class, "count")
                .addParameter(tile, "z");
        if (hidden) {
            method.addParameter(tile, "a");
        }
        Sums sums = new Sums(layer.fanIn(), "i", "in",
                u -> CodeBlock.of("$T.broadcast($N, $N[$L])", kernel.vector(), VectorKernel.SPECIES, Names.PARAMETERS_LOCAL,
                        VectorForwardWriter.plus(CodeBlock.of("$N", bias), "j", u)),
                (u, i) -> VectorForwardWriter.plus(weightRow(weights, i, layer.units()), "j", u),
                (u, z, row) -> {
                    CodeBlock.Builder store = CodeBlock.builder().addStatement("$L.intoArray(z[$L], $L)", z, unit("j", u), row);
                    if (hidden && lanewise) {
                        store.addStatement("$L.intoArray(a[$L], $L)", kernel.activateVector(layer, z), unit("j", u), row);
                    }
                    return store.build();
                });
        method.addCode(kernel.slope(layer)).addCode(overRowBlocks(layer.units(), "j", sums));
        if (hidden && !lanewise) {
            method.beginControlFlow("for (int j = 0; j < $L; j++)", layer.units())
                    .addStatement("$T zj = z[j]", numeric.array())
                    .addStatement("$T aj = a[j]", numeric.array())
                    .beginControlFlow("for (int r = 0; r < count; r++)")
                    .addStatement("aj[r] = $L", kernel.activateScalar(layer, CodeBlock.of("zj[r]")))
                    .endControlFlow()
                    .endControlFlow();
        }
        return method.build();
    }

    /*
     * private static void dense2InputGradient(float[] p, float[][] d, int count, float[][] out) {
     *     int lanes = SPECIES.length();
     *     for (int r = 0; r < count; r += 4 * lanes) {
     *         for (int i = 0; i < 32; i += 4) {
     *             FloatVector sum0 = FloatVector.zero(SPECIES); ...       // inputs i..i + 3 × 4 vectors of rows
     *             for (int j = 0; j < 16; j++) {
     *                 float[] x = d[j];
     *                 FloatVector x0 = FloatVector.fromArray(SPECIES, x, r); ...
     *                 FloatVector w0 = FloatVector.broadcast(SPECIES, p[DENSE2_WEIGHTS + i * 16 + j]); ...
     *                 sum0 = x0.fma(w0, sum0); ...
     *             }
     *             sum0.intoArray(out[i], r); ...
     *         }
     *     }
     * }
     */
    MethodSpec inputGradient(LayerModel layer) {
        String weights = context.model().weightsConstant(layer);
        MethodSpec.Builder method = kernel(layer, "InputGradient")
                .addJavadoc("Writes the gradient with respect to $L's inputs over {@code count} rows into {@code out},\n"
                        + "from its deltas {@code d}: {@code out[i][r] = Σ_j W[i][j] d[j][r]}, both feature-major, on the\n"
                        + "Vector API.\n", layer.name())
                .addParameter(numeric.array(), Names.PARAMETERS_LOCAL)
                .addParameter(tile, "d")
                .addParameter(int.class, "count")
                .addParameter(tile, "out");
        Sums sums = new Sums(layer.units(), "j", "d",
                u -> CodeBlock.of("$T.zero($N)", kernel.vector(), VectorKernel.SPECIES),
                // W[i + u][j]: DENSE2_WEIGHTS + i * 16 + 16 + j for u = 1
                (u, j) -> CodeBlock.of("$L$L + $N", weightRow(weights, "i", layer.units()),
                        u == 0 ? "" : " + " + u * layer.units(), j),
                (u, sum, row) -> CodeBlock.builder()
                        .addStatement("$L.intoArray(out[$L], $L)", sum, unit("i", u), row)
                        .build());
        return method.addCode(overRowBlocks(layer.fanIn(), "i", sums)).build();
    }

    /*
     * The SCALAR kernel's arithmetic on vectors of rows, so the result is the same bit for bit:
     * private static void dense1ActivationGradient(float[][] z, int count, float[][] d) {
     *     int lanes = SPECIES.length();
     *     for (int j = 0; j < 32; j++) {
     *         float[] zj = z[j];
     *         float[] dj = d[j];
     *         for (int r = 0; r < count; r += lanes) {
     *             // positive(z): 1 if z > 0, else 0 (NaN for NaN)
     *             FloatVector m = FloatVector.fromArray(SPECIES, zj, r).mul(0x1p126f).mul(0x1p126f).max(0f).min(1f);
     *             FloatVector.fromArray(SPECIES, dj, r).mul(m).intoArray(dj, r);            // RELU
     *             ... .mul(m.add(m.neg().add(1f).mul(0.1f))) ...                                  // LEAKY_RELU
     *         }
     *     }
     * }
     */
    MethodSpec activationGradient(LayerModel layer) {
        ClassName vector = kernel.vector();
        String species = VectorKernel.SPECIES;
        boolean single = numeric == Numeric.FLOAT;
        CodeBlock derivative = layer.activation() == Activation.RELU ? CodeBlock.of("m")
                : CodeBlock.of("m.add(m.neg().add($L).mul($L))", numeric.literal(1), numeric.literal(layer.alpha()));
        return kernel(layer, "ActivationGradient")
                .addJavadoc("Turns {@code d} from the gradient with respect to $L's activations into the gradient with\n"
                        + "respect to its pre-activations {@code z}, in place, over {@code count} rows (and up to the\n"
                        + "end of their last vector), on the Vector API.\n", layer.name())
                .addParameter(tile, "z")
                .addParameter(int.class, "count")
                .addParameter(tile, "d")
                .addStatement("int lanes = $N.length()", species)
                .beginControlFlow("for (int j = 0; j < $L; j++)", layer.units())
                .addStatement("$T zj = z[j]", numeric.array())
                .addStatement("$T dj = d[j]", numeric.array())
                .beginControlFlow("for (int r = 0; r < count; r += lanes)")
                .addComment("positive(z): 1 if z > 0, else 0 (NaN for NaN)")
                .addStatement("$T m = $T.fromArray($N, zj, r).mul($L).mul($L).max($L).min($L)", vector, vector, species,
                        single ? "0x1p126f" : "0x1p600", single ? "0x1p126f" : "0x1p600", numeric.literal(0),
                        numeric.literal(1))
                .addStatement("$T.fromArray($N, dj, r).mul($L).intoArray(dj, r)", vector, species, derivative)
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    /**
     * One block of sums, {@code width} outputs by {@value VectorBatchedWriter#ROW_VECTORS} vectors of rows:
     * each starts at {@code start}, adds {@code source[k]}'s rows times {@code p[weight(u, k)]} for k in
     * 0..terms-1, and is stored by {@code store}.
     */
    private final class Sums {
        final int terms;
        final String term;
        final String source;
        final IntFunction<CodeBlock> start;
        final BiFunction<Integer, String, CodeBlock> weight;
        final Store store;

        Sums(int terms, String term, String source, IntFunction<CodeBlock> start,
                BiFunction<Integer, String, CodeBlock> weight, Store store) {
            this.terms = terms;
            this.term = term;
            this.source = source;
            this.start = start;
            this.weight = weight;
            this.store = store;
        }

        CodeBlock write(int width) {
            ClassName vector = kernel.vector();
            String species = VectorKernel.SPECIES;
            CodeBlock.Builder code = CodeBlock.builder();
            for (int u = 0; u < width; u++) {
                for (int v = 0; v < ROW_VECTORS; v++) {
                    code.addStatement("$T $N = $L", vector, VectorBatchedWriter.sum(u, v), start.apply(u));
                }
            }
            code.beginControlFlow("for (int $N = 0; $N < $L; $N++)", term, term, terms, term)
                    .addStatement("$T x = $N[$N]", numeric.array(), source, term);
            for (int v = 0; v < ROW_VECTORS; v++) {
                code.addStatement("$T x$L = $T.fromArray($N, x, $L)", vector, v, vector, species, row(v));
            }
            for (int u = 0; u < width; u++) {
                code.addStatement("$T w$L = $T.broadcast($N, $N[$L])", vector, u, vector, species,
                        Names.PARAMETERS_LOCAL, weight.apply(u, term));
                for (int v = 0; v < ROW_VECTORS; v++) {
                    code.addStatement("$N = x$L.fma(w$L, $N)", VectorBatchedWriter.sum(u, v), v, u, VectorBatchedWriter.sum(u, v));
                }
            }
            code.endControlFlow();
            for (int v = 0; v < ROW_VECTORS; v++) {
                for (int u = 0; u < width; u++) {
                    code.add(store.write(u, CodeBlock.of("$N", VectorBatchedWriter.sum(u, v)), row(v)));
                }
            }
            return code.build();
        }
    }

    // for (int r = 0; r < count; r += 4 * lanes) { <outputs blocked by 4, then one at a time> }
    private CodeBlock overRowBlocks(int outputs, String index, Sums sums) {
        return CodeBlock.builder()
                .addStatement("int lanes = $N.length()", VectorKernel.SPECIES)
                .beginControlFlow("for (int r = 0; r < count; r += $L * lanes)", ROW_VECTORS)
                .add(TrainerTileWriter.blockedCode(outputs, index, BLOCK, sums::write))
                .endControlFlow()
                .build();
    }

    /** The statements that store output {@code u}'s vector {@code sum} of the rows from {@code row} on. */
    private interface Store {
        CodeBlock write(int u, CodeBlock sum, String row);
    }

    // DENSE2_WEIGHTS + i * 16: where input i's row of weights starts; DENSE4_WEIGHTS + i for a single unit
    private static CodeBlock weightRow(String weights, String input, int units) {
        return units == 1 ? CodeBlock.of("$N + $N", weights, input) : CodeBlock.of("$N + $N * $L", weights, input, units);
    }

    // r, r + lanes, r + 2 * lanes, ...
    private static String row(int v) {
        return "r" + VectorBatchedWriter.rowOffset(v);
    }

    // j, j + 1, ...
    private static CodeBlock unit(String index, int u) {
        return ModelContext.offset(index, u);
    }

    private MethodSpec.Builder kernel(LayerModel layer, String kind) {
        return MethodSpec.methodBuilder(context.kernel(layer, kind, 1, 1)).addModifiers(Modifier.PRIVATE, Modifier.STATIC);
    }
}
