package dev.autonet.processor.batched;

import dev.autonet.processor.good.Vectors_MoonsFloatModel;
import dev.autonet.runtime.internal.Activations;
import java.lang.reflect.Method;

/**
 * Run by {@link VectorSigmoidTest} in a JVM of its own: the generated {@code sigmoidRows} of a VECTOR FLOAT
 * model with a sigmoid output, called directly (batched predictions use it on JDK 25 and later only), over
 * every 61st float of either sign up to 104 and the special values, in one array whose length is not a
 * multiple of the vector length, so the scalar tail runs too. Each result must have the same bits as
 * {@code Activations.sigmoidFast} of the same value (NaN: a NaN), whose accuracy the runtime's tests check, and
 * the same again after 20,000 more calls, once C2 has compiled the method. Prints the first failure and exits
 * with 1, or prints how many values it checked.
 */
public final class VectorSigmoidCheck {
    private static final float[] SPECIAL = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, 87f, -87f, 88f, -88f, 88.8f,
        -88.8f, 1000f, -1000f, Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
        Float.NaN};

    private VectorSigmoidCheck() {}

    public static void main(String[] args) throws ReflectiveOperationException {
        int last = Float.floatToIntBits(104f);
        int grid = last / 61 + 1;
        float[] z = new float[2 * grid + SPECIAL.length];
        for (int k = 0; k < grid; k++) {
            z[2 * k] = Float.intBitsToFloat(k * 61);
            z[2 * k + 1] = -z[2 * k];
        }
        System.arraycopy(SPECIAL, 0, z, 2 * grid, SPECIAL.length);
        if (z.length % 8 == 0) {
            throw new IllegalStateException("the array should end in a partial vector");
        }
        Method sigmoidRows = Vectors_MoonsFloatModel.class.getDeclaredMethod("sigmoidRows", float[].class, int.class);
        sigmoidRows.setAccessible(true);
        float[] values = z.clone();
        sigmoidRows.invoke(null, values, values.length);
        String failure = firstFailure(z, values, "the first call");
        // 20,000 calls over the first 1,001 values, then the whole array again through compiled code
        float[] warm = new float[1001];
        for (int call = 0; call < 20_000 && failure == null; call++) {
            System.arraycopy(z, 0, warm, 0, warm.length);
            sigmoidRows.invoke(null, warm, warm.length);
        }
        if (failure == null) {
            values = z.clone();
            sigmoidRows.invoke(null, values, values.length);
            failure = firstFailure(z, values, "after 20,000 calls");
        }
        if (failure != null) {
            System.out.println(failure);
            System.exit(1);
        }
        System.out.println("checked " + z.length + " values");
    }

    private static String firstFailure(float[] z, float[] actual, String when) {
        for (int k = 0; k < z.length; k++) {
            float expected = Activations.sigmoidFast(z[k]);
            boolean same = Float.isNaN(expected) ? Float.isNaN(actual[k])
                    : Float.floatToRawIntBits(actual[k]) == Float.floatToRawIntBits(expected);
            if (!same) {
                return "sigmoidRows(" + z[k] + ") = " + actual[k] + " " + when + ", Activations.sigmoidFast gives " + expected;
            }
        }
        return null;
    }
}
