package dev.autonet.samples;

import dev.autonet.runtime.train.FitOptions;
import java.util.Locale;

/**
 * How much the moons job's test accuracy depends on the seed: trains the full job for seeds 1 to 12 and
 * prints each test accuracy with their mean, minimum and maximum. Run with
 * {@code mvn -q -DskipTests -Psample package -Dsample.mainClass=dev.autonet.samples.MoonsSeedSweep}.
 */
public final class MoonsSeedSweep {
    private MoonsSeedSweep() {}

    public static void main(String[] args) {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        double sum = 0;
        double min = 1;
        double max = 0;
        int seeds = 12;
        for (long seed = 1; seed <= seeds; seed++) {
            MoonsSample.Data data = MoonsSample.Data.of(seed);
            MoonsTrainer trainer = MoonsSample.trainer(seed);
            trainer.fit(data.train(), data.validation(), FitOptions.epochs(epochs).batchSize(64).seed(seed).quiet());
            double accuracy = trainer.evaluate(data.test()).metric();
            System.out.printf(Locale.ROOT, "seed %2d: test accuracy %.2f%%%n", seed, 100 * accuracy);
            sum += accuracy;
            min = Math.min(min, accuracy);
            max = Math.max(max, accuracy);
        }
        System.out.printf(Locale.ROOT, "%d epochs, seeds 1-%d: mean %.2f%%, min %.2f%%, max %.2f%%%n",
                epochs, seeds, 100 * sum / seeds, 100 * min, 100 * max);
    }
}
