package dev.autonet.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.autonet.processor.model.LayerModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The per-thread scratch buffers a prediction needs: hidden activations that cross from one layer method
 * to the next, and the logits the task methods read. {@code ThreadLocal.get()} allocates nothing after
 * a thread's first call, so predictions stay allocation-free and threads never share a buffer.
 */
final class WorkspaceWriter {

    private final ModelContext context;
    private final List<LayerModel> buffered;
    private final boolean logits;

    /**
     * {@code buffered}: the layers whose activations cross from one method to the next (the scalar forward
     * plan's, or every hidden layer for the vector backend); {@code logits}: whether the task methods need a
     * logits buffer.
     */
    WorkspaceWriter(ModelContext context, List<LayerModel> buffered, boolean logits) {
        this.context = context;
        this.buffered = List.copyOf(buffered);
        this.logits = logits;
    }

    /**
     * Whether hidden activations go through the workspace, so that the forward pass takes it as an argument
     * (fetched once per call by whoever calls it).
     */
    boolean buffersLayers() {
        return !buffered.isEmpty();
    }

    /*
     * private void forward(float[] input, float[] output) {
     *     forward(input, output, WORKSPACE.get());
     * }
     */
    MethodSpec delegatingForward() {
        return MethodSpec.methodBuilder("forward")
                .addJavadoc("{@link #forward($T[], $T[], $T)} with this thread's workspace.\n",
                        context.numeric().scalar(), context.numeric().scalar(), context.workspaceClass())
                .addModifiers(Modifier.PRIVATE)
                .addParameter(context.numeric().array(), Names.INPUT)
                .addParameter(context.numeric().array(), Names.OUTPUT)
                .addStatement("forward($N, $N, WORKSPACE.get())", Names.INPUT, Names.OUTPUT)
                .build();
    }

    /** Whether the network needs any scratch at all; without, no workspace is generated. */
    boolean needed() {
        return logits || !buffered.isEmpty();
    }

    // private static final ThreadLocal<Workspace> WORKSPACE = new ThreadLocal<Workspace>() { ... new Workspace() ... };
    FieldSpec field() {
        return InferenceFree.threadLocal("WORKSPACE", context.workspaceClass(),
                "Each thread's own buffers; they hold nothing between calls.\n");
    }

    /*
     * private static final class Workspace {
     *     final float[] dense1 = new float[32];
     *     final float[] logits = new float[1];
     * }
     */
    TypeSpec type() {
        TypeSpec.Builder type = TypeSpec.classBuilder(context.workspaceClass())
                .addJavadoc("Scratch for one thread's predictions.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
        for (LayerModel layer : buffered) {
            type.addField(buffer(context.variable(layer), layer.units(), CodeBlock.of("Activations of $L.", layer.name())));
        }
        if (logits) {
            type.addField(buffer(Names.LOGITS, context.network().outputs(), CodeBlock.of("The output layer's pre-activation.")));
        }
        return type.build();
    }

    private FieldSpec buffer(String name, int length, CodeBlock doc) {
        return FieldSpec.builder(context.numeric().array(), name, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .initializer("new $T[$L]", context.numeric().scalar(), length)
                .build();
    }
}
