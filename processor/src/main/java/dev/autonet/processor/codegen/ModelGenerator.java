package dev.autonet.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.autonet.processor.codegen.ForwardPlan.Block;
import dev.autonet.processor.codegen.ForwardPlan.Looped;
import dev.autonet.processor.codegen.ForwardPlan.UnitRange;
import dev.autonet.processor.codegen.ForwardPlan.Unrolled;
import dev.autonet.processor.model.LayerModel;
import dev.autonet.processor.model.NetworkModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Name>Model}, the allocation-free inference class: constants and factories
 * ({@link ModelFactories}), the inference API ({@link InferenceMethods}), the task interface's methods
 * ({@link TaskMethods}), the layer methods the {@link ForwardPlan} calls for, and the per-thread
 * {@link WorkspaceWriter workspace} when one is needed. With {@code backend = VECTOR} the forward pass and
 * the batched API come from {@link VectorForwardWriter} and {@link VectorBatchedWriter} instead.
 */
public final class ModelGenerator {

    /** The model class for {@code network}. */
    public JavaFile generate(NetworkModel network) {
        ModelContext context = new ModelContext(network);
        if (network.vector()) {
            return generateVector(context);
        }
        ForwardPlan plan = ForwardPlan.of(context);
        WorkspaceWriter workspace = new WorkspaceWriter(context, plan.buffered(), TaskMethods.needsLogits(context));
        TypeSpec.Builder model = header(context);
        if (workspace.needed()) {
            model.addField(workspace.field());
        }
        InferenceMethods inference = new InferenceMethods(context, plan);
        TaskMethods task = addApi(context, model, inference, workspace.buffersLayers());
        model.addMethod(inference.forward());
        if (workspace.buffersLayers()) {
            model.addMethod(workspace.delegatingForward());
        }
        model.addMethods(layerMethods(context, plan));
        task.conversionHelper().ifPresent(model::addMethod);
        if (workspace.needed()) {
            model.addType(workspace.type());
        }
        new BatchedMethods(context).addTo(model);
        return file(network, model);
    }

    // The same class with the forward pass and the batched API on jdk.incubator.vector.
    private JavaFile generateVector(ModelContext context) {
        VectorForwardWriter forward = new VectorForwardWriter(context);
        // every hidden layer's activations go through the workspace
        List<LayerModel> hidden = context.network().layers().subList(0, context.network().layers().size() - 1);
        WorkspaceWriter workspace = new WorkspaceWriter(context, hidden, TaskMethods.needsLogits(context));
        TypeSpec.Builder model = header(context).addField(forward.speciesField());
        if (workspace.needed()) {
            model.addField(workspace.field());
        }
        InferenceMethods inference = new InferenceMethods(context, null);
        TaskMethods task = addApi(context, model, inference, workspace.buffersLayers());
        model.addMethod(forward.forward());
        if (workspace.buffersLayers()) {
            model.addMethod(workspace.delegatingForward());
        }
        model.addMethods(forward.layerMethods());
        task.conversionHelper().ifPresent(model::addMethod);
        if (workspace.needed()) {
            model.addType(workspace.type());
        }
        new VectorBatchedWriter(context).addTo(model);
        return file(context.network(), model);
    }

    private static TypeSpec.Builder header(ModelContext context) {
        NetworkModel network = context.network();
        return TypeSpec.classBuilder(context.modelClass())
                .addJavadoc(ModelDoc.of(context))
                .addAnnotation(GeneratedFiles.generated())
                .addAnnotation(GeneratedFiles.marker(network))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ClassName.get(network.declaration()))
                .addSuperinterface(context.numeric().network())
                .addOriginatingElement(network.declaration())
                .addFields(new ModelFactories(context).constants())
                .addField(new ArchitectureWriter(network).field());
    }

    // The parameters, factories, persistence, architecture, inference and task API; returns the task writer.
    private static TaskMethods addApi(ModelContext context, TypeSpec.Builder model, InferenceMethods inference,
            boolean scratchForward) {
        TaskMethods task = new TaskMethods(context, scratchForward);
        model.addField(parametersField(context))
                .addMethods(new ModelFactories(context).methods())
                .addMethods(PersistenceMethods.of(context))
                .addMethod(new ArchitectureWriter(context.network()).method())
                .addMethods(new ArchitectureWriter(context.network()).layerArray())
                .addMethods(inference.api())
                .addMethods(task.api());
        return task;
    }

    private static JavaFile file(NetworkModel network, TypeSpec.Builder model) {
        return GeneratedFiles.of(network, model);
    }

    // private final float[] parameters;
    private static FieldSpec parametersField(ModelContext context) {
        return FieldSpec.builder(context.numeric().array(), "parameters", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("Per layer W [fanIn][units] row-major, b, then PReLU's slope; never shared with callers.\n")
                .build();
    }

    private static List<MethodSpec> layerMethods(ModelContext context, ForwardPlan plan) {
        UnrolledBlockWriter unrolled = new UnrolledBlockWriter(context);
        LoopedLayerWriter looped = new LoopedLayerWriter(context);
        List<MethodSpec> methods = new ArrayList<>();
        for (Block block : plan.blocks()) {
            if (block instanceof Unrolled u) {
                methods.add(unrolled.write(u));
            } else if (block instanceof UnitRange r) {
                methods.add(unrolled.write(r));
            } else {
                methods.add(looped.write((Looped) block));
            }
        }
        return methods;
    }
}
