package dev.autonet.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.autonet.processor.model.LayerModel;
import javax.lang.model.element.Modifier;

/**
 * The trainer's weight-gradient kernels, {@code g[b] += Σ_r d[j][r]} and {@code g[W] += Σ_r a[i][r] · d[j][r]}
 * over a tile of rows. The sum over rows is a reduction, which C2 does not vectorize for floats without
 * reordering it, so narrow layers sum each weight in scalar accumulators, register-blocked, and wide ones
 * ({@link #staged}) vectorize over the units instead. Both keep every sum in row order, so the gradient is
 * a row-by-row sum's, bit for bit.
 *
 * <p>With {@code backend = VECTOR} the narrow layers' weights are summed on the Vector API instead
 * ({@link #vectorBlock}): each lane of an accumulator sums every {@code lanes}-th row by fused multiply-adds,
 * and the lanes are added at the end. That reorders and fuses the sum, so a VECTOR trainer's gradient equals
 * the row-by-row sum within rounding, not bit for bit; it is what moves the moons step's weight gradients off
 * scalar code (RESULTS.md, "The VECTOR trainer").
 */
final class TrainerGradientWriter {
    private final TrainerContext context;
    private final Numeric numeric;
    private final ArrayTypeName tile;
    /** The Vector API's types for a {@code VECTOR} network, else null. */
    private final VectorKernel vector;

    TrainerGradientWriter(TrainerContext context) {
        this.context = context;
        this.numeric = context.numeric();
        this.tile = ArrayTypeName.of(numeric.array());
        this.vector = context.network().vector() ? new VectorKernel(context.model()) : null;
    }

    /**
     * Whether {@code layer}'s weight gradient is summed in staging rows ({@code [fanIn][units]}, indexed from 0)
     * over a row-major copy of the deltas, with the innermost loop over units, rather than in scalar
     * accumulators over rows. Measured on 2 cores with AVX-512 (JDK 17, 64 rows, ns per multiply-add,
     * machine under load): 256 × 128 staged 0.05 to 0.10, register-blocked 0.19 to 0.20; 32 × 16 staged 0.24
     * to 0.39, register-blocked 0.20 to 0.22; 16 × 8 staged 0.39 to 0.69, register-blocked 0.21. A loop over units that
     * indexes the flat gradient ({@code g[row + j]}) was never vectorized: 0.31 at 256 × 128.
     */
    static boolean staged(LayerModel layer) {
        return layer.units() >= STAGED_MIN_UNITS;
    }

    /** The narrowest layer whose weight gradient is {@link #staged}. */
    static final int STAGED_MIN_UNITS = 64;

    /** Inputs and units per block of the register-blocked weight gradient: 16 accumulators. */
    static final int GRADIENT_BLOCK = 4;

    /*
     * Register-blocked (narrow layers), every sum in row order, so equal to a row-by-row sum:
     * private static void dense2WeightGradient(float[] g, float[][] in, float[][] d, int count) {
     *     for (int j = 0; j < 16; j += 4) {        // the bias: four sums at a time
     *         float[] d0 = d[j]; ...
     *         float s0 = g[DENSE2_BIAS + j]; ...
     *         for (int r = 0; r < count; r++) { s0 += d0[r]; ... }
     *         g[DENSE2_BIAS + j] = s0; ...
     *     }
     *     for (int i = 0; i < 32; i += 4) {
     *         float[] x0 = in[i]; ... float[] x3 = in[i + 3];
     *         int row = DENSE2_WEIGHTS + i * 16;
     *         for (int j = 0; j < 16; j += 4) {
     *             float[] d0 = d[j]; ...
     *             float s0_0 = g[row + j]; ... float s3_3 = g[row + 48 + j + 3];
     *             for (int r = 0; r < count; r++) {
     *                 float a0 = x0[r]; ... float e0 = d0[r]; ...
     *                 s0_0 += a0 * e0; ... s3_3 += a3 * e3;
     *             }
     *             g[row + j] = s0_0; ...
     *         }
     *     }
     * }
     * Staged (wide layers), two rows a pass:
     *     for (int i = 0; i < 784; i++) {
     *         float[] gi = staged[i]; float[] x = in[i];
     *         int r = 0;
     *         for (; r + 1 < count; r += 2) {
     *             float s = x[r]; float t = x[r + 1]; float[] dr = dRows[r]; float[] ds = dRows[r + 1];
     *             for (int j = 0; j < 256; j++) { gi[j] = gi[j] + s * dr[j] + t * ds[j]; }
     *         }
     *         if (r < count) { ... gi[j] += s * dr[j]; }
     *     }
     */
    /** The {@code WeightGradient} kernel of {@code layer}. */
    MethodSpec write(LayerModel layer) {
        boolean staged = staged(layer);
        MethodSpec.Builder method = MethodSpec.methodBuilder(context.kernel(layer, "WeightGradient", 1, 1))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addJavadoc("Adds the gradient of $L's W and b over {@code count} rows, from its deltas {@code d}\n"
                        + "(feature-major) and its input {@code in}: b to {@code g}, W $L.\n", layer.name(),
                        staged ? "to {@code staged} ({@code [fanIn][units]}), from {@code dRows}, the deltas row-major"
                                : "to {@code g}")
                .addParameter(numeric.array(), "g")
                .addParameter(tile, "in")
                .addParameter(tile, "d");
        if (staged) {
            method.addParameter(tile, "dRows");
        }
        method.addParameter(int.class, "count");
        if (staged) {
            method.addParameter(tile, "staged");
        }
        TrainerTileWriter.blocked(method, layer.units(), "j", GRADIENT_BLOCK, width -> biasUnits(layer, width));
        if (staged) {
            return method.addCode(stagedWeights(layer)).build();
        }
        if (vector != null) {
            method.addStatement("int whole = $N.loopBound(count)", VectorKernel.SPECIES);
        }
        return TrainerTileWriter.blocked(method, layer.fanIn(), "i", GRADIENT_BLOCK, inputs -> CodeBlock.builder()
                .add(weightInputs(layer, inputs))
                .add(TrainerTileWriter.blockedCode(layer.units(), "j", GRADIENT_BLOCK,
                        units -> vector != null ? vectorBlock(layer, inputs, units) : weightBlock(layer, inputs, units)))
                .build()).build();
    }

    // Units j .. j + width - 1 of the bias: one sum per unit, over the rows in order.
    private CodeBlock biasUnits(LayerModel layer, int width) {
        String bias = context.model().biasConstant(layer);
        CodeBlock.Builder code = CodeBlock.builder().add(deltaRows(width));
        for (int u = 0; u < width; u++) {
            code.addStatement("$T s$L = g[$N + $L]", numeric.scalar(), u, bias, ModelContext.offset("j", u));
        }
        code.add(TrainerTileWriter.overRows(width, u -> CodeBlock.of("s$L += d$L[r]", u, u)));
        for (int u = 0; u < width; u++) {
            code.addStatement("g[$N + $L] = s$L", bias, ModelContext.offset("j", u), u);
        }
        return code.build();
    }

    // float[] d0 = d[j]; float[] d1 = d[j + 1]; ... the deltas of units j .. j + units - 1
    private CodeBlock deltaRows(int units) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (int u = 0; u < units; u++) {
            code.addStatement("$T d$L = d[$L]", numeric.array(), u, ModelContext.offset("j", u));
        }
        return code.build();
    }

    // float[] x0 = in[i]; ... int row = DENSE2_WEIGHTS + i * 16;
    private CodeBlock weightInputs(LayerModel layer, int inputs) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (int k = 0; k < inputs; k++) {
            code.addStatement("$T x$L = in[$L]", numeric.array(), k, ModelContext.offset("i", k));
        }
        return code.addStatement("int row = $N + i * $L", context.model().weightsConstant(layer), layer.units()).build();
    }

    // Inputs i .. i + inputs - 1 × units j .. j + units - 1: one scalar sum per weight, over the rows in order.
    private CodeBlock weightBlock(LayerModel layer, int inputs, int units) {
        return CodeBlock.builder()
                .add(deltaRows(units))
                .add(loadSums(layer, inputs, units, "s"))
                .add(scalarRows(inputs, units, "s", "0"))
                .add(storeSums(layer, inputs, units, "s"))
                .build();
    }

    /*
     * VECTOR: inputs i .. i + inputs - 1 × units j .. j + units - 1, one vector accumulator per weight whose lanes
     * sum every 8th row (FLOAT; 4th for DOUBLE), then the rows past the last whole vector in order:
     *     float t0_0 = g[row + j]; ...
     *     if (whole > 0) {
     *         FloatVector s0_0 = FloatVector.zero(SPECIES); ...
     *         for (int r = 0; r < whole; r += SPECIES.length()) {
     *             FloatVector a0 = FloatVector.fromArray(SPECIES, x0, r); ...  FloatVector e0 = ...(d0, r); ...
     *             s0_0 = a0.fma(e0, s0_0); ...
     *         }
     *         t0_0 += s0_0.reduceLanes(VectorOperators.ADD); ...
     *     }
     *     for (int r = whole; r < count; r++) { float a0 = x0[r]; ... t0_0 += a0 * e0; ... }
     *     g[row + j] = t0_0; ...
     * A tile of fewer rows than a vector makes no vector at all.
     */
    private CodeBlock vectorBlock(LayerModel layer, int inputs, int units) {
        ClassName type = vector.vector();
        String species = VectorKernel.SPECIES;
        CodeBlock.Builder code = CodeBlock.builder().add(deltaRows(units));
        code.add(loadSums(layer, inputs, units, "t"))
                .beginControlFlow("if (whole > 0)");
        for (int k = 0; k < inputs; k++) {
            for (int u = 0; u < units; u++) {
                code.addStatement("$T s$L_$L = $T.zero($N)", type, k, u, type, species);
            }
        }
        code.beginControlFlow("for (int r = 0; r < whole; r += $N.length())", species);
        for (int k = 0; k < inputs; k++) {
            code.addStatement("$T a$L = $T.fromArray($N, x$L, r)", type, k, type, species, k);
        }
        for (int u = 0; u < units; u++) {
            code.addStatement("$T e$L = $T.fromArray($N, d$L, r)", type, u, type, species, u);
        }
        for (int k = 0; k < inputs; k++) {
            for (int u = 0; u < units; u++) {
                code.addStatement("s$L_$L = a$L.fma(e$L, s$L_$L)", k, u, k, u, k, u);
            }
        }
        code.endControlFlow();
        for (int k = 0; k < inputs; k++) {
            for (int u = 0; u < units; u++) {
                code.addStatement("t$L_$L += s$L_$L.reduceLanes($T.ADD)", k, u, k, u, VectorKernel.VECTOR_OPERATORS);
            }
        }
        code.endControlFlow();
        return code.add(scalarRows(inputs, units, "t", "whole"))
                .add(storeSums(layer, inputs, units, "t"))
                .build();
    }

    // float s0_0 = g[row + j]; ... one sum per weight of the block, from the gradient so far
    private CodeBlock loadSums(LayerModel layer, int inputs, int units, String sum) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (int k = 0; k < inputs; k++) {
            for (int u = 0; u < units; u++) {
                code.addStatement("$T $N$L_$L = g[$L]", numeric.scalar(), sum, k, u, weightIndex(layer, k, u));
            }
        }
        return code.build();
    }

    // for (int r = from; r < count; r++) { float a0 = x0[r]; ... float e0 = d0[r]; ... s0_0 += a0 * e0; ... }
    private CodeBlock scalarRows(int inputs, int units, String sum, String from) {
        CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("for (int r = $L; r < count; r++)", from);
        for (int k = 0; k < inputs; k++) {
            code.addStatement("$T a$L = x$L[r]", numeric.scalar(), k, k);
        }
        for (int u = 0; u < units; u++) {
            code.addStatement("$T e$L = d$L[r]", numeric.scalar(), u, u);
        }
        for (int k = 0; k < inputs; k++) {
            for (int u = 0; u < units; u++) {
                code.addStatement("$N$L_$L += a$L * e$L", sum, k, u, k, u);
            }
        }
        return code.endControlFlow().build();
    }

    // g[row + j] = s0_0; ...
    private static CodeBlock storeSums(LayerModel layer, int inputs, int units, String sum) {
        CodeBlock.Builder code = CodeBlock.builder();
        for (int k = 0; k < inputs; k++) {
            for (int u = 0; u < units; u++) {
                code.addStatement("g[$L] = $N$L_$L", weightIndex(layer, k, u), sum, k, u);
            }
        }
        return code.build();
    }

    // row + 16 + j + 3: the weight of input i + k, unit j + u
    private static CodeBlock weightIndex(LayerModel layer, int k, int u) {
        CodeBlock index = ModelContext.offset("row", k * layer.units());
        return CodeBlock.of("$L + $L", index, ModelContext.offset("j", u));
    }

    private CodeBlock stagedWeights(LayerModel layer) {
        return CodeBlock.builder()
                .beginControlFlow("for (int i = 0; i < $L; i++)", layer.fanIn())
                .addStatement("$T gi = staged[i]", numeric.array())
                .addStatement("$T x = in[i]", numeric.array())
                .addStatement("int r = 0")
                .beginControlFlow("for (; r + 1 < count; r += 2)")
                .addStatement("$T s = x[r]", numeric.scalar())
                .addStatement("$T t = x[r + 1]", numeric.scalar())
                .addStatement("$T dr = dRows[r]", numeric.array())
                .addStatement("$T ds = dRows[r + 1]", numeric.array())
                .add("// left to right: rounds as two separate additions, row r first\n")
                .beginControlFlow("for (int j = 0; j < $L; j++)", layer.units())
                .addStatement("gi[j] = gi[j] + s * dr[j] + t * ds[j]")
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("if (r < count)")
                .addStatement("$T s = x[r]", numeric.scalar())
                .addStatement("$T dr = dRows[r]", numeric.array())
                .beginControlFlow("for (int j = 0; j < $L; j++)", layer.units())
                .addStatement("gi[j] += s * dr[j]")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .build();
    }
}
