package dev.autonet.samples.plot;

/**
 * The diverging blue–white–red map of the decision-boundary panel: 0 is blue, 0.5 near white (so the
 * boundary reads as the pale band between the classes), 1 red. ColorBrewer's RdBu stops, reversed so that
 * class 1 is red, and mixed with white as matplotlib's {@code contourf(..., alpha=0.6)} would, so that the
 * data points drawn on top stay the strongest colours in the panel.
 */
final class ColorMap {
    private static final int[] STOPS = {
        0x2166AC, 0x4393C3, 0x92C5DE, 0xD1E5F0, 0xF7F7F7, 0xFDDBC7, 0xF4A582, 0xD6604D, 0xB2182B};
    private static final double OPACITY = 0.6;

    private ColorMap() {}

    /** The packed RGB colour of probability {@code p}, clamped to [0, 1]. */
    static int rgb(double p) {
        double position = Math.min(1, Math.max(0, p)) * (STOPS.length - 1);
        int low = Math.min((int) position, STOPS.length - 2);
        double t = position - low;
        int red = channel(STOPS[low] >> 16, STOPS[low + 1] >> 16, t);
        int green = channel(STOPS[low] >> 8, STOPS[low + 1] >> 8, t);
        int blue = channel(STOPS[low], STOPS[low + 1], t);
        return red << 16 | green << 8 | blue;
    }

    // Interpolates one 8-bit channel between two stops, then blends it over white.
    private static int channel(int from, int to, double t) {
        double value = (from & 0xFF) * (1 - t) + (to & 0xFF) * t;
        return (int) Math.round(value * OPACITY + 255 * (1 - OPACITY));
    }
}
