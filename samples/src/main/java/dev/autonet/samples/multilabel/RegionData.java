package dev.autonet.samples.multilabel;

import dev.autonet.runtime.SeededRandom;
import dev.autonet.runtime.data.Dataset;
import java.util.List;

/**
 * A multi-label data set: points uniform in the square [-3, 3)², each with three independent 0/1 labels,
 * <ol>
 *   <li>inside circle A, centre (-1, 0), radius 1.6;
 *   <li>inside circle B, centre (1, 0), radius 1.6 (the two circles overlap around x = 0);
 *   <li>below the diagonal, x1 &gt; x2.
 * </ol>
 * So a point has none, one, two or all three labels. The labels are exact functions of the point, with no label
 * noise: a model's only errors are near the three boundaries.
 */
final class RegionData {
    /** The labels' names, in target column order. */
    static final List<String> LABELS = List.of("in circle A", "in circle B", "x1 > x2");
    static final double HALF_WIDTH = 3;
    static final double RADIUS = 1.6;
    static final double CENTER_OFFSET = 1;

    private RegionData() {}

    /** {@code n} labelled points from {@code seed}: 2 features and {@link #LABELS}{@code .size()} targets. */
    static Dataset make(int n, long seed) {
        SeededRandom random = new SeededRandom(seed);
        int labels = LABELS.size();
        double[] points = new double[2 * n];
        double[] targets = new double[labels * n];
        for (int row = 0; row < n; row++) {
            double x1 = HALF_WIDTH * (2 * random.nextDouble() - 1);
            double x2 = HALF_WIDTH * (2 * random.nextDouble() - 1);
            points[2 * row] = x1;
            points[2 * row + 1] = x2;
            targets[labels * row] = inside(x1 + CENTER_OFFSET, x2) ? 1 : 0;
            targets[labels * row + 1] = inside(x1 - CENTER_OFFSET, x2) ? 1 : 0;
            targets[labels * row + 2] = x1 > x2 ? 1 : 0;
        }
        return Dataset.of(2, points, labels, targets);
    }

    // Whether the offset (dx, dy) from a circle's centre is within RADIUS.
    private static boolean inside(double dx, double dy) {
        return dx * dx + dy * dy < RADIUS * RADIUS;
    }
}
