package dev.autonet.runtime.internal;

/**
 * The error function and its complement in double precision, within about 1e-15 relative error over the
 * whole range (Java has no {@code Math.erf}). Use it through {@link Activations#erf} and
 * {@link Activations#erfc}.
 *
 * <p>Three classical methods, each where it converges fast and loses no digits to cancellation:
 * <ul>
 *   <li>|x| &lt; 0.5: the Maclaurin series erf(x) = 2/√π · Σ (−1)ⁿ x²ⁿ⁺¹ / (n! (2n+1)), whose terms
 *       shrink at least fourfold per step; erfc = 1 − erf loses at most one bit here, since erfc &gt; 0.47.
 *   <li>0.5 ≤ x &lt; 3: Taylor series of erfc about the nearest multiple a of 1/8, so |x − a| ≤ 1/16:
 *       erfc(a + h) = erfc(a) − 2/√π · e^(−a²) · Σ (−1)ᵐ Hₘ(a) hᵐ⁺¹ / (m+1)!, with Hₘ the (physicists')
 *       Hermite polynomials. erfc(a) comes from a table of correctly rounded values.
 *   <li>x ≥ 3: the even contraction of Laplace's continued fraction (Abramowitz &amp; Stegun 7.1.14),
 *       erfc(x) = 2x e^(−x²)/√π / (2x²+1 − 1·2/(2x²+5 − 3·4/(2x²+9 − …))), evaluated from a fixed
 *       depth backwards, which keeps full relative accuracy down to the underflow near x = 27.3.
 * </ul>
 * Negative arguments use erf(−x) = −erf(x) and erfc(−x) = 2 − erfc(x). e^(−x²) is computed from x² split
 * exactly into two doubles, since rounding x² alone would cost up to 1e-14 relative error at x = 10.
 */
public final class Erf {
    private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;

    /** Terms of the Maclaurin series: 0.5^(2·14) / 14! is far below half an ulp of erf(0.5)/0.5. */
    private static final int SERIES_TERMS = 14;

    /** Terms of the Taylor series about a table point; 12 already reach full accuracy (checked to x = 3). */
    private static final int TAYLOR_TERMS = 14;

    /** erfc(k/8) for k = 4..24, correctly rounded (computed with mpmath at 50 digits). */
    private static final double[] ERFC_AT_EIGHTHS = {
        0.4795001221869535, 0.376759117811582, 0.28884436634648486, 0.21592493894014034,
        0.15729920705028513, 0.11161176829829224, 0.07709987174354177, 0.051829927217909674,
        0.033894853524689274, 0.021556266760016336, 0.013328328780817557, 0.00800994232988003,
        0.004677734981047266, 0.0026540293594823415, 0.0014627165866811518, 0.0007829382178911192,
        0.0004069520174449589, 0.00020537573614121745, 0.00010062192211963683, 4.785483974377341e-05,
        2.209049699858544e-05,
    };
    private static final int FIRST_EIGHTH = 4;

    /** 2/√π · e^(−a²) at the same points: minus the slope of erfc there. */
    private static final double[] SLOPE_AT_EIGHTHS = new double[ERFC_AT_EIGHTHS.length];

    /** 1 / (n! (2n+1)): the Maclaurin coefficients; n! (2n+1) is exact in a double for n &lt; 14. */
    private static final double[] SERIES_COEFFICIENTS = new double[SERIES_TERMS];

    static {
        for (int i = 0; i < SLOPE_AT_EIGHTHS.length; i++) {
            double a = (FIRST_EIGHTH + i) / 8.0;
            SLOPE_AT_EIGHTHS[i] = TWO_OVER_SQRT_PI * expMinusSquare(a);
        }
        double factorial = 1;
        for (int n = 0; n < SERIES_TERMS; n++) {
            factorial *= Math.max(n, 1);
            SERIES_COEFFICIENTS[n] = 1.0 / (factorial * (2 * n + 1));
        }
    }

    private Erf() {}

    /** The error function 2/√π ∫₀ˣ e^(−t²) dt; odd, so erf(−0.0) = −0.0; erf(±∞) = ±1; NaN gives NaN. */
    public static double erf(double x) {
        double ax = Math.abs(x);
        if (ax < 0.5) {
            return maclaurin(x);
        }
        if (ax >= 6) { // erfc(6) < 2.2e-17 is below half an ulp of 1; also catches ±infinity
            return Math.copySign(1.0, x);
        }
        if (Double.isNaN(x)) {
            return x;
        }
        return Math.copySign(1.0 - erfcAtLeastHalf(ax), x);
    }

    /** The complementary error function 1 − erf(x), with full relative accuracy for large x; NaN gives NaN. */
    public static double erfc(double x) {
        if (x >= 0.5) {
            return erfcAtLeastHalf(x);
        }
        if (x > -0.5) {
            return 1.0 - maclaurin(x);
        }
        if (x > -6) {
            return 2.0 - erfcAtLeastHalf(-x);
        }
        return Double.isNaN(x) ? x : 2.0; // erfc(-6) rounds to 2; also -infinity
    }

    /** erf(x) for |x| &lt; 0.5 by Horner's rule in −x² over the Maclaurin coefficients. */
    private static double maclaurin(double x) {
        double minusSquare = -x * x;
        double sum = 0;
        for (int n = SERIES_TERMS - 1; n >= 0; n--) {
            sum = sum * minusSquare + SERIES_COEFFICIENTS[n];
        }
        return TWO_OVER_SQRT_PI * x * sum;
    }

    /** erfc(x) for x ≥ 0.5 (or +∞). */
    private static double erfcAtLeastHalf(double x) {
        if (x < 3) {
            return erfcTaylor(x);
        }
        if (x > 27.3) { // erfc(27.25) < 2^-1075: rounds to zero; also +infinity, which would give ∞/∞
            return 0.0;
        }
        return erfcContinuedFraction(x);
    }

    /** erfc(x) for 0.5 ≤ x &lt; 3 from the nearest table point a = k/8. */
    private static double erfcTaylor(double x) {
        int k = (int) Math.rint(8 * x);
        double a = k / 8.0;
        double h = x - a; // exact: x and a are within a factor of two (Sterbenz)
        // sum = Σ_m (−1)^m H_m(a) h^(m+1)/(m+1)!, i.e. e^(a²) ∫₀ʰ e^(−(a+s)²) ds
        double power = h;
        double sum = h;
        double hermitePrevious = 1; // H_0
        double hermite = 2 * a; // H_1
        for (int m = 1; m < TAYLOR_TERMS; m++) {
            power *= -h / (m + 1);
            sum += hermite * power;
            double next = 2 * a * hermite - 2 * m * hermitePrevious; // H_(m+1) = 2a H_m − 2m H_(m−1)
            hermitePrevious = hermite;
            hermite = next;
        }
        int i = k - FIRST_EIGHTH;
        return ERFC_AT_EIGHTHS[i] - SLOPE_AT_EIGHTHS[i] * sum;
    }

    /** erfc(x) for 3 ≤ x ≤ 27.3 by the continued fraction, from a depth that converges to ~1 ulp. */
    private static double erfcContinuedFraction(double x) {
        double twoSquare = 2 * x * x;
        // The depth needed falls roughly as 90/x² (measured: 91 terms at x = 1, 14 at x = 3, 8 at x = 5).
        int depth = 10 + (int) (100 / (x * x));
        double tail = twoSquare + 4 * depth + 1;
        for (int k = depth; k >= 1; k--) {
            tail = twoSquare + (4 * k - 3) - ((2.0 * k - 1) * (2 * k)) / tail;
        }
        // Multiply into the possibly subnormal e^(−x²) last so it is rounded only once.
        return Math.exp(-(x * x)) * ((1 - squareError(x)) * TWO_OVER_SQRT_PI * x / tail);
    }

    /** e^(−x²) with x² taken exactly as hi + lo, using e^(−lo) = 1 − lo for |lo| ≤ half an ulp of hi. */
    private static double expMinusSquare(double x) {
        return Math.exp(-(x * x)) * (1 - squareError(x));
    }

    /** x² − fl(x²) exactly, by Dekker's product (no fused multiply-add, which is slow where emulated). */
    private static double squareError(double x) {
        double split = 134217729.0 * x; // 2^27 + 1: splits the 53-bit significand into two 26-bit halves
        double high = split - (split - x);
        double low = x - high;
        double square = x * x;
        return ((high * high - square) + 2 * high * low) + low * low;
    }
}
