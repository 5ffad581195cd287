package dev.autonet.processor.validation;

import dev.autonet.Activation;
import dev.autonet.processor.spec.LayerSpec;
import dev.autonet.processor.spec.NetworkSpec;

/** Rules about one {@code @Dense}: where its activation may stand, and its alpha. */
final class LayerRules {
    private LayerRules() {}

    /** Adds an error if SOFTMAX is used in a hidden layer ({@code hidden-softmax}), on its activation. */
    static void softmaxOnlyLast(NetworkSpec spec, LayerSpec layer, Findings findings) {
        if (layer.activation().get() == Activation.SOFTMAX && !isOutput(spec, layer)) {
            findings.error(Message.HIDDEN_SOFTMAX, layer.activation().origin(), layer.index() + 1);
        }
    }

    /**
     * Adds an error if the SOFTMAX output layer has 1 unit ({@code softmax-units}), on its activation. This
     * also covers "cross-entropy needs at least 2 units": any other output already fails the pairing.
     */
    static void softmaxTwoUnits(NetworkSpec spec, LayerSpec layer, Findings findings) {
        if (layer.activation().get() == Activation.SOFTMAX && isOutput(spec, layer) && layer.units().get() == 1) {
            findings.error(Message.SOFTMAX_UNITS, layer.activation().origin(), layer.index() + 1);
        }
    }

    /** Adds an error if a layer of a network with {@code @Loss} uses STEP ({@code step-trained}), on its activation. */
    static void stepNotTrained(NetworkSpec spec, LayerSpec layer, Findings findings) {
        if (layer.activation().get() == Activation.STEP && spec.loss().isPresent()) {
            findings.error(Message.STEP_TRAINED, layer.activation().origin(),
                    layer.index() + 1, spec.loss().get().function().get());
        }
    }

    /**
     * Adds a warning if a hidden layer of a network with {@code @Loss} uses SIGMOID
     * ({@code vanishing-gradient}), on its activation. Inference-only networks are not warned: nothing is
     * trained through them.
     */
    static void sigmoidNotHidden(NetworkSpec spec, LayerSpec layer, Findings findings) {
        if (layer.activation().get() == Activation.SIGMOID && !isOutput(spec, layer) && spec.loss().isPresent()) {
            findings.warning(Message.VANISHING_GRADIENT, layer.activation().origin(), layer.index() + 1);
        }
    }

    /**
     * Adds an error if a written alpha is out of its activation's range ({@code alpha-range}): LEAKY_RELU
     * in (0, 1), PRELU in [0, 1), ELU greater than 0, all finite; or if alpha is written on any other
     * activation ({@code alpha-unused}). On the alpha value. NaN, the annotation's default, means "the
     * activation's default" even when written out, as {@code Dense.alpha} documents.
     */
    static void alphaInRange(LayerSpec layer, Findings findings) {
        double alpha = layer.alpha().get();
        if (!layer.alpha().explicit() || Double.isNaN(alpha)) {
            return;
        }
        Activation activation = layer.activation().get();
        Message problem = alphaProblem(activation, alpha);
        if (problem != null) {
            findings.error(problem, layer.alpha().origin(), alpha, activation);
        }
    }

    // The message for a written, non-NaN alpha on this activation; null when it is fine.
    private static Message alphaProblem(Activation activation, double alpha) {
        boolean finite = Double.isFinite(alpha);
        return switch (activation) {
            case LEAKY_RELU -> finite && alpha > 0 && alpha < 1 ? null : Message.ALPHA_LEAKY_RELU;
            case PRELU -> finite && alpha >= 0 && alpha < 1 ? null : Message.ALPHA_PRELU;
            case ELU -> finite && alpha > 0 ? null : Message.ALPHA_ELU;
            default -> Message.ALPHA_UNUSED;
        };
    }

    private static boolean isOutput(NetworkSpec spec, LayerSpec layer) {
        return layer.index() == spec.layers().size() - 1;
    }
}
