package dev.autonet.processor.model;

import dev.autonet.Activation;
import dev.autonet.LossFunction;
import dev.autonet.processor.codegen.Names;
import dev.autonet.processor.spec.LayerSpec;
import dev.autonet.processor.spec.NetworkSpec;
import dev.autonet.processor.spec.Supertype;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a validated {@link NetworkSpec} into a {@link NetworkModel}: defaults applied, offsets laid out. */
public final class ModelBuilder {

    /**
     * The largest layer, in weights ({@code fanIn × units}), that is written out as straight-line code.
     * Above it a layer becomes loops with constant bounds. At 512 multiply-adds an unrolled layer is
     * about 5 KB of bytecode, which leaves room under HotSpot's 8000-byte limit for compiling a method
     * (-XX:-DontCompileHugeMethods is off by default); the code generator splits work across methods
     * so no method crosses that limit.
     */
    public static final int UNROLL_MAX_WEIGHTS = 512;

    /** The model of {@code spec}, which validation has accepted. */
    public NetworkModel build(NetworkSpec spec) {
        List<LayerModel> layers = new ArrayList<>();
        int fanIn = spec.inputs().get();
        int offset = 0;
        for (LayerSpec layer : spec.layers()) {
            int units = layer.units().get();
            Activation activation = layer.activation().get();
            int weightOffset = offset;
            int biasOffset = weightOffset + fanIn * units;
            int alphaOffset = activation == Activation.PRELU ? biasOffset + units : -1;
            LayerModel model = new LayerModel(
                    layer.index(),
                    layerName(layer),
                    fanIn,
                    units,
                    activation,
                    alpha(activation, layer.alpha().get()),
                    Init.forActivation(activation),
                    weightOffset,
                    biasOffset,
                    alphaOffset,
                    fanIn * units <= UNROLL_MAX_WEIGHTS);
            layers.add(model);
            offset += model.parameterCount();
            fanIn = units;
        }
        Optional<LossFunction> loss = spec.loss().map(l -> l.function().get());
        return new NetworkModel(
                spec.type(),
                Names.packageOf(spec.type()),
                Names.baseName(spec.type()),
                spec.precision().get(),
                spec.inputs().get(),
                layers,
                loss,
                loss.filter(l -> l == LossFunction.HUBER).isPresent() ? spec.loss().get().delta().get() : Double.NaN,
                spec.supertypes().stream().map(Supertype::task).filter(t -> t != Supertype.Task.OTHER).findFirst(),
                offset,
                spec.weights().get(),
                spec.backend().get());
    }

    private static String layerName(LayerSpec layer) {
        String name = layer.name().get();
        return name.isEmpty() ? defaultLayerName(layer.index()) : name;
    }

    /** The name of an unnamed layer: "dense1" for the first, as in Keras' "dense", "dense_1" but 1-based. */
    public static String defaultLayerName(int index) {
        return "dense" + (index + 1);
    }

    /** The alpha in force: the written one, or the activation's default; NaN where alpha means nothing. */
    public static double alpha(Activation activation, double written) {
        double defaultAlpha;
        switch (activation) {
            case LEAKY_RELU:
                defaultAlpha = 0.01;
                break;
            case PRELU:
                defaultAlpha = 0.25;
                break;
            case ELU:
                defaultAlpha = 1.0;
                break;
            default:
                return Double.NaN;
        }
        return Double.isNaN(written) ? defaultAlpha : written;
    }
}
