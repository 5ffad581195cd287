package dev.autonet.processor.codegen;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.autonet.processor.model.NetworkModel;
import javax.lang.model.element.Modifier;

/** Writes {@code <Name>Model}, the allocation-free inference class. */
public final class ModelGenerator {

    /** The model class for {@code network}. */
    public JavaFile generate(NetworkModel network) {
        // Placeholder until the real generator lands: an empty class, so the pipeline runs end to end.
        TypeSpec model = TypeSpec.classBuilder(Names.modelName(network.baseName()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addOriginatingElement(network.declaration())
                .build();
        return JavaFile.builder(network.packageName(), model).build();
    }
}
