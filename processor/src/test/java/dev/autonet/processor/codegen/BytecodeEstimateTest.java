package dev.autonet.processor.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.Activation;
import dev.autonet.Precision;
import dev.autonet.processor.codegen.ForwardPlan.Block;
import dev.autonet.processor.codegen.ForwardPlan.UnitRange;
import dev.autonet.processor.codegen.ForwardPlan.Unrolled;
import dev.autonet.processor.good.Chains_MixedDoubleModel;
import dev.autonet.processor.good.Chains_UnrolledFloatModel;
import dev.autonet.processor.good.Chains_WideDoubleModel;
import dev.autonet.processor.good.Chains_WideFloatModel;
import dev.autonet.processor.good.MoonsModel;
import dev.autonet.processor.model.Init;
import dev.autonet.processor.model.LayerModel;
import dev.autonet.processor.model.ModelBuilder;
import dev.autonet.processor.model.NetworkModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link BytecodeEstimate} is what keeps untested shapes under the 8000-byte limit, so it must be an
 * upper bound on what javac really emits, and a close one (within 10%), or splitting wastes methods.
 * Checked for every straight-line method of several good/ networks, rebuilt here as {@link NetworkModel}s.
 */
class BytecodeEstimateTest {

    @Test
    void moons() {
        check(MoonsModel.class, "Moons", Precision.FLOAT, 2,
                List.of(32, 16, 8, 1), List.of(Activation.RELU, Activation.RELU, Activation.RELU, Activation.SIGMOID));
    }

    @Test
    void wideLayersInBothPrecisions() {
        List<Activation> activations = List.of(Activation.TANH, Activation.LINEAR);
        check(Chains_WideFloatModel.class, "Chains_WideFloat", Precision.FLOAT, 1, List.of(512, 1), activations);
        check(Chains_WideDoubleModel.class, "Chains_WideDouble", Precision.DOUBLE, 1, List.of(512, 1), activations);
    }

    @Test
    void everyActivation() {
        check(Chains_UnrolledFloatModel.class, "Chains_UnrolledFloat", Precision.FLOAT, 3,
                List.of(4, 5, 4, 6, 5, 4, 5, 4, 5, 4, 3, 3),
                List.of(Activation.STEP, Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LEAKY_RELU,
                        Activation.PRELU, Activation.ELU, Activation.SWISH, Activation.GELU, Activation.SOFTPLUS,
                        Activation.LINEAR, Activation.SOFTMAX),
                List.of("input", "p", "x", "output", "hiddenLayer", "dense1_2"));
        check(Chains_MixedDoubleModel.class, "Chains_MixedDouble", Precision.DOUBLE, 40, List.of(20, 16, 40, 3, 20, 3),
                List.of(Activation.TANH, Activation.PRELU, Activation.GELU, Activation.ELU, Activation.LEAKY_RELU,
                        Activation.SOFTMAX));
    }

    private static void check(Class<?> model, String baseName, Precision precision, int inputs, List<Integer> units,
            List<Activation> activations) {
        check(model, baseName, precision, inputs, units, activations, List.of());
    }

    private static void check(Class<?> model, String baseName, Precision precision, int inputs, List<Integer> units,
            List<Activation> activations, List<String> names) {
        ModelContext context = new ModelContext(network(baseName, precision, inputs, units, activations, names));
        BytecodeEstimate estimate = new BytecodeEstimate(context.numeric());
        Map<String, Integer> sizes = ClassFiles.methodSizes(model);
        String arrays = precision == Precision.FLOAT ? "([F[F[F)V" : "([D[D[D)V";
        int checked = 0;
        for (Block block : ForwardPlan.of(context).blocks()) {
            int estimated;
            if (block instanceof Unrolled unrolled) {
                estimated = estimate.unrolled(unrolled.layers(), context.isOutput(unrolled.last()));
            } else if (block instanceof UnitRange range) {
                estimated = estimate.unitRange(range.layer(), range.from(), range.to(), context.isOutput(range.layer()));
            } else {
                continue;
            }
            String method = model.getSimpleName() + "." + LayerMethods.name(context, block) + arrays;
            Integer actual = sizes.get(method);
            assertTrue(actual != null, "no " + method + " in " + sizes.keySet());
            assertTrue(estimated >= actual && estimated <= actual * 1.1,
                    method + ": estimated " + estimated + " bytes, javac wrote " + actual);
            checked++;
        }
        assertTrue(checked > 0, "no straight-line method in " + model);
    }

    // What ModelBuilder makes of the declaration: offsets, default names and the unroll decision.
    private static NetworkModel network(String baseName, Precision precision, int inputs, List<Integer> units,
            List<Activation> activations, List<String> names) {
        List<LayerModel> layers = new ArrayList<>();
        int fanIn = inputs;
        int offset = 0;
        for (int l = 0; l < units.size(); l++) {
            Activation activation = activations.get(l);
            int biasOffset = offset + fanIn * units.get(l);
            LayerModel layer = new LayerModel(l, l < names.size() ? names.get(l) : ModelBuilder.defaultLayerName(l),
                    fanIn, units.get(l), activation, ModelBuilder.alpha(activation, Double.NaN),
                    Init.forActivation(activation), offset, biasOffset,
                    activation == Activation.PRELU ? biasOffset + units.get(l) : -1,
                    fanIn * units.get(l) <= ModelBuilder.UNROLL_MAX_WEIGHTS);
            layers.add(layer);
            offset += layer.parameterCount();
            fanIn = units.get(l);
        }
        return new NetworkModel(null, "dev.autonet.processor.good", baseName, precision, inputs, layers,
                Optional.empty(), Double.NaN, Optional.empty(), offset);
    }
}
