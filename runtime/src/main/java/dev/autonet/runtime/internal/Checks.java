package dev.autonet.runtime.internal;

/**
 * Argument checks that generated code runs at its public entry points, so every generated class reports
 * a wrong argument with the same words: "input has length 3, expected 2".
 */
public final class Checks {
    private Checks() {}

    /** Throws NullPointerException "NAME is null" or IllegalArgumentException "NAME has length N, expected M". */
    public static void checkLength(String name, float[] array, int expected) {
        if (array == null) {
            throw new NullPointerException(name + " is null");
        }
        if (array.length != expected) {
            throw wrongLength(name, array.length, expected);
        }
    }

    /** Throws NullPointerException "NAME is null" or IllegalArgumentException "NAME has length N, expected M". */
    public static void checkLength(String name, double[] array, int expected) {
        if (array == null) {
            throw new NullPointerException(name + " is null");
        }
        if (array.length != expected) {
            throw wrongLength(name, array.length, expected);
        }
    }

    /**
     * A copy of {@code parameters} after checking it has {@code expected} values, all finite; the copy
     * keeps a model immune to later changes of the caller's array. Throws NullPointerException
     * "parameters is null", IllegalArgumentException "parameters has length 5, expected 7" or
     * "parameters[17] is NaN; every parameter must be finite" (or Infinity, -Infinity).
     */
    public static float[] finiteCopy(float[] parameters, int expected) {
        checkLength("parameters", parameters, expected);
        float[] copy = parameters.clone(); // check the copy, so a concurrent writer cannot slip past
        for (int i = 0; i < copy.length; i++) {
            if (!Float.isFinite(copy[i])) {
                throw notFinite(i, Float.toString(copy[i]));
            }
        }
        return copy;
    }

    /** The double version of {@link #finiteCopy(float[], int)}, with the same messages. */
    public static double[] finiteCopy(double[] parameters, int expected) {
        checkLength("parameters", parameters, expected);
        double[] copy = parameters.clone();
        for (int i = 0; i < copy.length; i++) {
            if (!Double.isFinite(copy[i])) {
                throw notFinite(i, Double.toString(copy[i]));
            }
        }
        return copy;
    }

    private static IllegalArgumentException wrongLength(String name, int length, int expected) {
        return new IllegalArgumentException(name + " has length " + length + ", expected " + expected);
    }

    private static IllegalArgumentException notFinite(int index, String value) {
        return new IllegalArgumentException(
                "parameters[" + index + "] is " + value + "; every parameter must be finite");
    }
}
