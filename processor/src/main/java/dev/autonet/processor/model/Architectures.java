package dev.autonet.processor.model;

import dev.autonet.runtime.Architecture;
import java.util.ArrayList;
import java.util.List;

/**
 * The runtime's {@link Architecture} of a network, built in the processor: the same value the generated
 * model's {@code ARCHITECTURE} constant describes (see {@code codegen.ArchitectureWriter}), so a file the
 * model saved passes the runtime's own checks when the processor reads it.
 */
public final class Architectures {
    private Architectures() {}

    /** The architecture of {@code network}. */
    public static Architecture of(NetworkModel network) {
        List<Architecture.Layer> layers = new ArrayList<>();
        for (LayerModel layer : network.layers()) {
            layers.add(new Architecture.Layer(layer.name(), layer.fanIn(), layer.units(), layer.activation().name(),
                    layer.alpha()));
        }
        return new Architecture(network.inputs(), network.precision().name(), layers,
                network.loss().map(Enum::name).orElse(""), network.huberDelta());
    }
}
