package dev.autonet.processor.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autonet.processor.good.Chains_MixedDoubleModel;
import dev.autonet.processor.good.MnistModel;
import dev.autonet.processor.good.MoonsModel;
import dev.autonet.processor.good.Vectors_ChainDoubleModel;
import dev.autonet.processor.good.Vectors_MnistFloatModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * One model instance shared by {@value #THREADS} threads that start together and each predict their own
 * inputs over and over: every result must equal, exactly, what one thread computed alone beforehand.
 * The networks chosen pass activations through the per-thread workspace between layer methods, where
 * shared scratch would show up at once.
 */
class ThreadSafetyTest {
    private static final int THREADS = 4;

    @Test
    void mnistPredictAndClassify() throws Exception {
        MnistModel model = MnistModel.initialize(11);
        check(784, 100, 3, input -> {
            float[] output = new float[10];
            model.predict(toFloats(input), output);
            double[] withClass = Arrays.copyOf(GeneratedModel.toDoubles(output), 11);
            withClass[10] = model.classify(toFloats(input));
            return withClass;
        });
    }

    @Test
    void moonsProbability() throws Exception {
        MoonsModel model = MoonsModel.initialize(12);
        check(2, 2000, 5, input -> new double[] {model.probability(toFloats(input))});
    }

    @Test
    void mixedDoublePredict() throws Exception {
        Chains_MixedDoubleModel model = Chains_MixedDoubleModel.initialize(13);
        check(40, 1000, 5, model::predict);
    }

    @Test
    void vectorBackend() throws Exception {
        Vectors_ChainDoubleModel chain = Vectors_ChainDoubleModel.initialize(14);
        check(7, 1000, 5, chain::predict);
        Vectors_MnistFloatModel mnist = Vectors_MnistFloatModel.initialize(15);
        check(784, 100, 3, input -> new double[] {mnist.classify(toFloats(input))});
    }

    // Expected results single-threaded first, then all threads at once, each over its own inputs.
    private static void check(int inputs, int perThread, int rounds, Function<double[], double[]> predict)
            throws Exception {
        Random random = new Random(99);
        List<List<double[]>> work = new ArrayList<>();
        List<List<double[]>> expected = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<double[]> rows = new ArrayList<>();
            List<double[]> results = new ArrayList<>();
            for (int r = 0; r < perThread; r++) {
                double[] row = random.doubles(inputs, -2, 2).toArray();
                rows.add(row);
                results.add(predict.apply(row));
            }
            work.add(rows);
            expected.add(results);
        }
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<double[]> rows = work.get(t);
                List<double[]> results = expected.get(t);
                done.add(pool.submit(() -> {
                    start.await();
                    int compared = 0;
                    for (int round = 0; round < rounds; round++) {
                        for (int r = 0; r < rows.size(); r++) {
                            assertArrayEquals(results.get(r), predict.apply(rows.get(r)));
                            compared++;
                        }
                    }
                    return compared;
                }));
            }
            for (Future<Integer> thread : done) {
                assertEquals(perThread * rounds, thread.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static float[] toFloats(double[] values) {
        return GeneratedModel.toFloats(values);
    }
}
