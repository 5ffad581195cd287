package dev.autonet.processor.model;

/**
 * The parameters read from a declaration's {@code @Network(weights)} file, to be compiled into
 * {@code <Name>Frozen}. FLOAT parameters are held widened to double, which is exact: narrowing each value
 * back gives the saved bits.
 *
 * @param resource the resource path as written in {@code weights}
 * @param fingerprint the architecture fingerprint the file carries (equal to the network's)
 * @param values the flat parameter array, in the network's layout
 */
public record FrozenParameters(String resource, String fingerprint, double[] values) {

    /** Parameter {@code index}. */
    public double get(int index) {
        return values[index];
    }
}
