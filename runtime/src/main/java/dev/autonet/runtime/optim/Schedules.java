package dev.autonet.runtime.optim;

/** The built-in learning-rate schedules: values, so that they print and compare by their parameters. */
final class Schedules {
    private Schedules() {}

    /** See {@link LearningRateSchedule#constant()}. */
    enum Constant implements LearningRateSchedule {
        INSTANCE;

        @Override
        public double rate(double baseRate, int epoch) {
            checkEpoch(epoch);
            return baseRate;
        }

        @Override
        public String toString() {
            return "Constant";
        }
    }

    /** See {@link LearningRateSchedule#stepDecay(int, double)}. */
    record StepDecay(int stepSize, double gamma) implements LearningRateSchedule {
        StepDecay {
            if (stepSize < 1) {
                throw new IllegalArgumentException("stepSize must be >= 1, but was " + stepSize);
            }
            if (!(gamma > 0 && gamma < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("gamma must be finite and > 0, but was " + gamma);
            }
        }

        @Override
        public double rate(double baseRate, int epoch) {
            checkEpoch(epoch);
            // Closed form rather than torch's chained "multiply at each boundary": same value, and the
            // rate for an epoch does not depend on which epochs were visited before.
            return baseRate * Powers.power(gamma, epoch / stepSize);
        }
    }

    /** See {@link LearningRateSchedule#cosine(int, double)}. */
    record Cosine(int totalEpochs, double minRate) implements LearningRateSchedule {
        Cosine {
            if (totalEpochs < 1) {
                throw new IllegalArgumentException("totalEpochs must be >= 1, but was " + totalEpochs);
            }
            if (!(minRate >= 0 && minRate < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("minRate must be finite and >= 0, but was " + minRate);
            }
        }

        @Override
        public double rate(double baseRate, int epoch) {
            checkEpoch(epoch);
            if (epoch >= totalEpochs) {
                return minRate;
            }
            double cosine = HalfTurns.cosPi((double) epoch / totalEpochs);
            return minRate + (baseRate - minRate) * (1 + cosine) / 2;
        }
    }

    private static void checkEpoch(int epoch) {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must be >= 0, but was " + epoch);
        }
    }
}
