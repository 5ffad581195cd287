package dev.autonet.runtime.train;

import java.io.PrintStream;
import java.util.Locale;

/** Prints training progress as {@link FitOptions.Progress} asks: a bar, a line per epoch, or nothing. */
class ProgressPrinter {
    private static final int BAR_WIDTH = 30;

    /** The printer for {@code options}; a silent one when output is off or not a terminal. */
    static ProgressPrinter create(FitOptions options, String metricName, int batchesPerEpoch) {
        switch (options.progress()) {
            case QUIET:
                return new ProgressPrinter();
            case EPOCHS:
                return new EpochLines(options.out(), options.epochs(), options.reportEvery());
            case BAR:
                return new Bar(options.out(), options.epochs(), metricName);
            default:
                return System.console() != null
                        ? new Bar(options.out(), options.epochs(), metricName)
                        : new ProgressPrinter();
        }
    }

    void batchDone(int epoch, int batch, double runningLoss) {}

    void epochDone(History history, int epoch, long elapsedNanos) {}

    void finished(History history, long elapsedNanos) {}

    static String summary(History history, int epoch) {
        String line = String.format(Locale.ROOT, "loss %.4f - %s %.4f",
                history.trainLoss(epoch), history.metricName(), history.trainMetric(epoch));
        if (!Double.isNaN(history.validationLoss(epoch))) {
            line += String.format(Locale.ROOT, " - val_loss %.4f - val_%s %.4f",
                    history.validationLoss(epoch), history.metricName(), history.validationMetric(epoch));
        }
        return line;
    }

    /** Keras' verbose=2: one line per epoch. */
    private static final class EpochLines extends ProgressPrinter {
        private final PrintStream out;
        private final int epochs;
        private final int every;

        EpochLines(PrintStream out, int epochs, int every) {
            this.out = out;
            this.epochs = epochs;
            this.every = every;
        }

        @Override
        void epochDone(History history, int epoch, long elapsedNanos) {
            boolean shown = epoch == 0 || (epoch + 1) % every == 0 || epoch + 1 == epochs;
            if (!shown) {
                return;
            }
            out.printf(Locale.ROOT, "Epoch %d/%d - %.1fs - %s%n",
                    epoch + 1, epochs, elapsedNanos / 1e9, summary(history, epoch));
        }

        @Override
        void finished(History history, long elapsedNanos) {
            if (history.stoppedEarly()) {
                out.printf(Locale.ROOT, "Stopped early after epoch %d; %s%n", history.epochs(), restored(history));
            }
        }
    }

    /** One line redrawn in place with a carriage return, at most every 100 ms. */
    private static final class Bar extends ProgressPrinter {
        private final PrintStream out;
        private final int epochs;
        private long lastDraw;

        Bar(PrintStream out, int epochs, String metricName) {
            this.out = out;
            this.epochs = epochs;
        }

        @Override
        void epochDone(History history, int epoch, long elapsedNanos) {
            long now = System.nanoTime();
            if (now - lastDraw < 100_000_000L && epoch + 1 < epochs) {
                return;
            }
            lastDraw = now;
            int filled = (int) ((long) BAR_WIDTH * (epoch + 1) / epochs);
            out.print("\r[" + "=".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] "
                    + String.format(Locale.ROOT, "epoch %d/%d - %s", epoch + 1, epochs, summary(history, epoch)));
            out.flush();
        }

        @Override
        void finished(History history, long elapsedNanos) {
            out.println();
            out.printf(Locale.ROOT, "%d epochs in %.2fs%s%n", history.epochs(), elapsedNanos / 1e9,
                    history.stoppedEarly() ? "; stopped early, " + restored(history) : "");
        }
    }

    /** What early stopping did with the weights, for the line that says it stopped. */
    static String restored(History history) {
        return history.restoredBest()
                ? "restored the weights of epoch " + (history.bestEpoch() + 1)
                : "no epoch improved the monitored loss (it was never finite), so the weights are the last epoch's";
    }
}
