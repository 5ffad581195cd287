package dev.autonet.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import dev.autonet.processor.model.LayerModel;
import dev.autonet.processor.model.NetworkModel;
import java.util.ArrayList;
import java.util.List;
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
     * The type argument is explicit so that javac infers nothing (see InferenceFree). A deep network's
     * list, at about 23 bytes a layer, would take the static initializer past HotSpot's 8000-byte limit;
     * it is List.<Architecture.Layer>of(architectureLayers()) instead, filled in pieces (layerArray).
     */
    FieldSpec field() {
        CodeBlock.Builder layers = CodeBlock.builder();
        if (inPieces()) {
            layers.add("architectureLayers()");
        } else {
            for (LayerModel layer : network.layers()) {
                layers.add(layer.index() == 0 ? "\n" : ",\n");
                layers.add(newLayer(layer));
            }
        }
        return FieldSpec.builder(ARCHITECTURE, "ARCHITECTURE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The declared shape, for saving, export and checks.\n")
                .initializer("new $T($L, $S, $T.<$T>of($>$>$L$<$<), $S, $L)", ARCHITECTURE, network.inputs(),
                        network.precision().name(), LIST, LAYER, layers.build(),
                        network.loss().map(Enum::name).orElse(""), literal(network.huberDelta()))
                .build();
    }

    /*
     * Deep networks only:
     * private static Architecture.Layer[] architectureLayers() {
     *     Architecture.Layer[] layers = new Architecture.Layer[401];
     *     architectureLayersPart1(layers); ...
     *     return layers;
     * }
     * private static void architectureLayersPart1(Architecture.Layer[] layers) {
     *     layers[0] = new Architecture.Layer("dense1", 2, 1, "RELU", Double.NaN); ...
     * }
     */
    List<MethodSpec> layerArray() {
        if (!inPieces()) {
            return List.of();
        }
        ArrayTypeName array = ArrayTypeName.of(LAYER);
        MethodSpec.Builder fill = MethodSpec.methodBuilder("architectureLayers")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(array, "layers");
        List<CodeBlock> assignments = new ArrayList<>();
        for (LayerModel layer : network.layers()) {
            assignments.add(CodeBlock.builder().addStatement("layers[$L] = $L", layer.index(), newLayer(layer)).build());
        }
        List<MethodSpec> pieces = MethodPieces.split(fill, assignments);
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(MethodSpec.methodBuilder("architectureLayers")
                .addJavadoc("The layers of {@link #ARCHITECTURE}, built in pieces.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(array)
                .addStatement("$T layers = new $T[$L]", array, LAYER, network.layers().size())
                .addCode(pieces.get(0).code())
                .addStatement("return layers")
                .build());
        methods.addAll(pieces.subList(1, pieces.size()));
        return methods;
    }

    private boolean inPieces() {
        return MethodPieces.splits(network.layers().size());
    }

    // new Architecture.Layer("dense1", 2, 32, "RELU", Double.NaN)
    private static CodeBlock newLayer(LayerModel layer) {
        return CodeBlock.of("new $T($S, $L, $L, $S, $L)", LAYER, layer.name(), layer.fanIn(), layer.units(),
                layer.activation().name(), literal(layer.alpha()));
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
