package dev.autonet.processor.validation;

import dev.autonet.processor.model.ModelBuilder;
import dev.autonet.processor.spec.LayerSpec;
import dev.autonet.processor.spec.NetworkSpec;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.SourceVersion;

/** Rules about layer names, which generated code turns into identifiers: each valid, all distinct. */
final class LayerNameRules {
    private LayerNameRules() {}

    /**
     * Adds an error if a written layer name is not a Java identifier, or is a keyword or literal
     * ({@code layer-name}), on the name value. An empty name is the default ("dense1", ...).
     */
    static void nameIsIdentifier(LayerSpec layer, Findings findings) {
        String name = layer.name().get();
        if (!name.isEmpty() && !isIdentifier(name)) {
            findings.error(Message.LAYER_NAME_INVALID, layer.name().origin(), name);
        }
    }

    /**
     * Adds an error if two layers end up with the same name, written or default ({@code layer-name}), once
     * per clash, on the later written name (or the earlier one, when the later layer is unnamed).
     */
    static void namesDistinct(NetworkSpec spec, Findings findings) {
        Map<String, LayerSpec> seen = new HashMap<>();
        for (LayerSpec layer : spec.layers()) {
            LayerSpec earlier = seen.putIfAbsent(effectiveName(layer), layer);
            if (earlier != null && isIdentifier(effectiveName(layer))) {
                LayerSpec written = layer.name().get().isEmpty() ? earlier : layer;
                findings.error(Message.LAYER_NAME_DUPLICATE, written.name().origin(),
                        effectiveName(layer), earlier.index() + 1, layer.index() + 1);
            }
        }
    }

    private static String effectiveName(LayerSpec layer) {
        String name = layer.name().get();
        return name.isEmpty() ? ModelBuilder.defaultLayerName(layer.index()) : name;
    }

    // SourceVersion.isName accepts qualified names, so a dot is ruled out separately.
    private static boolean isIdentifier(String name) {
        return SourceVersion.isName(name) && name.indexOf('.') < 0;
    }
}
