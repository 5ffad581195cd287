package dev.autonet.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class InitializersTest {
    /** An initializer in both precisions, for tests that apply to all four. */
    private interface Scheme {
        void fill(double[] parameters, int offset, int fanIn, int units, SeededRandom random);

        void fill(float[] parameters, int offset, int fanIn, int units, SeededRandom random);
    }

    private static final Scheme HE_UNIFORM = scheme(Initializers::heUniform, Initializers::heUniform);
    private static final Scheme HE_NORMAL = scheme(Initializers::heNormal, Initializers::heNormal);
    private static final Scheme XAVIER_UNIFORM = scheme(Initializers::xavierUniform, Initializers::xavierUniform);
    private static final Scheme XAVIER_NORMAL = scheme(Initializers::xavierNormal, Initializers::xavierNormal);
    private static final Scheme[] ALL = {HE_UNIFORM, HE_NORMAL, XAVIER_UNIFORM, XAVIER_NORMAL};

    @Test
    void sameSeedGivesIdenticalWeights() {
        for (Scheme scheme : ALL) {
            double[] a = new double[60];
            double[] b = new double[60];
            scheme.fill(a, 0, 6, 10, new SeededRandom(11));
            scheme.fill(b, 0, 6, 10, new SeededRandom(11));
            assertArrayEquals(a, b);
            double[] other = new double[60];
            scheme.fill(other, 0, 6, 10, new SeededRandom(12));
            assertTrue(!Arrays.equals(a, other), "a different seed gives different weights");
        }
    }

    @Test
    void floatWeightsAreTheDoubleWeightsRounded() {
        for (Scheme scheme : ALL) {
            double[] d = new double[35];
            float[] f = new float[35];
            scheme.fill(d, 0, 5, 7, new SeededRandom(3));
            scheme.fill(f, 0, 5, 7, new SeededRandom(3));
            for (int i = 0; i < d.length; i++) {
                assertEquals((float) d[i], f[i]);
            }
        }
    }

    /** The first weight follows from the specification of SeededRandom and the limit l = √(6/fanIn). */
    @Test
    void heUniformDrawsInIndexOrder() {
        double[] w = new double[8];
        Initializers.heUniform(w, 0, 2, 4, new SeededRandom(1234567));
        double limit = Math.sqrt(6.0 / 2);
        assertEquals(limit * (2 * new SeededRandom(1234567).nextDouble() - 1), w[0]);
        SeededRandom random = new SeededRandom(1234567);
        for (double weight : w) {
            assertEquals(limit * (2 * random.nextDouble() - 1), weight);
        }
    }

    @Test
    void uniformWeightsStayWithinTheLimit() {
        int fanIn = 30;
        int units = 50;
        float[] he = new float[fanIn * units];
        double[] xavier = new double[fanIn * units];
        Initializers.heUniform(he, 0, fanIn, units, new SeededRandom(8));
        Initializers.xavierUniform(xavier, 0, fanIn, units, new SeededRandom(8));
        float heLimit = (float) Math.sqrt(6.0 / fanIn);
        double xavierLimit = Math.sqrt(6.0 / (fanIn + units));
        for (int i = 0; i < he.length; i++) {
            assertTrue(Math.abs(he[i]) <= heLimit, "he " + he[i]);
            assertTrue(Math.abs(xavier[i]) <= xavierLimit, "xavier " + xavier[i]);
        }
        assertTrue(max(xavier) > 0.95 * xavierLimit, "uniform draws reach near the limit");
    }

    /**
     * Variance of 200,000 weights against the target: its relative standard error is 0.2% for a uniform
     * and 0.32% for a normal, so a 2% band fails only on a wrong scale. The mean must be near 0 too.
     */
    @Test
    void empiricalVarianceMatchesTheScheme() {
        int fanIn = 500;
        int units = 400;
        assertMoments(HE_UNIFORM, fanIn, units, 2.0 / fanIn);
        assertMoments(HE_NORMAL, fanIn, units, 2.0 / fanIn);
        assertMoments(XAVIER_UNIFORM, fanIn, units, 2.0 / (fanIn + units));
        assertMoments(XAVIER_NORMAL, fanIn, units, 2.0 / (fanIn + units));
    }

    private static void assertMoments(Scheme scheme, int fanIn, int units, double variance) {
        double[] w = new double[fanIn * units];
        scheme.fill(w, 0, fanIn, units, new SeededRandom(31));
        double mean = Arrays.stream(w).average().orElseThrow();
        double actual = Arrays.stream(w).map(x -> (x - mean) * (x - mean)).sum() / w.length;
        assertEquals(variance, actual, 0.02 * variance);
        assertEquals(0, mean, 0.01 * Math.sqrt(variance)); // standard error of the mean: 0.0022 σ
    }

    @Test
    void writesExactlyTheLayersRange() {
        for (Scheme scheme : ALL) {
            double[] d = new double[25];
            Arrays.fill(d, 7);
            scheme.fill(d, 5, 3, 4, new SeededRandom(1));
            float[] f = new float[17];
            Arrays.fill(f, 7f);
            scheme.fill(f, 5, 3, 4, new SeededRandom(1));
            for (int i = 0; i < d.length; i++) {
                boolean inside = i >= 5 && i < 17;
                assertEquals(inside, d[i] != 7, "double index " + i);
                if (i < f.length) {
                    assertEquals(inside, f[i] != 7f, "float index " + i);
                }
            }
        }
    }

    @Test
    void rejectsBadArgumentsBeforeWriting() {
        double[] d = new double[10];
        assertThrows(IndexOutOfBoundsException.class,
                () -> Initializers.heUniform(d, 5, 2, 3, new SeededRandom(1))); // needs [5, 11)
        assertThrows(IndexOutOfBoundsException.class,
                () -> Initializers.xavierNormal(new float[10], -1, 2, 3, new SeededRandom(1)));
        assertEquals("fanIn must be at least 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> Initializers.heNormal(d, 0, 0, 3, new SeededRandom(1))).getMessage());
        assertEquals("units must be at least 1, was -2", assertThrows(IllegalArgumentException.class,
                () -> Initializers.xavierUniform(d, 0, 2, -2, new SeededRandom(1))).getMessage());
        assertEquals("parameters is null", assertThrows(NullPointerException.class,
                () -> Initializers.heUniform((float[]) null, 0, 2, 3, new SeededRandom(1))).getMessage());
        assertEquals("random is null", assertThrows(NullPointerException.class,
                () -> Initializers.heUniform(d, 0, 2, 3, null)).getMessage());
        assertThrows(ArithmeticException.class,
                () -> Initializers.heUniform(d, 0, 100_000, 100_000, new SeededRandom(1)));
        assertArrayEquals(new double[10], d);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }

    private interface DoubleFill {
        void fill(double[] parameters, int offset, int fanIn, int units, SeededRandom random);
    }

    private interface FloatFill {
        void fill(float[] parameters, int offset, int fanIn, int units, SeededRandom random);
    }

    private static Scheme scheme(DoubleFill doubles, FloatFill floats) {
        return new Scheme() {
            @Override
            public void fill(double[] parameters, int offset, int fanIn, int units, SeededRandom random) {
                doubles.fill(parameters, offset, fanIn, units, random);
            }

            @Override
            public void fill(float[] parameters, int offset, int fanIn, int units, SeededRandom random) {
                floats.fill(parameters, offset, fanIn, units, random);
            }
        };
    }
}
