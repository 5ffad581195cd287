package dev.autonet.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
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
    private static final ClassName THREAD_LOCAL = ClassName.get(ThreadLocal.class);

    private final ModelContext context;
    private final Numeric numeric;
    private final VectorKernel kernel;
    private final boolean logits;

    VectorForwardWriter(ModelContext context, boolean logits) {
        this.context = context;
        this.numeric = context.numeric();
        this.kernel = new VectorKernel(context);
        this.logits = logits;
    }

    /** The species constant and, if any buffer is needed, the per-thread workspace. */
    List<FieldSpec> fields() {
        List<FieldSpec> fields = new ArrayList<>();
        fields.add(kernel.speciesField());
        if (workspaceNeeded()) {
            // private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);
            fields.add(FieldSpec.builder(ParameterizedTypeName.get(THREAD_LOCAL, context.workspaceClass()),
                            "WORKSPACE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Each thread's own buffers; they hold nothing between calls.\n")
                    .initializer("$T.withInitial($T::new)", ThreadLocal.class, context.workspaceClass())
                    .build());
        }
        return fields;
    }

    private boolean workspaceNeeded() {
        return logits || context.network().layers().size() > 1;
    }

    /*
     * private static final class Workspace {
     *     final float[] dense1 = new float[32];
     *     final float[] logits = new float[1];
     * }
     */
    List<TypeSpec> types() {
        if (!workspaceNeeded()) {
            return List.of();
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(context.workspaceClass())
                .addJavadoc("Scratch for one thread's predictions.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
        for (LayerModel layer : context.network().layers()) {
            if (!context.isOutput(layer)) {
                type.addField(buffer(context.variable(layer), layer.units(), "Activations of " + layer.name() + "."));
            }
        }
        if (logits) {
            type.addField(buffer(Names.LOGITS, context.network().outputs(), "The output layer's pre-activation."));
        }
        return List.of(type.build());
    }

    private FieldSpec buffer(String name, int length, String doc) {
        return FieldSpec.builder(numeric.array(), name, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .initializer("new $T[$L]", numeric.scalar(), length)
                .build();
    }

    /*
     * private void forward(float[] input, float[] output) {
     *     float[] p = parameters;
     *     Workspace scratch = WORKSPACE.get();
     *     dense1(p, input, scratch.dense1);
     *     dense2(p, scratch.dense1, output);
     * }
     */
    MethodSpec forward() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("forward")
                .addJavadoc("Writes the output layer's pre-activation for {@code input} into {@code output}: the core\n"
                        + "of every prediction. Lengths are checked by the caller.\n")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(numeric.array(), Names.INPUT)
                .addParameter(numeric.array(), Names.OUTPUT)
                .addStatement("$T $N = parameters", numeric.array(), Names.PARAMETERS_LOCAL);
        if (context.network().layers().size() > 1) {
            method.addStatement("$T scratch = WORKSPACE.get()", context.workspaceClass());
        }
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
     *     for (int end = SPECIES.loopBound(16); j < end; j += SPECIES.length()) { <vector units> }
     *     for (; j < 16; j++) { <scalar units> }
     * }
     */
    private MethodSpec layer(LayerModel layer) {
        boolean lanewise = kernel.lanewise(layer);
        MethodSpec.Builder method = MethodSpec.methodBuilder(context.variable(layer))
                .addJavadoc("$L for one row, $L.\n", LayerMethods.comment(context, layer),
                        layer.units() == 1 ? "in scalar code"
                                : lanewise ? "SPECIES.length() units at a time"
                                : "SPECIES.length() units at a time, then the activation per unit")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(numeric.array(), Names.PARAMETERS_LOCAL)
                .addParameter(numeric.array(), "in")
                .addParameter(numeric.array(), "out")
                .addCode(kernel.slope(layer));
        if (layer.units() == 1) {
            // No vector has a single lane.
            method.addStatement("int j = 0").addCode(scalarUnit(layer, lanewise));
        } else {
            method.addStatement("int j = 0")
                    .beginControlFlow("for (int end = $N.loopBound($L); j < end; j += $N.length())",
                            VectorKernel.SPECIES, layer.units(), VectorKernel.SPECIES)
                    .addCode(vectorUnits(layer, lanewise))
                    .endControlFlow()
                    .beginControlFlow("for (; j < $L; j++)", layer.units())
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

    /*
     * FloatVector sum0 = FloatVector.fromArray(SPECIES, p, DENSE2_BIAS + j);
     * FloatVector sum1 = FloatVector.zero(SPECIES); ...
     * for (int i = 0; i < 32; i += 4) {
     *     int w = DENSE2_WEIGHTS + i * 16 + j;
     *     sum0 = FloatVector.broadcast(SPECIES, in[i]).fma(FloatVector.fromArray(SPECIES, p, w), sum0);
     *     sum1 = FloatVector.broadcast(SPECIES, in[i + 1]).fma(FloatVector.fromArray(SPECIES, p, w + 16), sum1); ...
     * }
     * FloatVector z = sum0.add(sum1).add(sum2.add(sum3));
     * z.max(0f).intoArray(out, j);
     */
    private CodeBlock vectorUnits(LayerModel layer, boolean lanewise) {
        ClassName vector = kernel.vector();
        int chains = VectorKernel.chains(layer);
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T sum0 = $T.fromArray($N, $N, $N + j)", vector, vector, VectorKernel.SPECIES,
                        Names.PARAMETERS_LOCAL, context.biasConstant(layer));
        for (int c = 1; c < chains; c++) {
            code.addStatement("$T sum$L = $T.zero($N)", vector, c, vector, VectorKernel.SPECIES);
        }
        code.add(inputs(context, layer, "j", (c, i, w) -> CodeBlock.of(
                "sum$L = $T.broadcast($N, in[$L]).fma($T.fromArray($N, $N, $L), sum$L)",
                c, vector, VectorKernel.SPECIES, i, vector, VectorKernel.SPECIES, Names.PARAMETERS_LOCAL, w, c)));
        CodeBlock z = VectorKernel.combine(chains, true);
        CodeBlock stored = lanewise ? kernel.activateVector(layer, CodeBlock.of("z")) : CodeBlock.of("z");
        return code.addStatement("$T z = $L", vector, z)
                .addStatement("$L.intoArray(out, j)", stored)
                .build();
    }

    /*
     * float sum0 = p[DENSE2_BIAS + j]; float sum1 = 0f; ...
     * for (int i = 0; i < 32; i += 4) { int w = ...; sum0 = Math.fma(in[i], p[w], sum0); ... }
     * out[j] = Activations.relu((sum0 + sum1) + (sum2 + sum3));
     */
    private CodeBlock scalarUnit(LayerModel layer, boolean lanewise) {
        int chains = VectorKernel.chains(layer);
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T sum0 = $N[$N + j]", numeric.scalar(), Names.PARAMETERS_LOCAL, context.biasConstant(layer));
        for (int c = 1; c < chains; c++) {
            code.addStatement("$T sum$L = $L", numeric.scalar(), c, kernel.zero());
        }
        code.add(inputs(context, layer, "j", (c, i, w) -> CodeBlock.of("sum$L = $T.fma(in[$L], $N[$L], sum$L)",
                c, Math.class, i, Names.PARAMETERS_LOCAL, w, c)));
        CodeBlock z = VectorKernel.combine(chains, false);
        return code.addStatement("out[j] = $L", lanewise ? kernel.activateScalar(layer, z) : z).build();
    }

    /** Writes the statement that adds input {@code i} times its weight at {@code w} into partial sum {@code c}. */
    interface Step {
        CodeBlock write(int c, CodeBlock i, CodeBlock w);
    }

    /*
     * for (int i = 0; i < 32; i += 4) { int w = DENSE2_WEIGHTS + i * 16 + j; <step 0 at w> <step 1 at w + 16> ... }
     * then the last fanIn % chains inputs, and a layer of a single pass, in straight-line code at
     * DENSE2_WEIGHTS + 96 + j, ...
     */
    static CodeBlock inputs(ModelContext context, LayerModel layer, String unit, Step step) {
        int chains = VectorKernel.chains(layer);
        int whole = layer.fanIn() - layer.fanIn() % chains;
        int first = whole == chains ? 0 : whole;
        CodeBlock.Builder code = CodeBlock.builder();
        if (first > 0) {
            code.beginControlFlow("for (int i = 0; i < $L; i += $L)", whole, chains)
                    .addStatement(layer.units() == 1 ? "int w = $N + i + $N" : "int w = $N + i * $L + $N",
                            layer.units() == 1 ? new Object[] {context.weightsConstant(layer), unit}
                                    : new Object[] {context.weightsConstant(layer), layer.units(), unit});
            for (int c = 0; c < chains; c++) {
                code.addStatement("$L", step.write(c, c == 0 ? CodeBlock.of("i") : CodeBlock.of("i + $L", c),
                        c == 0 ? CodeBlock.of("w") : CodeBlock.of("w + $L", c * layer.units())));
            }
            code.endControlFlow();
        }
        for (int i = first; i < layer.fanIn(); i++) {
            CodeBlock w = i == 0 ? CodeBlock.of("$N + $N", context.weightsConstant(layer), unit)
                    : CodeBlock.of("$N + $L + $N", context.weightsConstant(layer), i * layer.units(), unit);
            code.addStatement("$L", step.write(i % chains, CodeBlock.of("$L", i), w));
        }
        return code.build();
    }
}
