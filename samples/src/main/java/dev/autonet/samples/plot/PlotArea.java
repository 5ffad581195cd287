package dev.autonet.samples.plot;

/** The rectangle of the plane a decision-boundary panel shows. */
record PlotArea(double xMin, double xMax, double yMin, double yMax) {
    /** Margin around the data on each side, as a fraction of the data's extent along that axis. */
    static final double MARGIN = 0.1;

    /** The bounding box of the points, widened by {@link #MARGIN} on every side (by 0.5 if all x or y agree). */
    static PlotArea covering(double[] x, double[] y) {
        double[] xRange = padded(x);
        double[] yRange = padded(y);
        return new PlotArea(xRange[0], xRange[1], yRange[0], yRange[1]);
    }

    private static double[] padded(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        double pad = max > min ? MARGIN * (max - min) : 0.5;
        return new double[] {min - pad, max + pad};
    }

    /** {@code count} evenly spaced x values from xMin to xMax inclusive, like numpy's {@code linspace}. */
    double[] xSamples(int count) {
        return linspace(xMin, xMax, count);
    }

    /** {@code count} evenly spaced y values from yMin to yMax inclusive. */
    double[] ySamples(int count) {
        return linspace(yMin, yMax, count);
    }

    static double[] linspace(double from, double to, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = i == count - 1 ? to : from + (to - from) * i / (count - 1);
        }
        return values;
    }
}
