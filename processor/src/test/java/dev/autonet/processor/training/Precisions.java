package dev.autonet.processor.training;

/** The relative error the training tests compare float and double results with. */
final class Precisions {
    private Precisions() {}

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
