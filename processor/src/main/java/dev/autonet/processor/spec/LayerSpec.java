package dev.autonet.processor.spec;

import dev.autonet.Activation;

/**
 * One {@code @Dense} as written, unchecked. {@code index} is 0-based in source order; {@code alpha} is NaN
 * when not written (the activation's default applies); {@code name} is "" when not written.
 */
public record LayerSpec(
        int index,
        Origin origin,
        Value<Integer> units,
        Value<Activation> activation,
        Value<Double> alpha,
        Value<String> name) {}
