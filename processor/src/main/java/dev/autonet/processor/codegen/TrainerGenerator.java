package dev.autonet.processor.codegen;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.autonet.processor.model.NetworkModel;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Name>Trainer}, the trainer of a network with a loss: constants and buffers
 * ({@link TrainerFields}), the public API ({@link TrainerApiWriter}), the {@code Trainable} methods the
 * runtime's fit loop calls ({@link TrainableWriter}), the loss of one row ({@link TrainerLossWriter}), the
 * batch core over tiles of rows ({@link TrainerBatchWriter}) and the per-layer tile kernels
 * ({@link TrainerTileWriter}).
 */
public final class TrainerGenerator {

    /** The trainer class for {@code network}, which must be trainable ({@link NetworkModel#trainable()}). */
    public JavaFile generate(NetworkModel network) {
        TrainerContext context = new TrainerContext(network);
        TrainerFields fields = new TrainerFields(context);
        TypeSpec.Builder trainer = TypeSpec.classBuilder(context.trainerClass())
                .addJavadoc(TrainerDoc.of(context))
                .addAnnotation(GeneratedFiles.generated())
                .addAnnotation(GeneratedFiles.marker(network))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(TrainerContext.TRAINABLE)
                .addOriginatingElement(network.declaration())
                .addFields(fields.constants())
                .addFields(fields.fields())
                .addMethods(fields.allocation())
                .addMethods(new TrainerApiWriter(context).all())
                .addMethods(new TrainableWriter(context).all())
                .addMethods(new TrainerLossWriter(context).all())
                .addMethods(new TrainerBatchWriter(context).all())
                .addMethods(new TrainerTileWriter(context).all());
        return GeneratedFiles.of(network, trainer);
    }
}
