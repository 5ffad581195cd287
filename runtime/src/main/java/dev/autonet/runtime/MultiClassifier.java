package dev.autonet.runtime;

/**
 * A network with a SOFTMAX output over mutually exclusive classes, trained with (sparse) categorical
 * cross-entropy or inference-only. {@code predict} gives the class probabilities; this adds the class.
 *
 * <p>The overload in the network's own precision allocates nothing; the other converts the input
 * into a new array first.
 */
public interface MultiClassifier {
    /** Number of classes. */
    int classes();

    /** The most probable class, 0-based; the lowest index wins a tie. */
    int classify(float[] input);

    /** The most probable class, 0-based; the lowest index wins a tie. */
    int classify(double[] input);
}
