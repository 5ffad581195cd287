package dev.autonet.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import dev.autonet.processor.model.LayerModel;
import dev.autonet.processor.model.NetworkModel;
import javax.lang.model.element.Modifier;

/**
 * Writes the model's run-time description of itself: the {@code ARCHITECTURE} constant and the
 * {@code architecture()} method that saving, export and import read.
 */
final class ArchitectureWriter {
    static final ClassName ARCHITECTURE = ClassName.get("dev.autonet.runtime", "Architecture");
    private static final ClassName LAYER = ARCHITECTURE.nestedClass("Layer");
    private static final ClassName LIST = ClassName.get("java.util", "List");

    private final NetworkModel network;

    ArchitectureWriter(NetworkModel network) {
        this.network = network;
    }

    /*
     * public static final Architecture ARCHITECTURE = new Architecture(2, "FLOAT", List.<Architecture.Layer>of(
     *         new Architecture.Layer("dense1", 2, 32, "RELU", Double.NaN),
     *         ...), "BCE", Double.NaN);
     *
     * The type argument is explicit so that javac infers nothing (see InferenceFree).
     */
    FieldSpec field() {
        CodeBlock.Builder layers = CodeBlock.builder();
        for (LayerModel layer : network.layers()) {
            layers.add(layer.index() == 0 ? "\n" : ",\n");
            layers.add("new $T($S, $L, $L, $S, $L)", LAYER, layer.name(), layer.fanIn(), layer.units(),
                    layer.activation().name(), literal(layer.alpha()));
        }
        return FieldSpec.builder(ARCHITECTURE, "ARCHITECTURE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The declared shape, for saving, export and checks.\n")
                .initializer("new $T($L, $S, $T.<$T>of($>$>$L$<$<), $S, $L)", ARCHITECTURE, network.inputs(),
                        network.precision().name(), LIST, LAYER, layers.build(),
                        network.loss().map(Enum::name).orElse(""), literal(network.huberDelta()))
                .build();
    }

    // @Override public Architecture architecture() { return ARCHITECTURE; }
    MethodSpec method() {
        return MethodSpec.methodBuilder("architecture")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ARCHITECTURE)
                .addStatement("return ARCHITECTURE")
                .build();
    }

    private static CodeBlock literal(double value) {
        return Double.isNaN(value) ? CodeBlock.of("$T.NaN", Double.class) : CodeBlock.of("$L", value);
    }
}
