package dev.autonet.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.autonet.benchmarks.TileKernelBenchmark.Kernel;
import dev.autonet.benchmarks.TileKernelBenchmark.Kernels;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every kernel of {@link TileKernelBenchmark} computes the same layer: relu(b_j + Σ_i x_i W_ij), added in the
 * order of i, so each must give exactly the bits of a plain reference loop, on full tiles and on a short one.
 */
class TileKernelsAgreeTest {
    @Test
    void everyKernelGivesTheReferenceBits() {
        everyKernelGivesTheReferenceBits(32, 16);
        everyKernelGivesTheReferenceBits(784, 256);
    }

    private static void everyKernelGivesTheReferenceBits(int fanIn, int units) {
        Random random = new Random(17);
        float[] p = new float[fanIn * units + units];
        for (int k = 0; k < p.length; k++) {
            p[k] = (float) random.nextGaussian();
        }
        Kernel[] kernels = {Kernels::inputs2units4Separate, Kernels::inputs2units4Fused, Kernels::inputs4units2Fused,
                Kernels::inputs4units4Separate, Kernels::inputs8units1Separate, Kernels::inputs1units4};
        for (int count : new int[] {256, 37}) {
            float[][] in = new float[fanIn][count];
            for (float[] feature : in) {
                for (int r = 0; r < count; r++) {
                    feature[r] = (float) random.nextGaussian();
                }
            }
            float[][] expected = new float[units][count];
            for (int j = 0; j < units; j++) {
                for (int r = 0; r < count; r++) {
                    float sum = p[fanIn * units + j];
                    for (int i = 0; i < fanIn; i++) {
                        sum += in[i][r] * p[i * units + j];
                    }
                    expected[j][r] = Math.max(sum, 0f);
                }
            }
            for (int k = 0; k < kernels.length; k++) {
                float[][] out = new float[units][count];
                kernels[k].run(p, in, count, out, fanIn, units);
                for (int j = 0; j < units; j++) {
                    assertArrayEquals(expected[j], out[j], fanIn + "x" + units + ", kernel " + k + ", unit " + j + ", " + count + " rows");
                }
            }
        }
    }
}
