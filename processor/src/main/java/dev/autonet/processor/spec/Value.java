package dev.autonet.processor.spec;

/**
 * One annotation attribute as declared: its value (the annotation's default where not written), whether
 * the user wrote it, and where it is.
 */
public record Value<T>(T get, boolean explicit, Origin origin) {}
