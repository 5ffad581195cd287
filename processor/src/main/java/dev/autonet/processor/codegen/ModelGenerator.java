package dev.autonet.processor.codegen;

import com.palantir.javapoet.JavaFile;
import dev.autonet.processor.model.NetworkModel;

/** Writes {@code <Name>Model}, the allocation-free inference class. */
public final class ModelGenerator {

    /** The model class for {@code network}. */
    public JavaFile generate(NetworkModel network) {
        throw new UnsupportedOperationException("not yet");
    }
}
