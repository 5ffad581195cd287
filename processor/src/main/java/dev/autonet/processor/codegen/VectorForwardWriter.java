package dev.autonet.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import dev.autonet.processor.model.LayerModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The single-row forward pass of a {@code VECTOR} model: {@code forward(input, output)}, which
 * {@code predict}, {@code logits} and the task methods call, and one method per layer. A layer keeps its
 * output units in vectors of {@code SPECIES.length()}: for each input i it broadcasts {@code x[i]} and
 * multiply-adds the contiguous row {@code W[i][j..]} of the flat parameters, so the public layout is
 * also the kernel's and no copy of the weights can go stale. Units past the last whole vector run the
 * same arithmetic in scalar code (masked loads are not compiled to vector code on every JDK 17 target,
 * and their fallback allocates). Each layer writes a per-thread buffer, as the SCALAR model's looped
 * layers do.
 */
final class VectorForwardWriter {
    private final ModelContext context;
    private final Numeric numeric;
    private final VectorKernel kernel;

    VectorForwardWriter(ModelContext context) {
        this.context = context;
        this.numeric = context.numeric();
        this.kernel = new VectorKernel(context);
    }

    /** The species constant. */
    FieldSpec speciesField() {
        return kernel.speciesField();
    }

    /*
     * private void forward(float[] input, float[] output, Workspace scratch) {
     *     float[] p = parameters;
     *     dense1(p, input, scratch.dense1);
     *     dense2(p, scratch.dense1, output);
     * }
     * (without scratch for a single layer)
     */
    MethodSpec forward() {
        MethodSpec.Builder method = InferenceMethods.forwardHeader(context, context.network().layers().size() > 1);
        for (LayerModel layer : context.network().layers()) {
            CodeBlock in = layer.index() == 0 ? CodeBlock.of("$N", Names.INPUT)
                    : CodeBlock.of("scratch.$N", context.variable(context.network().layers().get(layer.index() - 1)));
            CodeBlock out = context.isOutput(layer) ? CodeBlock.of("$N", Names.OUTPUT)
                    : CodeBlock.of("scratch.$N", context.variable(layer));
            method.addStatement("$N($N, $L, $L)", context.variable(layer), Names.PARAMETERS_LOCAL, in, out);
        }
        return method.build();
    }

    /** One method per layer. */
    List<MethodSpec> layerMethods() {
        List<MethodSpec> methods = new ArrayList<>();
        for (LayerModel layer : context.network().layers()) {
            methods.add(layer(layer));
        }
        return methods;
    }

    /*
     * private static void dense2(float[] p, float[] in, float[] out) {
     *     int j = 0;
     *     for (; j < 16; j += 16) { <2 vectors of units, 4 partial sums each> }
     *     for (; j < 16; j++) { <one unit in scalar code, the same partial sums> }
     * }
     */
    private MethodSpec layer(LayerModel layer) {
        boolean lanewise = kernel.lanewise(layer);
        int lanes = kernel.lanes();
        int block = kernel.vectorBlock(layer);
        int vectors = kernel.vectors(layer);
        MethodSpec.Builder method = MethodSpec.methodBuilder(context.variable(layer))
                .addJavadoc("$L for one row: $L.\n", LayerMethods.comment(context, layer), describe(layer, lanewise))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(numeric.array(), Names.PARAMETERS_LOCAL)
                .addParameter(numeric.array(), "in")
                .addParameter(numeric.array(), "out")
                .addCode(kernel.slope(layer))
                .addStatement("int j = 0");
        int blocked = vectors / block * block;
        if (blocked > 0) {
            method.beginControlFlow("for (; j < $L; j += $L)", blocked * lanes, block * lanes)
                    .addCode(vectorUnits(layer, block, lanewise))
                    .endControlFlow();
        }
        if (vectors > blocked) {
            int rest = vectors - blocked;
            method.beginControlFlow("for (; j < $L; j += $L)", vectors * lanes, rest * lanes)
                    .addCode(vectorUnits(layer, rest, lanewise))
                    .endControlFlow();
        }
        if (layer.units() > vectors * lanes) {
            method.beginControlFlow("for (; j < $L; j++)", layer.units())
                    .addCode(scalarUnit(layer, lanewise))
                    .endControlFlow();
        }
        if (!lanewise) {
            method.beginControlFlow("for (int u = 0; u < $L; u++)", layer.units())
                    .addStatement("out[u] = $L", kernel.activateScalar(layer, CodeBlock.of("out[u]")))
                    .endControlFlow();
        }
        return method.build();
    }

    // "2 vectors of 8 units at a time, 4 partial sums each, then 3 units in scalar code"
    private String describe(LayerModel layer, boolean lanewise) {
        int lanes = kernel.lanes();
        int chains = kernel.chains(layer);
        int tail = layer.units() % lanes;
        String sums = chains == 1 ? "one sum each" : chains + " partial sums each";
        String text = kernel.vectors(layer) == 0 ? "in scalar code, " + sums
                : kernel.vectorBlock(layer) + " vector(s) of " + lanes + " units at a time, " + sums
                        + (tail > 0 ? ", then " + tail + " unit(s) in scalar code" : "");
        return lanewise ? text : text + "; then the activation per unit";
    }

    /*
     * FloatVector sum0 = FloatVector.fromArray(SPECIES, p, DENSE2_BIAS + j);
     * FloatVector sum1 = FloatVector.zero(SPECIES); ...
     * for (int i = 0; i < 32; i += 4) {
     *     int w = DENSE2_WEIGHTS + i * 16 + j;
     *     FloatVector x0 = FloatVector.broadcast(SPECIES, in[i]);
     *     sum0 = x0.fma(FloatVector.fromArray(SPECIES, p, w), sum0);
     *     sum4 = x0.fma(FloatVector.fromArray(SPECIES, p, w + 8), sum4); ...
     * }
     * FloatVector z0 = sum0.add(sum1).add(sum2.add(sum3));
     * <ReLU of z0>.intoArray(out, j); ...   (VectorKernel.activateVector)
     */
    private CodeBlock vectorUnits(LayerModel layer, int block, boolean lanewise) {
        ClassName vector = kernel.vector();
        int chains = kernel.chains(layer);
        int lanes = kernel.lanes();
        CodeBlock.Builder code = CodeBlock.builder();
        for (int b = 0; b < block; b++) {
            code.addStatement("$T $N = $T.fromArray($N, $N, $L)", vector, VectorKernel.sum(chains, b, 0), vector,
                    VectorKernel.SPECIES, Names.PARAMETERS_LOCAL, plus(CodeBlock.of("$N", context.biasConstant(layer)), "j", b * lanes));
            for (int c = 1; c < chains; c++) {
                code.addStatement("$T $N = $T.zero($N)", vector, VectorKernel.sum(chains, b, c), vector, VectorKernel.SPECIES);
            }
        }
        code.add(inputs(context, layer, chains, "j", (c, i, w) -> {
            String x = "x" + (i.toString().matches("[0-9]+") ? i : c);
            CodeBlock.Builder step = CodeBlock.builder()
                    .addStatement("$T $N = $T.broadcast($N, in[$L])", vector, x, vector, VectorKernel.SPECIES, i);
            for (int b = 0; b < block; b++) {
                String sum = VectorKernel.sum(chains, b, c);
                step.addStatement("$N = $N.fma($T.fromArray($N, $N, $L), $N)", sum, x, vector, VectorKernel.SPECIES,
                        Names.PARAMETERS_LOCAL, w.at(b * lanes), sum);
            }
            return step.build();
        }));
        for (int b = 0; b < block; b++) {
            CodeBlock z = CodeBlock.of("z$L", b);
            code.addStatement("$T $L = $L", vector, z, VectorKernel.combine(chains, b, true))
                    .addStatement("$L.intoArray(out, $L)", lanewise ? kernel.activateVector(layer, z) : z,
                            plus(CodeBlock.of("j"), null, b * lanes));
        }
        return code.build();
    }

    /*
     * float sum0 = p[DENSE2_BIAS + j]; float sum1 = 0f; ...
     * for (int i = 0; i < 32; i += 4) { int w = ...; sum0 = Math.fma(in[i], p[w], sum0); ... }
     * out[j] = Activations.relu((sum0 + sum1) + (sum2 + sum3));
     */
    private CodeBlock scalarUnit(LayerModel layer, boolean lanewise) {
        int chains = kernel.chains(layer);
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T sum0 = $N[$N + j]", numeric.scalar(), Names.PARAMETERS_LOCAL, context.biasConstant(layer));
        for (int c = 1; c < chains; c++) {
            code.addStatement("$T sum$L = $L", numeric.scalar(), c, kernel.zero());
        }
        code.add(inputs(context, layer, chains, "j", (c, i, w) -> CodeBlock.builder()
                .addStatement("sum$L = $T.fma(in[$L], $N[$L], sum$L)", c, Math.class, i, Names.PARAMETERS_LOCAL, w.at(0), c)
                .build()));
        CodeBlock z = VectorKernel.combine(chains, 0, false);
        return code.addStatement("out[j] = $L", lanewise ? kernel.activateScalar(layer, z) : z).build();
    }

    /** {@code base + variable + plus}, leaving out what is empty or 0. */
    static CodeBlock plus(CodeBlock base, String variable, int plus) {
        CodeBlock.Builder code = CodeBlock.builder().add(base);
        if (variable != null) {
            code.add(" + $N", variable);
        }
        if (plus != 0) {
            code.add(" + $L", plus);
        }
        return code.build();
    }

    /** Writes the statements that add input {@code i}, whose weight row for the unit starts at {@code w}, into partial sum {@code c}. */
    interface Step {
        CodeBlock write(int c, CodeBlock i, Weight w);
    }

    /** Where a weight is: {@code base + unit + offset}, each left out when empty or 0. */
    record Weight(CodeBlock base, String unit, int offset) {
        /** The weight {@code extra} further on. */
        CodeBlock at(int extra) {
            return plus(base, unit, offset + extra);
        }
    }

    /** Passes over the inputs that are written out rather than looped. */
    static final int STRAIGHT_LINE_PASSES = 4;

    /*
     * for (int i = 0; i < 32; i += 4) { int w = DENSE2_WEIGHTS + i * 16 + j; <step 0 at w> <step 1 at w + 16> ... }
     * then the last fanIn % chains inputs, and a layer of at most 4 passes, in straight-line code at
     * DENSE2_WEIGHTS + 96 + j, ...
     */
    static CodeBlock inputs(ModelContext context, LayerModel layer, int chains, String unit, Step step) {
        int whole = layer.fanIn() - layer.fanIn() % chains;
        // A loop of a few passes is written out: C2 on JDK 17 unrolls it and then fails to keep the
        // vectors it carries in registers, allocating a box per operation (AllocationTest caught it).
        int first = whole <= STRAIGHT_LINE_PASSES * chains ? 0 : whole;
        CodeBlock.Builder code = CodeBlock.builder();
        if (first > 0) {
            if (chains == 1) {
                code.beginControlFlow("for (int i = 0; i < $L; i++)", whole);
            } else {
                code.beginControlFlow("for (int i = 0; i < $L; i += $L)", whole, chains);
            }
            if (layer.units() == 1) {
                code.addStatement("int w = $N + i + $N", context.weightsConstant(layer), unit);
            } else {
                code.addStatement("int w = $N + i * $L + $N", context.weightsConstant(layer), layer.units(), unit);
            }
            for (int c = 0; c < chains; c++) {
                code.add(step.write(c, c == 0 ? CodeBlock.of("i") : CodeBlock.of("i + $L", c),
                        new Weight(CodeBlock.of("w"), null, c * layer.units())));
            }
            code.endControlFlow();
        }
        for (int i = first; i < layer.fanIn(); i++) {
            code.add(step.write(i % chains, CodeBlock.of("$L", i),
                    new Weight(CodeBlock.of("$N", context.weightsConstant(layer)), unit, i * layer.units())));
        }
        return code.build();
    }
}
