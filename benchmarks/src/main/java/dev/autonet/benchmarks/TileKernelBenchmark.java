package dev.autonet.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The measurement behind the shape of the generated tile methods ({@code BatchedLayerWriter}): a ReLU layer,
 * moons' widest (32 → 16) or 784-256-128-10's first (784 → 256), over {@value #ROWS} rows held feature-major
 * ({@code [feature][row]}), in tiles of {@code tile} rows, written the ways the generator could write it. Each kernel adds a unit's bias first and
 * then its inputs in order, so all give the same bits; only the loop shape differs. Scores are per row.
 *
 * <ul>
 *   <li>{@code inputs2units4Separate}: two inputs by four units a pass, bias and ReLU in passes of their own
 *       (the generator before this measurement);
 *   <li>{@code inputs2units4Fused}: the same with the bias folded into the first pass and ReLU into the last,
 *       both passes written out before and after the loop, as the generator does (what it writes for layers
 *       of more than 32 inputs);
 *   <li>{@code inputs4units2Fused}: four inputs by two units a pass, fused the same way (what it writes for
 *       layers of up to 32 inputs);
 *   <li>{@code inputs4units4Separate}, {@code inputs8units1Separate}: larger passes (compare with
 *       {@code inputs2units4Separate}), which C2 stops vectorizing;
 *   <li>{@code inputs1units4}: one input by four units a pass, what partial tiles run.
 * </ul>
 *
 * <p>{@code tile} = 64 and 128 show why tiles are 256 rows: C2 unrolls a loop far enough to fill a 16-float
 * vector only when its profiled trip count is above about 150 (RESULTS.md, "The 64-row loops"), so shorter
 * trips run mostly in scalar or narrow code.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(2)
@State(Scope.Thread)
public class TileKernelBenchmark {
    static final int ROWS = 1024;

    /** The layer: moons' 32 → 16, or 784-256-128-10's first layer, 784 → 256. */
    @Param({"32x16", "784x256"})
    String layer;

    @Param({"64", "128", "256", "1024"})
    int tile;

    int fanIn;
    int units;

    float[] parameters;
    float[][][] inputTiles;
    float[][][] outputTiles;

    @Setup
    public void setUp() {
        Random random = new Random(3);
        String[] sizes = layer.split("x");
        fanIn = Integer.parseInt(sizes[0]);
        units = Integer.parseInt(sizes[1]);
        parameters = new float[fanIn * units + units];
        for (int k = 0; k < parameters.length; k++) {
            parameters[k] = (float) (random.nextGaussian() * 0.2);
        }
        int tiles = ROWS / tile;
        inputTiles = new float[tiles][fanIn][tile];
        outputTiles = new float[tiles][units][tile];
        for (float[][] inputTile : inputTiles) {
            for (float[] feature : inputTile) {
                for (int r = 0; r < tile; r++) {
                    feature[r] = (float) random.nextGaussian();
                }
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public float[][][] inputs2units4Separate() {
        return overTiles(Kernels::inputs2units4Separate);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public float[][][] inputs2units4Fused() {
        return overTiles(Kernels::inputs2units4Fused);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public float[][][] inputs4units2Fused() {
        return overTiles(Kernels::inputs4units2Fused);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public float[][][] inputs4units4Separate() {
        return overTiles(Kernels::inputs4units4Separate);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public float[][][] inputs8units1Separate() {
        return overTiles(Kernels::inputs8units1Separate);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public float[][][] inputs1units4() {
        return overTiles(Kernels::inputs1units4);
    }

    /** One kernel over a layer's tile: {@code count} rows of {@code in} to {@code out}. */
    interface Kernel {
        void run(float[] p, float[][] in, int count, float[][] out, int fanIn, int units);
    }

    // Each benchmark runs in forks of its own, so this call site only ever sees one kernel and C2 inlines it.
    private float[][][] overTiles(Kernel kernel) {
        for (int t = 0; t < inputTiles.length; t++) {
            kernel.run(parameters, inputTiles[t], tile, outputTiles[t], fanIn, units);
        }
        return outputTiles;
    }

    /**
     * The kernels, written as the generator would write them (weights W[i][j] at {@code i * units + j}, then
     * the biases), except that the layer's sizes are arguments rather than constants.
     */
    static final class Kernels {
        private Kernels() {}

        static void inputs2units4Separate(float[] p, float[][] in, int count, float[][] out, int fanIn, int units) {
            int bias = fanIn * units;
            for (int j = 0; j < units; j += 4) {
                float[] acc0 = out[j];
                float[] acc1 = out[j + 1];
                float[] acc2 = out[j + 2];
                float[] acc3 = out[j + 3];
                float b0 = p[bias + j];
                float b1 = p[bias + j + 1];
                float b2 = p[bias + j + 2];
                float b3 = p[bias + j + 3];
                for (int r = 0; r < count; r++) {
                    acc0[r] = b0;
                    acc1[r] = b1;
                    acc2[r] = b2;
                    acc3[r] = b3;
                }
                for (int i = 0; i < fanIn; i += 2) {
                    int row = i * units + j;
                    float w0 = p[row];
                    float w1 = p[row + 1];
                    float w2 = p[row + 2];
                    float w3 = p[row + 3];
                    float v0 = p[row + units];
                    float v1 = p[row + units + 1];
                    float v2 = p[row + units + 2];
                    float v3 = p[row + units + 3];
                    float[] x = in[i];
                    float[] y = in[i + 1];
                    for (int r = 0; r < count; r++) {
                        float s = x[r];
                        float t = y[r];
                        acc0[r] = acc0[r] + s * w0 + t * v0;
                        acc1[r] = acc1[r] + s * w1 + t * v1;
                        acc2[r] = acc2[r] + s * w2 + t * v2;
                        acc3[r] = acc3[r] + s * w3 + t * v3;
                    }
                }
                for (int r = 0; r < count; r++) {
                    acc0[r] = Math.max(acc0[r], 0f);
                    acc1[r] = Math.max(acc1[r], 0f);
                    acc2[r] = Math.max(acc2[r], 0f);
                    acc3[r] = Math.max(acc3[r], 0f);
                }
            }
        }

        static void inputs2units4Fused(float[] p, float[][] in, int count, float[][] out, int fanIn, int units) {
            int bias = fanIn * units;
            for (int j = 0; j < units; j += 4) {
                float[] acc0 = out[j];
                float[] acc1 = out[j + 1];
                float[] acc2 = out[j + 2];
                float[] acc3 = out[j + 3];
                {
                    int row = j;
                    float w0 = p[row];
                    float w1 = p[row + 1];
                    float w2 = p[row + 2];
                    float w3 = p[row + 3];
                    float v0 = p[row + units];
                    float v1 = p[row + units + 1];
                    float v2 = p[row + units + 2];
                    float v3 = p[row + units + 3];
                    float b0 = p[bias + j];
                    float b1 = p[bias + j + 1];
                    float b2 = p[bias + j + 2];
                    float b3 = p[bias + j + 3];
                    float[] x = in[0];
                    float[] y = in[1];
                    for (int r = 0; r < count; r++) {
                        float s = x[r];
                        float t = y[r];
                        acc0[r] = b0 + s * w0 + t * v0;
                        acc1[r] = b1 + s * w1 + t * v1;
                        acc2[r] = b2 + s * w2 + t * v2;
                        acc3[r] = b3 + s * w3 + t * v3;
                    }
                }
                for (int i = 2; i < fanIn - 2; i += 2) {
                    int row = i * units + j;
                    float w0 = p[row];
                    float w1 = p[row + 1];
                    float w2 = p[row + 2];
                    float w3 = p[row + 3];
                    float v0 = p[row + units];
                    float v1 = p[row + units + 1];
                    float v2 = p[row + units + 2];
                    float v3 = p[row + units + 3];
                    float[] x = in[i];
                    float[] y = in[i + 1];
                    for (int r = 0; r < count; r++) {
                        float s = x[r];
                        float t = y[r];
                        acc0[r] = acc0[r] + s * w0 + t * v0;
                        acc1[r] = acc1[r] + s * w1 + t * v1;
                        acc2[r] = acc2[r] + s * w2 + t * v2;
                        acc3[r] = acc3[r] + s * w3 + t * v3;
                    }
                }
                {
                    int row = (fanIn - 2) * units + j;
                    float w0 = p[row];
                    float w1 = p[row + 1];
                    float w2 = p[row + 2];
                    float w3 = p[row + 3];
                    float v0 = p[row + units];
                    float v1 = p[row + units + 1];
                    float v2 = p[row + units + 2];
                    float v3 = p[row + units + 3];
                    float[] x = in[fanIn - 2];
                    float[] y = in[fanIn - 1];
                    for (int r = 0; r < count; r++) {
                        float s = x[r];
                        float t = y[r];
                        acc0[r] = Math.max(acc0[r] + s * w0 + t * v0, 0f);
                        acc1[r] = Math.max(acc1[r] + s * w1 + t * v1, 0f);
                        acc2[r] = Math.max(acc2[r] + s * w2 + t * v2, 0f);
                        acc3[r] = Math.max(acc3[r] + s * w3 + t * v3, 0f);
                    }
                }
            }
        }

        static void inputs4units2Fused(float[] p, float[][] in, int count, float[][] out, int fanIn, int units) {
            int bias = fanIn * units;
            for (int j = 0; j < units; j += 2) {
                float[] acc0 = out[j];
                float[] acc1 = out[j + 1];
                {
                    int row = j;
                    float w0_0 = p[row];
                    float w0_1 = p[row + 1];
                    float w1_0 = p[row + units];
                    float w1_1 = p[row + units + 1];
                    float w2_0 = p[row + 2 * units];
                    float w2_1 = p[row + 2 * units + 1];
                    float w3_0 = p[row + 3 * units];
                    float w3_1 = p[row + 3 * units + 1];
                    float b0 = p[bias + j];
                    float b1 = p[bias + j + 1];
                    float[] x0 = in[0];
                    float[] x1 = in[1];
                    float[] x2 = in[2];
                    float[] x3 = in[3];
                    for (int r = 0; r < count; r++) {
                        float s0 = x0[r];
                        float s1 = x1[r];
                        float s2 = x2[r];
                        float s3 = x3[r];
                        acc0[r] = b0 + s0 * w0_0 + s1 * w1_0 + s2 * w2_0 + s3 * w3_0;
                        acc1[r] = b1 + s0 * w0_1 + s1 * w1_1 + s2 * w2_1 + s3 * w3_1;
                    }
                }
                for (int i = 4; i < fanIn - 4; i += 4) {
                    int row = i * units + j;
                    float w0_0 = p[row];
                    float w0_1 = p[row + 1];
                    float w1_0 = p[row + units];
                    float w1_1 = p[row + units + 1];
                    float w2_0 = p[row + 2 * units];
                    float w2_1 = p[row + 2 * units + 1];
                    float w3_0 = p[row + 3 * units];
                    float w3_1 = p[row + 3 * units + 1];
                    float[] x0 = in[i];
                    float[] x1 = in[i + 1];
                    float[] x2 = in[i + 2];
                    float[] x3 = in[i + 3];
                    for (int r = 0; r < count; r++) {
                        float s0 = x0[r];
                        float s1 = x1[r];
                        float s2 = x2[r];
                        float s3 = x3[r];
                        acc0[r] = acc0[r] + s0 * w0_0 + s1 * w1_0 + s2 * w2_0 + s3 * w3_0;
                        acc1[r] = acc1[r] + s0 * w0_1 + s1 * w1_1 + s2 * w2_1 + s3 * w3_1;
                    }
                }
                {
                    int i = fanIn - 4;
                    int row = i * units + j;
                    float w0_0 = p[row];
                    float w0_1 = p[row + 1];
                    float w1_0 = p[row + units];
                    float w1_1 = p[row + units + 1];
                    float w2_0 = p[row + 2 * units];
                    float w2_1 = p[row + 2 * units + 1];
                    float w3_0 = p[row + 3 * units];
                    float w3_1 = p[row + 3 * units + 1];
                    float[] x0 = in[i];
                    float[] x1 = in[i + 1];
                    float[] x2 = in[i + 2];
                    float[] x3 = in[i + 3];
                    for (int r = 0; r < count; r++) {
                        float s0 = x0[r];
                        float s1 = x1[r];
                        float s2 = x2[r];
                        float s3 = x3[r];
                        acc0[r] = Math.max(acc0[r] + s0 * w0_0 + s1 * w1_0 + s2 * w2_0 + s3 * w3_0, 0f);
                        acc1[r] = Math.max(acc1[r] + s0 * w0_1 + s1 * w1_1 + s2 * w2_1 + s3 * w3_1, 0f);
                    }
                }
            }
        }

        static void inputs4units4Separate(float[] p, float[][] in, int count, float[][] out, int fanIn, int units) {
            int bias = fanIn * units;
            for (int j = 0; j < units; j += 4) {
                float[] acc0 = out[j];
                float[] acc1 = out[j + 1];
                float[] acc2 = out[j + 2];
                float[] acc3 = out[j + 3];
                float b0 = p[bias + j];
                float b1 = p[bias + j + 1];
                float b2 = p[bias + j + 2];
                float b3 = p[bias + j + 3];
                for (int r = 0; r < count; r++) {
                    acc0[r] = b0;
                    acc1[r] = b1;
                    acc2[r] = b2;
                    acc3[r] = b3;
                }
                for (int i = 0; i < fanIn; i += 4) {
                    int row = i * units + j;
                    float[] x0 = in[i];
                    float[] x1 = in[i + 1];
                    float[] x2 = in[i + 2];
                    float[] x3 = in[i + 3];
                    float w00 = p[row];
                    float w01 = p[row + 1];
                    float w02 = p[row + 2];
                    float w03 = p[row + 3];
                    float w10 = p[row + units];
                    float w11 = p[row + units + 1];
                    float w12 = p[row + units + 2];
                    float w13 = p[row + units + 3];
                    float w20 = p[row + 2 * units];
                    float w21 = p[row + 2 * units + 1];
                    float w22 = p[row + 2 * units + 2];
                    float w23 = p[row + 2 * units + 3];
                    float w30 = p[row + 3 * units];
                    float w31 = p[row + 3 * units + 1];
                    float w32 = p[row + 3 * units + 2];
                    float w33 = p[row + 3 * units + 3];
                    for (int r = 0; r < count; r++) {
                        float s0 = x0[r];
                        float s1 = x1[r];
                        float s2 = x2[r];
                        float s3 = x3[r];
                        acc0[r] = acc0[r] + s0 * w00 + s1 * w10 + s2 * w20 + s3 * w30;
                        acc1[r] = acc1[r] + s0 * w01 + s1 * w11 + s2 * w21 + s3 * w31;
                        acc2[r] = acc2[r] + s0 * w02 + s1 * w12 + s2 * w22 + s3 * w32;
                        acc3[r] = acc3[r] + s0 * w03 + s1 * w13 + s2 * w23 + s3 * w33;
                    }
                }
                for (int r = 0; r < count; r++) {
                    acc0[r] = Math.max(acc0[r], 0f);
                    acc1[r] = Math.max(acc1[r], 0f);
                    acc2[r] = Math.max(acc2[r], 0f);
                    acc3[r] = Math.max(acc3[r], 0f);
                }
            }
        }

        static void inputs8units1Separate(float[] p, float[][] in, int count, float[][] out, int fanIn, int units) {
            int bias = fanIn * units;
            for (int j = 0; j < units; j++) {
                float[] acc = out[j];
                float b = p[bias + j];
                for (int r = 0; r < count; r++) {
                    acc[r] = b;
                }
                for (int i = 0; i < fanIn; i += 8) {
                    int row = i * units + j;
                    float w0 = p[row];
                    float w1 = p[row + units];
                    float w2 = p[row + 2 * units];
                    float w3 = p[row + 3 * units];
                    float w4 = p[row + 4 * units];
                    float w5 = p[row + 5 * units];
                    float w6 = p[row + 6 * units];
                    float w7 = p[row + 7 * units];
                    float[] x0 = in[i];
                    float[] x1 = in[i + 1];
                    float[] x2 = in[i + 2];
                    float[] x3 = in[i + 3];
                    float[] x4 = in[i + 4];
                    float[] x5 = in[i + 5];
                    float[] x6 = in[i + 6];
                    float[] x7 = in[i + 7];
                    for (int r = 0; r < count; r++) {
                        acc[r] = acc[r] + x0[r] * w0 + x1[r] * w1 + x2[r] * w2 + x3[r] * w3 + x4[r] * w4 + x5[r] * w5
                                + x6[r] * w6 + x7[r] * w7;
                    }
                }
                for (int r = 0; r < count; r++) {
                    acc[r] = Math.max(acc[r], 0f);
                }
            }
        }

        static void inputs1units4(float[] p, float[][] in, int count, float[][] out, int fanIn, int units) {
            int bias = fanIn * units;
            for (int j = 0; j < units; j += 4) {
                float[] acc0 = out[j];
                float[] acc1 = out[j + 1];
                float[] acc2 = out[j + 2];
                float[] acc3 = out[j + 3];
                float b0 = p[bias + j];
                float b1 = p[bias + j + 1];
                float b2 = p[bias + j + 2];
                float b3 = p[bias + j + 3];
                for (int r = 0; r < count; r++) {
                    acc0[r] = b0;
                    acc1[r] = b1;
                    acc2[r] = b2;
                    acc3[r] = b3;
                }
                for (int i = 0; i < fanIn; i++) {
                    int row = i * units + j;
                    float w0 = p[row];
                    float w1 = p[row + 1];
                    float w2 = p[row + 2];
                    float w3 = p[row + 3];
                    float[] x = in[i];
                    for (int r = 0; r < count; r++) {
                        float s = x[r];
                        acc0[r] += s * w0;
                        acc1[r] += s * w1;
                        acc2[r] += s * w2;
                        acc3[r] += s * w3;
                    }
                }
                for (int r = 0; r < count; r++) {
                    acc0[r] = Math.max(acc0[r], 0f);
                    acc1[r] = Math.max(acc1[r], 0f);
                    acc2[r] = Math.max(acc2[r], 0f);
                    acc3[r] = Math.max(acc3[r], 0f);
                }
            }
        }
    }
}
