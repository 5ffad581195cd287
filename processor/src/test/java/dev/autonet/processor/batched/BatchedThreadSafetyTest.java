package dev.autonet.processor.batched;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.autonet.processor.good.MnistModel;
import dev.autonet.processor.good.MoonsModel;
import dev.autonet.processor.good.Vectors_MnistFloatModel;
import dev.autonet.processor.good.Vectors_MoonsFloatModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One model shared by {@value #THREADS} threads that start together, each predicting its own batch (a
 * different row count per thread, so tiles end at different places) over and over: every result must equal,
 * bit for bit, what one thread computed alone beforehand. Shared tile buffers would show up at once.
 */
class BatchedThreadSafetyTest {
    private static final int THREADS = 4;

    /** One batched call: inputs in, outputs out. */
    private interface Batch {
        void predict(float[] inputs, int rows, float[] outputs);
    }

    @Test
    void moons() throws Exception {
        MoonsModel model = MoonsModel.initialize(5);
        check(MoonsModel.INPUTS, MoonsModel.OUTPUTS, 700, 30, model::predict);
    }

    @Test
    void vectorBackend() throws Exception {
        Vectors_MoonsFloatModel moons = Vectors_MoonsFloatModel.initialize(7);
        check(2, 1, 700, 30, moons::predict);
        Vectors_MnistFloatModel mnist = Vectors_MnistFloatModel.initialize(8);
        check(784, 10, 300, 3, mnist::logits);
    }

    @Test
    void mnist() throws Exception {
        MnistModel model = MnistModel.initialize(6);
        check(MnistModel.INPUTS, MnistModel.OUTPUTS, 300, 3, model::logits);
    }

    private static void check(int inputs, int outputs, int rows, int rounds, Batch batch) throws Exception {
        Random random = new Random(7);
        List<float[]> work = new ArrayList<>();
        List<float[]> expected = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int threadRows = rows + 37 * t;
            float[] in = new float[threadRows * inputs];
            for (int k = 0; k < in.length; k++) {
                in[k] = (float) random.nextGaussian();
            }
            float[] out = new float[threadRows * outputs];
            batch.predict(in, threadRows, out);
            work.add(in);
            expected.add(out);
        }
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                float[] in = work.get(t);
                float[] want = expected.get(t);
                results.add(pool.submit(() -> {
                    start.await();
                    float[] out = new float[want.length];
                    for (int round = 0; round < rounds; round++) {
                        batch.predict(in, in.length / inputs, out);
                        assertArrayEquals(want, out);
                    }
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
