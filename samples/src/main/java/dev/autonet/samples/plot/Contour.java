package dev.autonet.samples.plot;

import java.util.Arrays;

/**
 * One level line of a function sampled on a regular grid, by marching squares: in every grid cell whose
 * corners lie on both sides of the level, a straight segment between the edge crossings, each found by
 * linear interpolation along its edge. Segments come back as x and y arrays with NaN between segments,
 * which XChart draws as separate pieces of one line series.
 */
final class Contour {
    private final double[] x;
    private final double[] y;
    private int size;

    private Contour(int capacity) {
        x = new double[capacity];
        y = new double[capacity];
    }

    /**
     * The {@code level} line of {@code values[row][column]}, sampled at {@code x = xs[column]},
     * {@code y = ys[row]}. Returns {@code {x, y}}; both are empty when the level is never crossed.
     */
    static double[][] at(double[][] values, double[] xs, double[] ys, double level) {
        // A cell yields at most two segments of three entries (two ends and a NaN).
        Contour contour = new Contour(6 * (xs.length - 1) * (ys.length - 1));
        for (int row = 0; row + 1 < ys.length; row++) {
            for (int column = 0; column + 1 < xs.length; column++) {
                contour.cell(values, xs, ys, row, column, level);
            }
        }
        return new double[][] {Arrays.copyOf(contour.x, contour.size), Arrays.copyOf(contour.y, contour.size)};
    }

    // Corners a (x0, y0), b (x1, y0), c (x1, y1), d (x0, y1), counter-clockwise from the bottom left.
    private void cell(double[][] values, double[] xs, double[] ys, int row, int column, double level) {
        double a = values[row][column];
        double b = values[row][column + 1];
        double c = values[row + 1][column + 1];
        double d = values[row + 1][column];
        boolean above = a >= level;
        if (above == b >= level && above == c >= level && above == d >= level) {
            return;
        }
        double x0 = xs[column];
        double x1 = xs[column + 1];
        double y0 = ys[row];
        double y1 = ys[row + 1];
        // Crossings on the bottom, right, top and left edges, NaN where the edge is not crossed.
        double[] edgeX = {cross(a, b, x0, x1, level), x1, cross(d, c, x0, x1, level), x0};
        double[] edgeY = {y0, cross(b, c, y0, y1, level), y1, cross(a, d, y0, y1, level)};
        boolean[] crossed = {(a >= level) != (b >= level), (b >= level) != (c >= level),
            (d >= level) != (c >= level), (a >= level) != (d >= level)};
        if (crossed[0] && crossed[1] && crossed[2] && crossed[3]) {
            // A saddle: the centre value decides whether a joins c (cutting off b and d) or not.
            if (((a + b + c + d) / 4 >= level) == above) {
                segment(edgeX, edgeY, 0, 1);
                segment(edgeX, edgeY, 2, 3);
            } else {
                segment(edgeX, edgeY, 3, 0);
                segment(edgeX, edgeY, 1, 2);
            }
            return;
        }
        int first = -1;
        for (int edge = 0; edge < 4; edge++) {
            if (crossed[edge]) {
                if (first < 0) {
                    first = edge;
                } else {
                    segment(edgeX, edgeY, first, edge);
                }
            }
        }
    }

    private static double cross(double from, double to, double start, double end, double level) {
        if ((from >= level) == (to >= level)) {
            return Double.NaN;
        }
        return start + (level - from) / (to - from) * (end - start);
    }

    private void segment(double[] edgeX, double[] edgeY, int from, int to) {
        add(edgeX[from], edgeY[from]);
        add(edgeX[to], edgeY[to]);
        add(Double.NaN, Double.NaN);
    }

    private void add(double px, double py) {
        x[size] = px;
        y[size] = py;
        size++;
    }
}
