package dev.autonet.processor.training;

/** Array conversions between the precisions, and the relative error the training tests compare with. */
final class Precisions {
    private Precisions() {}

    /** Each value rounded to float. */
    static float[] floats(double[] values) {
        float[] result = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (float) values[i];
        }
        return result;
    }

    /** Each value widened to double, exactly. */
    static double[] doubles(float[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }

    /** The largest error over the largest reference value: max |a − r| / max |r|. */
    static double scaledError(double[] actual, double[] reference) {
        double largest = 0;
        double error = 0;
        for (int i = 0; i < reference.length; i++) {
            largest = Math.max(largest, Math.abs(reference[i]));
            error = Math.max(error, Math.abs(actual[i] - reference[i]));
        }
        return error / largest;
    }
}
