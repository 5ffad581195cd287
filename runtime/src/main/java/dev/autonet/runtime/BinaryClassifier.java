package dev.autonet.runtime;

/**
 * A network with one SIGMOID output unit trained with BCE (or inference-only): the probability of the
 * positive class. Extend it from a {@code @Network} interface and the generated model implements it;
 * the processor rejects a declaration whose output layer or loss disagrees.
 *
 * <p>The overload in the network's own precision allocates nothing; the other converts the input
 * into a new array first.
 */
public interface BinaryClassifier {
    /** Probability that {@code input} belongs to the positive class. */
    double probability(float[] input);

    /** Probability that {@code input} belongs to the positive class. */
    double probability(double[] input);

    /** Whether the probability exceeds 0.5 (a probability of exactly 0.5 is negative, as in Keras). */
    default boolean classify(float[] input) {
        return probability(input) > 0.5;
    }

    /** Whether the probability exceeds 0.5 (a probability of exactly 0.5 is negative, as in Keras). */
    default boolean classify(double[] input) {
        return probability(input) > 0.5;
    }
}
