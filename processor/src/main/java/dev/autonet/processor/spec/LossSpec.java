package dev.autonet.processor.spec;

import dev.autonet.LossFunction;

/** The {@code @Loss} as written, unchecked. */
public record LossSpec(Origin origin, Value<LossFunction> function, Value<Double> delta) {}
