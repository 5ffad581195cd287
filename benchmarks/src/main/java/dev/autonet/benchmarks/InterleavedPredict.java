package dev.autonet.benchmarks;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Is a slow JMH fork the code or the machine? Times batch-1 moons prediction with {@code backend = VECTOR}
 * and, in the same thread a few milliseconds later, the same network generated in the default mode, round
 * after round, and prints both series. If the slow phases of the VECTOR model (JMH forks at ~65 ns against
 * ~48) come with slow phases of the SCALAR model, something outside the code slowed the core (another
 * tenant on a shared host, a frequency change); if only the VECTOR series jumps, it is that code's own
 * state. A measurement, not a benchmark for the tables: a plain timing loop, no JMH.
 *
 * <p>Run (needs the Vector API module): {@code java --add-modules=jdk.incubator.vector -cp
 * benchmarks/target/benchmarks.jar dev.autonet.benchmarks.InterleavedPredict [rounds] [--summary]}. With
 * {@code --summary} it prints only the medians, which is how {@code targets.sh} checks the machine's speed
 * before each group of benchmarks.
 */
public final class InterleavedPredict {
    private static final int CALLS_VECTOR = 400_000;
    private static final int CALLS_SCALAR = 100_000;

    private InterleavedPredict() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? rounds(args[0]) : 300;
        boolean summaryOnly = args.length > 1 && args[1].equals("--summary");
        if (args.length > 2 || (args.length == 2 && !summaryOnly)) {
            throw new IllegalArgumentException("usage: InterleavedPredict [rounds] [--summary], but the arguments were "
                    + String.join(" ", args));
        }
        MoonsVectorModel vector = MoonsVectorModel.initialize(1);
        MoonsModel scalar = MoonsModel.initialize(1);
        float[][] inputs = Rows.floats(Rows.doubles(PredictBenchmark.ROWS, MoonsModel.INPUTS, 2));
        float[] output = new float[1];
        double[] vectorNs = new double[rounds];
        double[] scalarNs = new double[rounds];
        float sink = 0;
        for (int warmUp = 0; warmUp < 20; warmUp++) {
            sink += run(vector, inputs, output, CALLS_VECTOR) + run(scalar, inputs, output, CALLS_SCALAR);
        }
        if (!summaryOnly) {
            System.out.printf("round  vector ns/call  scalar ns/call  (JDK %s)%n", Runtime.version());
        }
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            sink += run(vector, inputs, output, CALLS_VECTOR);
            long middle = System.nanoTime();
            sink += run(scalar, inputs, output, CALLS_SCALAR);
            long end = System.nanoTime();
            vectorNs[round] = (middle - start) / (double) CALLS_VECTOR;
            scalarNs[round] = (end - middle) / (double) CALLS_SCALAR;
            if (!summaryOnly) {
                System.out.printf("%5d  %14.1f  %14.1f%n", round, vectorNs[round], scalarNs[round]);
            }
        }
        if (summaryOnly) {
            System.out.printf("machine speed check, %d rounds: VECTOR batch 1 median %.1f ns, SCALAR median %.1f ns"
                    + " (sink %s)%n", rounds, median(vectorNs), median(scalarNs), sink);
            return;
        }
        summarize(vectorNs, scalarNs);
        System.out.println("(sink " + sink + ")");
    }

    private static int rounds(String argument) {
        try {
            int rounds = Integer.parseInt(argument);
            if (rounds > 0) {
                return rounds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("rounds must be a positive whole number, but was \"" + argument + "\"");
    }

    /**
     * {@code calls} predictions over the input rows in turn. There are two copies of this method, one per
     * model class, rather than one over {@link dev.autonet.runtime.FloatNetwork}. That way each loop's call
     * site sees a single receiver class, as each JMH benchmark method does, and C2 inlines the model into it.
     */
    private static float run(MoonsVectorModel model, float[][] inputs, float[] output, int calls) {
        float sum = 0;
        for (int call = 0; call < calls; call++) {
            model.predict(inputs[call & (PredictBenchmark.ROWS - 1)], output);
            sum += output[0];
        }
        return sum;
    }

    /** The same as the overload above, for the default-mode model. */
    private static float run(MoonsModel model, float[][] inputs, float[] output, int calls) {
        float sum = 0;
        for (int call = 0; call < calls; call++) {
            model.predict(inputs[call & (PredictBenchmark.ROWS - 1)], output);
            sum += output[0];
        }
        return sum;
    }

    /**
     * Splits the rounds at the VECTOR series' median × 1.15 and prints the SCALAR median on each side, with
     * the correlation of the two series.
     */
    private static void summarize(double[] vectorNs, double[] scalarNs) {
        double threshold = median(vectorNs) * 1.15;
        double[] scalarWhenVectorSlow = select(scalarNs, vectorNs, threshold, true);
        double[] scalarWhenVectorFast = select(scalarNs, vectorNs, threshold, false);
        System.out.printf("VECTOR median %.1f ns; rounds over %.1f ns: %d of %d%n", median(vectorNs), threshold,
                scalarWhenVectorSlow.length, vectorNs.length);
        System.out.printf("SCALAR median in those rounds %.1f ns, in the others %.1f ns%n",
                median(scalarWhenVectorSlow), median(scalarWhenVectorFast));
        System.out.printf("correlation of the two series: %.2f%n", correlation(vectorNs, scalarNs));
    }

    private static double[] select(double[] values, double[] key, double threshold, boolean above) {
        return IntStream.range(0, values.length)
                .filter(i -> (key[i] > threshold) == above)
                .mapToDouble(i -> values[i])
                .toArray();
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double correlation(double[] x, double[] y) {
        double meanX = Arrays.stream(x).average().orElse(0);
        double meanY = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
            syy += (y[i] - meanY) * (y[i] - meanY);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
