package dev.autonet.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * The libraries the processor runs on, besides its own classes. javac loads processors from their own
 * processor path; a build that puts only {@code autonet-processor} there (plain {@code javac -processorpath},
 * a hand-written build) would otherwise fail with a {@link NoClassDefFoundError} stack trace in the middle
 * of a round. Maven's {@code annotationProcessorPaths} and Gradle's {@code annotationProcessor}
 * configuration resolve these transitively.
 */
final class ProcessorPath {
    /** A library by its Maven coordinates, and one class the processor loads from it. */
    private record Library(String coordinates, String probe) {}

    private static final List<Library> LIBRARIES = List.of(
            new Library("dev.autonet:autonet-annotations", "dev.autonet.Activation"),
            new Library("dev.autonet:autonet-runtime", "dev.autonet.runtime.io.ModelFiles"),
            new Library("com.palantir.javapoet:javapoet", "com.palantir.javapoet.JavaFile"));

    private ProcessorPath() {}

    /** The coordinates of each library {@code loader} cannot load, in a fixed order; empty when all are there. */
    static List<String> missing(ClassLoader loader) {
        List<String> missing = new ArrayList<>();
        for (Library library : LIBRARIES) {
            try {
                Class.forName(library.probe(), false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                missing.add(library.coordinates());
            }
        }
        return missing;
    }
}
