package dev.autonet.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.autonet.Activation;
import dev.autonet.processor.codegen.TrainerPlan.LayerPlan;
import dev.autonet.processor.codegen.TrainerPlan.Tile;
import dev.autonet.processor.model.LayerModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The trainer's backward pass for one row, from the output layer's deltas (dL/dz, written by the loss)
 * down to the input. Per layer, three kernels: the weight gradient ({@code g[W] += in ⊗ delta},
 * {@code g[b] += delta}), the input gradient ({@code W · delta}, written into the previous layer's
 * deltas, or the network's input gradient for the first layer), and the previous layer's activation
 * gradient, which multiplies those deltas by the activation's derivative in place (and for PReLU adds
 * the slope's gradient). Straight-line for unrolled layers, cut into tiles by {@link TrainerPlan}; loops
 * for the others.
 */
final class TrainerBackwardWriter {
    private static final String WEIGHT_GRADIENT = "WeightGradient";
    private static final String INPUT_GRADIENT = "InputGradient";
    private static final String ACTIVATION_GRADIENT = "ActivationGradient";

    private final TrainerContext context;
    private final List<LayerPlan> plans;

    TrainerBackwardWriter(TrainerContext context, List<LayerPlan> plans) {
        this.context = context;
        this.plans = plans;
    }

    /** {@link #backward()} and every layer's backward kernels. */
    List<MethodSpec> all() {
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(backward());
        for (LayerPlan plan : plans) {
            LayerModel layer = plan.layer();
            if (layer.unrolled()) {
                addTiles(methods, layer, WEIGHT_GRADIENT, plan.weightGradient());
                addTiles(methods, layer, INPUT_GRADIENT, plan.inputGradient());
            } else {
                methods.add(loopedWeightGradient(layer));
                methods.add(loopedInputGradient(layer));
            }
            if (!context.isOutput(layer) && layer.activation() != Activation.LINEAR) {
                methods.add(activationGradient(layer));
            }
        }
        return methods;
    }

    private void addTiles(List<MethodSpec> methods, LayerModel layer, String kind, List<Tile> tiles) {
        for (int part = 0; part < tiles.size(); part++) {
            Tile tile = tiles.get(part);
            methods.add(kind.equals(WEIGHT_GRADIENT)
                    ? unrolledWeightGradient(layer, tile, part + 1, tiles.size())
                    : unrolledInputGradient(layer, tile, part + 1, tiles.size()));
        }
    }

    /*
     * private void backward(float[] p, float[] g, boolean inputGradientWanted) {
     *     // dense2 (4 -> 1, LINEAR): its weights' gradient, then back into dense1
     *     dense2WeightGradient(g, dense1Activations, dense2Deltas);
     *     dense2InputGradient(p, dense2Deltas, dense1Deltas);
     *     dense1ActivationGradient(dense1PreActivations, dense1Deltas);
     *     // dense1 (3 -> 4, RELU): its weights' gradient, then the input gradient if wanted
     *     dense1WeightGradient(g, inputRow, dense1Deltas);
     *     if (inputGradientWanted) {
     *         dense1InputGradient(p, dense1Deltas, inputGradientRow);
     *     }
     * }
     */
    private MethodSpec backward() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("backward")
                .addJavadoc("Adds this row's gradient to {@code g}, from the output layer's deltas (set by\n"
                        + "{@link #outputDeltas}) down to the first layer; with {@code inputGradientWanted}, also\n"
                        + "writes the gradient with respect to {@code inputRow} into {@code inputGradientRow}.\n")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(context.numeric().array(), Names.PARAMETERS_LOCAL)
                .addParameter(context.numeric().array(), "g")
                .addParameter(boolean.class, "inputGradientWanted");
        List<LayerModel> layers = context.network().layers();
        for (int l = layers.size() - 1; l >= 0; l--) {
            LayerModel layer = layers.get(l);
            LayerPlan plan = plans.get(l);
            method.addComment(l == 0 ? "$L: its weights' gradient, then the input gradient if wanted"
                    : "$L: its weights' gradient, then back into " + context.previous(layer).name(),
                    ModelContext.describe(layer));
            calls(method, layer, WEIGHT_GRADIENT, plan.weightGradient().size(),
                    CodeBlock.of("g, $N, $N", context.inputOf(layer), context.deltas(layer)));
            if (l == 0) {
                method.beginControlFlow("if (inputGradientWanted)");
                calls(method, layer, INPUT_GRADIENT, plan.inputGradient().size(),
                        CodeBlock.of("$N, $N, inputGradientRow", Names.PARAMETERS_LOCAL, context.deltas(layer)));
                method.endControlFlow();
                continue;
            }
            LayerModel previous = context.previous(layer);
            calls(method, layer, INPUT_GRADIENT, plan.inputGradient().size(),
                    CodeBlock.of("$N, $N, $N", Names.PARAMETERS_LOCAL, context.deltas(layer), context.deltas(previous)));
            if (previous.activation() != Activation.LINEAR) {
                method.addStatement("$N($L)", context.kernel(previous, ACTIVATION_GRADIENT, 1, 1),
                        activationGradientArguments(previous));
            }
        }
        return method.build();
    }

    // dense2WeightGradientPart1(g, dense1Activations, dense2Deltas); dense2WeightGradientPart2(...); ...
    private void calls(MethodSpec.Builder method, LayerModel layer, String kind, int tiles, CodeBlock arguments) {
        int parts = layer.unrolled() ? tiles : 1;
        for (int part = 1; part <= parts; part++) {
            method.addStatement("$N($L)", context.kernel(layer, kind, part, parts), arguments);
        }
    }

    // p, g, dense1PreActivations, dense1Deltas  (PReLU)  or  dense1PreActivations, dense1Deltas
    private CodeBlock activationGradientArguments(LayerModel layer) {
        return layer.hasLearnedAlpha()
                ? CodeBlock.of("$N, g, $N, $N", Names.PARAMETERS_LOCAL, context.preActivations(layer),
                        context.deltas(layer))
                : CodeBlock.of("$N, $N", context.preActivations(layer), context.deltas(layer));
    }

    /*
     * private static void dense2WeightGradient(float[] g, float[] in, float[] delta) {
     *     g[DENSE2_BIAS] += delta[0];
     *     g[DENSE2_WEIGHTS] += in[0] * delta[0];
     *     g[DENSE2_WEIGHTS + 1] += in[0] * delta[1];
     *     ...
     * }
     */
    private MethodSpec unrolledWeightGradient(LayerModel layer, Tile tile, int part, int parts) {
        MethodSpec.Builder method = kernel(layer, WEIGHT_GRADIENT, part, parts, "g", "in", "delta")
                .addJavadoc("Adds one row's gradient of $L's $L to {@code g}, in straight-line code: inputs $L to $L,\n"
                        + "units $L to $L.\n", layer.name(), tile.withBias() ? "W and b" : "W", tile.inputFrom(),
                        tile.inputTo() - 1, tile.unitFrom(), tile.unitTo() - 1);
        if (tile.withBias()) {
            for (int j = tile.unitFrom(); j < tile.unitTo(); j++) {
                method.addStatement("g[$L] += delta[$L]", ModelContext.offset(context.model().biasConstant(layer), j), j);
            }
        }
        for (int i = tile.inputFrom(); i < tile.inputTo(); i++) {
            for (int j = tile.unitFrom(); j < tile.unitTo(); j++) {
                method.addStatement("g[$L] += in[$L] * delta[$L]", weight(layer, i, j), i, j);
            }
        }
        return method.build();
    }

    /*
     * private static void dense2InputGradient(float[] p, float[] delta, float[] inGradient) {
     *     inGradient[0] = p[DENSE2_WEIGHTS] * delta[0] + p[DENSE2_WEIGHTS + 1] * delta[1];
     *     ...
     * }
     */
    private MethodSpec unrolledInputGradient(LayerModel layer, Tile tile, int part, int parts) {
        boolean accumulate = tile.unitFrom() > 0;
        MethodSpec.Builder method = kernel(layer, INPUT_GRADIENT, part, parts, Names.PARAMETERS_LOCAL, "delta",
                        "inGradient")
                .addJavadoc("$L {@code inGradient}, the gradient with respect to $L's inputs $L to $L, from units $L\n"
                        + "to $L of {@code delta}, in straight-line code.\n", accumulate ? "Adds to" : "Writes",
                        layer.name(), tile.inputFrom(), tile.inputTo() - 1, tile.unitFrom(), tile.unitTo() - 1);
        for (int i = tile.inputFrom(); i < tile.inputTo(); i++) {
            CodeBlock.Builder sum = CodeBlock.builder();
            for (int j = tile.unitFrom(); j < tile.unitTo(); j++) {
                sum.add(j == tile.unitFrom() ? "$N[$L] * delta[$L]" : " +$W$N[$L] * delta[$L]",
                        Names.PARAMETERS_LOCAL, weight(layer, i, j), j);
            }
            method.addStatement(accumulate ? "inGradient[$L] += $L" : "inGradient[$L] = $L", i, sum.build());
        }
        return method.build();
    }

    /*
     * private static void dense1WeightGradient(float[] g, float[] in, float[] delta) {
     *     for (int j = 0; j < 256; j++) { g[DENSE1_BIAS + j] += delta[j]; }
     *     for (int i = 0; i < 784; i++) {
     *         float x = in[i];
     *         int row = DENSE1_WEIGHTS + i * 256;
     *         for (int j = 0; j < 256; j++) { g[row + j] += x * delta[j]; }
     *     }
     * }
     */
    private MethodSpec loopedWeightGradient(LayerModel layer) {
        return kernel(layer, WEIGHT_GRADIENT, 1, 1, "g", "in", "delta")
                .addJavadoc("Adds one row's gradient of $L's W and b to {@code g}, as loops.\n", layer.name())
                .beginControlFlow("for (int j = 0; j < $L; j++)", layer.units())
                .addStatement("g[$N + j] += delta[j]", context.model().biasConstant(layer))
                .endControlFlow()
                .beginControlFlow("for (int i = 0; i < $L; i++)", layer.fanIn())
                .addStatement("$T x = in[i]", context.numeric().scalar())
                .addStatement("int row = $N + i * $L", context.model().weightsConstant(layer), layer.units())
                .beginControlFlow("for (int j = 0; j < $L; j++)", layer.units())
                .addStatement("g[row + j] += x * delta[j]")
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    /*
     * private static void dense2InputGradient(float[] p, float[] delta, float[] inGradient) {
     *     for (int i = 0; i < 256; i++) {
     *         int row = DENSE2_WEIGHTS + i * 128;
     *         float sum = 0;
     *         for (int j = 0; j < 128; j++) { sum += p[row + j] * delta[j]; }
     *         inGradient[i] = sum;
     *     }
     * }
     */
    private MethodSpec loopedInputGradient(LayerModel layer) {
        return kernel(layer, INPUT_GRADIENT, 1, 1, Names.PARAMETERS_LOCAL, "delta", "inGradient")
                .addJavadoc("Writes {@code inGradient}, the gradient with respect to $L's inputs, as loops.\n", layer.name())
                .beginControlFlow("for (int i = 0; i < $L; i++)", layer.fanIn())
                .addStatement("int row = $N + i * $L", context.model().weightsConstant(layer), layer.units())
                .addStatement("$T sum = 0", context.numeric().scalar())
                .beginControlFlow("for (int j = 0; j < $L; j++)", layer.units())
                .addStatement("sum += $N[row + j] * delta[j]", Names.PARAMETERS_LOCAL)
                .endControlFlow()
                .addStatement("inGradient[i] = sum")
                .endControlFlow()
                .build();
    }

    /*
     * private static void dense1ActivationGradient(float[] z, float[] delta) {
     *     for (int j = 0; j < 32; j++) { delta[j] *= Activations.reluDerivative(z[j]); }
     * }
     * PReLU also adds the slope's gradient:
     * private static void dense1ActivationGradient(float[] p, float[] g, float[] z, float[] delta) {
     *     float slope = p[DENSE1_ALPHA];
     *     float slopeGradient = 0;
     *     for (int j = 0; j < 32; j++) {
     *         float upstream = delta[j];
     *         slopeGradient += upstream * Activations.preluAlphaDerivative(z[j]);
     *         delta[j] = upstream * Activations.leakyReluDerivative(z[j], slope);
     *     }
     *     g[DENSE1_ALPHA] += slopeGradient;
     * }
     */
    private MethodSpec activationGradient(LayerModel layer) {
        MethodSpec.Builder method = layer.hasLearnedAlpha()
                ? kernel(layer, ACTIVATION_GRADIENT, 1, 1, Names.PARAMETERS_LOCAL, "g", "z", "delta")
                : kernel(layer, ACTIVATION_GRADIENT, 1, 1, "z", "delta");
        method.addJavadoc("Turns {@code delta} from the gradient with respect to $L's activations into the gradient\n"
                + "with respect to its pre-activations {@code z}, in place$L.\n", layer.name(),
                layer.hasLearnedAlpha() ? ", adding the learned slope's gradient to {@code g}" : "");
        CodeBlock z = CodeBlock.of("z[j]");
        if (!layer.hasLearnedAlpha()) {
            return method.beginControlFlow("for (int j = 0; j < $L; j++)", layer.units())
                    .addStatement("delta[j] *= $L", ActivationDerivativeCall.apply(context, layer, z, null))
                    .endControlFlow()
                    .build();
        }
        String alpha = context.model().alphaConstant(layer);
        return method.addStatement("$T slope = $N[$N]", context.numeric().scalar(), Names.PARAMETERS_LOCAL, alpha)
                .addStatement("$T slopeGradient = 0", context.numeric().scalar())
                .beginControlFlow("for (int j = 0; j < $L; j++)", layer.units())
                .addStatement("$T upstream = delta[j]", context.numeric().scalar())
                .addStatement("slopeGradient += upstream * $T.preluAlphaDerivative($L)", ModelContext.ACTIVATIONS, z)
                .addStatement("delta[j] = upstream * $L",
                        ActivationDerivativeCall.apply(context, layer, z, CodeBlock.of("slope")))
                .endControlFlow()
                .addStatement("g[$N] += slopeGradient", alpha)
                .build();
    }

    // private static void dense2WeightGradient(float[] g, float[] in, float[] delta)
    private MethodSpec.Builder kernel(LayerModel layer, String kind, int part, int parts, String... arrays) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(context.kernel(layer, kind, part, parts))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC);
        for (String array : arrays) {
            method.addParameter(context.numeric().array(), array);
        }
        return method;
    }

    private CodeBlock weight(LayerModel layer, int input, int unit) {
        return ModelContext.offset(context.model().weightsConstant(layer), input * layer.units() + unit);
    }
}
