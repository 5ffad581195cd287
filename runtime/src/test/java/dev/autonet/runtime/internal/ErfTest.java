package dev.autonet.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class ErfTest {
    /** Largest relative error accepted against correctly rounded references: about 4.5 ulps. */
    private static final double TOLERANCE = 1e-15;

    /**
     * {x, erf(x), erfc(x)}: the exact values rounded to double, computed with mpmath 1.3.0 at 50 digits.
     * The points cover every method Erf uses (|x| &lt; 0.5, table points, between them, continued fraction).
     */
    private static final double[][] REFERENCE = {
        {1e-10, 1.1283791670955126e-10, 0.999999999887162},
        {0.1, 0.1124629160182849, 0.8875370839817152},
        {0.25, 0.27632639016823696, 0.7236736098317631},
        {0.5, 0.5204998778130465, 0.4795001221869535},
        {0.75, 0.7111556336535151, 0.28884436634648486},
        {1, 0.8427007929497149, 0.15729920705028513},
        {1.25, 0.9229001282564583, 0.07709987174354177},
        {1.5, 0.9661051464753108, 0.033894853524689274},
        {2, 0.9953222650189527, 0.004677734981047266},
        {2.5, 0.999593047982555, 0.0004069520174449589},
        {3, 0.9999779095030014, 2.209049699858544e-05},
        {3.5, 0.9999992569016276, 7.430983723414128e-07},
        {4, 0.9999999845827421, 1.541725790028002e-08},
        {5, 0.9999999999984626, 1.537459794428035e-12},
        {6, 1.0, 2.1519736712498913e-17},
        {8, 1.0, 1.1224297172982926e-29},
        {10, 1.0, 2.088487583762545e-45},
        {15, 1.0, 7.212994172451207e-100},
        {20, 1.0, 5.395865611607901e-176},
        {26, 1.0, 5.663192408856143e-296},
        {-0.3, -0.32862675945912745, 1.3286267594591274},
        {-1, -0.8427007929497149, 1.8427007929497148},
        {-2.5, -0.999593047982555, 1.999593047982555},
        {-5, -0.9999999999984626, 1.9999999999984626},
    };

    @Test
    void matchesReferenceValues() {
        for (double[] row : REFERENCE) {
            assertRelative(row[1], Erf.erf(row[0]), TOLERANCE, "erf(" + row[0] + ")");
            assertRelative(row[2], Erf.erfc(row[0]), TOLERANCE, "erfc(" + row[0] + ")");
        }
    }

    @Test
    void matchesTheValuesInTheBrief() {
        assertRelative(0.5204998778130465, Activations.erf(0.5), TOLERANCE, "erf(0.5)");
        assertRelative(0.8427007929497149, Activations.erf(1), TOLERANCE, "erf(1)");
        assertRelative(0.9953222650189527, Activations.erf(2), TOLERANCE, "erf(2)");
        assertRelative(2.209049699858544e-05, Activations.erfc(3), TOLERANCE, "erfc(3)");
        assertRelative(1.5374597944280349e-12, Activations.erfc(5), TOLERANCE, "erfc(5)");
        assertRelative(2.088487583762545e-45, Activations.erfc(10), TOLERANCE, "erfc(10)");
    }

    /** An independent reference: Romberg integration of 2/√π e^(−t²) over [0, x]; tolerance 3e-15. */
    @Test
    void agreesWithNumericalIntegrationOfTheDensity() {
        for (double x : new double[] {0.125, 0.3, 0.5, 0.9, 1.3, 2, 2.7, 3.5}) {
            double integral = romberg(t -> Math.exp(-t * t), 0, x) * 2 / Math.sqrt(Math.PI);
            assertRelative(integral, Erf.erf(x), 3e-15, "erf(" + x + ")");
        }
    }

    /**
     * erfc(x) = 2/√π e^(−x²) ∫₀^∞ e^(−s(2x+s)) ds keeps relative accuracy where erfc is tiny; the points
     * have exact squares so e^(−x²) adds only Math.exp's own error.
     */
    @Test
    void erfcAgreesWithNumericalIntegrationOfTheScaledTail() {
        for (double x : new double[] {0.75, 1.5, 2.5, 3, 4.5, 6, 10, 20}) {
            double end = 40 / x; // the integrand is below e^-80 beyond
            double scaled = romberg(s -> Math.exp(-s * (2 * x + s)), 0, end) * 2 / Math.sqrt(Math.PI);
            assertRelative(scaled * Math.exp(-x * x), Erf.erfc(x), 3e-15, "erfc(" + x + ")");
        }
    }

    @Test
    void satisfiesSymmetryAndComplementIdentities() {
        for (double x = -7; x <= 7; x += 0.01) {
            assertEquals(-Erf.erf(x), Erf.erf(-x), 0.0, "erf is odd at " + x);
            // Each side is rounded once or twice near 1 or 2, so allow two ulps of the sum.
            assertEquals(1.0, Erf.erf(x) + Erf.erfc(x), 2 * Math.ulp(1.0), "erf + erfc at " + x);
            assertEquals(2.0, Erf.erfc(x) + Erf.erfc(-x), 2 * Math.ulp(2.0), "erfc(x) + erfc(-x) at " + x);
        }
    }

    @Test
    void handlesSpecialValues() {
        assertEquals(1.0, Erf.erf(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, Erf.erf(Double.NEGATIVE_INFINITY));
        assertEquals(0.0, Erf.erfc(Double.POSITIVE_INFINITY));
        assertEquals(2.0, Erf.erfc(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(Erf.erf(Double.NaN)));
        assertTrue(Double.isNaN(Erf.erfc(Double.NaN)));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Erf.erf(-0.0)));
        assertEquals(1.0, Erf.erfc(0.0));
        assertEquals(0.0, Erf.erfc(27.5)); // the exact value, about 1e-330, is below the smallest double
        assertTrue(Erf.erfc(27) > 0); // 5.2e-319, subnormal but representable
        assertRelative(5.2370489237892557e-319, Erf.erfc(27), 1e-4, "subnormal erfc(27)"); // 4 digits left
    }

    /** erfc must not jump where the method changes: at 0.5, 3, the midpoints between table points, 6. */
    @Test
    void isContinuousAcrossMethodBoundaries() {
        double[] boundaries = new double[2 + 20 + 2];
        boundaries[0] = 0.5;
        boundaries[1] = 3;
        for (int k = 0; k < 20; k++) {
            boundaries[2 + k] = (4 + k) / 8.0 + 1 / 16.0;
        }
        boundaries[22] = -0.5;
        boundaries[23] = 6;
        for (double b : boundaries) {
            double step = b - Math.nextDown(b);
            double at = Erf.erfc(b);
            // erfc really changes over one ulp of x (by 2.7e-15 relative at x = 3): predict it from the slope.
            double predicted = at + step * 2 / Math.sqrt(Math.PI) * Math.exp(-b * b);
            double below = Erf.erfc(Math.nextDown(b));
            assertRelative(predicted, below, 1e-15, "erfc just below " + b);
            assertTrue(below >= at, "erfc decreases through " + b);
        }
    }

    @Test
    void erfcIsMonotoneOnAFineGrid() {
        double previous = Erf.erfc(-7);
        for (int i = 1; i <= 340_000; i++) {
            double x = -7 + i * 1e-4;
            double value = Erf.erfc(x);
            assertTrue(value <= previous, "erfc rises at " + x);
            previous = value;
        }
    }

    static void assertRelative(double expected, double actual, double tolerance, String what) {
        double error = Math.abs(actual - expected) / Math.abs(expected);
        assertTrue(error <= tolerance,
                what + ": expected " + expected + " but was " + actual + " (relative error " + error + ")");
    }

    /**
     * Romberg's method: trapezoid sums on 2^k intervals (compensated sums), Richardson-extrapolated. It
     * stops once two diagonal entries agree to 1e-15; convergence is then so fast that the last entry is
     * good to a few 1e-16 for these smooth integrands. Stopping late instead only accumulates rounding.
     */
    private static double romberg(DoubleUnaryOperator f, double a, double b) {
        int levels = 20;
        double[] previous = new double[levels];
        double[] current = new double[levels];
        previous[0] = (b - a) / 2 * (f.applyAsDouble(a) + f.applyAsDouble(b));
        for (int k = 1; k < levels; k++) {
            long intervals = 1L << k;
            double h = (b - a) / intervals;
            double sum = 0;
            double compensation = 0; // Kahan summation of the new midpoints
            for (long i = 1; i < intervals; i += 2) {
                double y = f.applyAsDouble(a + i * h) - compensation;
                double t = sum + y;
                compensation = (t - sum) - y;
                sum = t;
            }
            current[0] = previous[0] / 2 + h * sum;
            double factor = 1;
            for (int j = 1; j <= k; j++) {
                factor *= 4;
                current[j] = current[j - 1] + (current[j - 1] - previous[j - 1]) / (factor - 1);
            }
            if (k > 4 && Math.abs(current[k] - previous[k - 1]) <= 1e-15 * Math.abs(current[k])) {
                return current[k];
            }
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        throw new AssertionError("Romberg integration did not converge on [" + a + ", " + b + "]");
    }
}
