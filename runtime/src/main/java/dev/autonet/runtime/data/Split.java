package dev.autonet.runtime.data;

import dev.autonet.runtime.SeededRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * A data set cut into disjoint train, validation and test parts after a seeded shuffle.
 *
 * @param train the first {@code round(rows × trainFraction)} shuffled rows
 * @param validation the next {@code round(rows × validationFraction)} shuffled rows (fewer if rounding would
 *     overrun the data set)
 * @param test the rest
 */
public record Split(Dataset train, Dataset validation, Dataset test) {
    /**
     * Slack on {@code trainFraction + validationFraction <= 1}, so that fractions like 0.7 + 0.3 whose
     * decimal sum is exactly 1 are not rejected for a rounding error in their binary sum.
     */
    private static final double SUM_SLACK = 1e-9;

    public Split {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(test, "test");
    }

    /**
     * Shuffles the rows of {@code data} with a Fisher–Yates shuffle seeded from {@code seed} and cuts the
     * shuffled order into train, validation and test, each keeping the shuffled order (as scikit-learn's
     * {@code train_test_split}). Sizes use {@link Math#round(double)} (halves round up, unlike Python's
     * {@code round}); if rounding would make train + validation exceed the row count, validation gets what
     * is left. The same data and seed give the same split on every JVM.
     *
     * @throws IllegalArgumentException if a fraction is not in [0, 1] or their sum exceeds 1
     */
    public static Split of(Dataset data, double trainFraction, double validationFraction, long seed) {
        checkFraction("trainFraction", trainFraction);
        checkFraction("validationFraction", validationFraction);
        if (trainFraction + validationFraction > 1 + SUM_SLACK) {
            throw new IllegalArgumentException("trainFraction " + trainFraction + " + validationFraction "
                    + validationFraction + " = " + (trainFraction + validationFraction)
                    + " exceeds 1; the test part gets 1 minus their sum");
        }
        int rows = data.rows();
        int trainRows = (int) Math.round(rows * trainFraction);
        int validationRows = Math.min((int) Math.round(rows * validationFraction), rows - trainRows);

        int[] order = Shuffle.identity(rows);
        Shuffle.fisherYates(order, new SeededRandom(Shuffle.streamSeed(seed, Shuffle.SPLIT_STREAM, 0)));
        return new Split(
                data.subset(slice(order, 0, trainRows)),
                data.subset(slice(order, trainRows, trainRows + validationRows)),
                data.subset(slice(order, trainRows + validationRows, rows)));
    }

    private static void checkFraction(String name, double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException(name + " " + fraction + " is outside [0, 1]");
        }
    }

    private static int[] slice(int[] order, int from, int to) {
        return Arrays.copyOfRange(order, from, to);
    }
}
