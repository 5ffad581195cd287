package dev.autonet.runtime;

/** A generated model whose precision is DOUBLE: what every {@code <Name>Model} of a DOUBLE network implements. */
public interface DoubleNetwork {
    /** Number of input features. */
    int inputs();

    /** Number of outputs. */
    int outputs();

    /** The declared shape: layers, activations, loss; the same object as the model's {@code ARCHITECTURE}. */
    Architecture architecture();

    /** Length of {@link #parameters()}. */
    int parameterCount();

    /**
     * Writes the network's output for one row into {@code output}. Allocates nothing and is safe to call
     * from many threads at once. Throws IllegalArgumentException if a length is wrong.
     */
    void predict(double[] input, double[] output);

    /** {@link #predict(double[], double[])} into a new array. */
    double[] predict(double[] input);

    /** A copy of the parameters in the flat layout: per layer W [fanIn][units] row-major, b, then PReLU's slope. */
    double[] parameters();
}
