package dev.autonet.runtime.optim;

/**
 * {@code cos(π·u)} for {@code 0 <= u <= 1}, the cosine schedule's one transcendental function.
 *
 * <p>Why not {@link StrictMath#cos}: from JDK 21 on it is a pure-Java port of fdlibm that allocates a
 * two-element scratch array per call (32 bytes, which escape analysis does not remove), so on JDK 25 every
 * {@code setEpoch} of an optimizer with a cosine schedule allocated; {@code AllocationTest} caught it. Why
 * not {@link Math#cos}: its intrinsic may differ by an ulp between platforms. This reduces {@code u} to an
 * angle of at most π/4 with exact subtractions ({@code 1/2 − u} and {@code 1 − u} are exact in the ranges
 * used), multiplies by π once, and evaluates fdlibm's {@code __kernel_cos} and {@code __kernel_sin}
 * polynomials (the ones StrictMath uses): plain IEEE arithmetic, the same bits everywhere, within a few
 * ulps of {@code StrictMath.cos(Math.PI * u)}.
 */
final class HalfTurns {
    private static final double S1 = -1.66666666666666324348e-01;
    private static final double S2 = 8.33333333332248946124e-03;
    private static final double S3 = -1.98412698298579493134e-04;
    private static final double S4 = 2.75573137070700676789e-06;
    private static final double S5 = -2.50507602534068634195e-08;
    private static final double S6 = 1.58969099521155010221e-10;
    private static final double C1 = 4.16666666666666019037e-02;
    private static final double C2 = -1.38888888888741095749e-03;
    private static final double C3 = 2.48015872894767294178e-05;
    private static final double C4 = -2.75573143513906633035e-07;
    private static final double C5 = 2.08757232129817482790e-09;
    private static final double C6 = -1.13596475577881948265e-11;

    private HalfTurns() {}

    /** {@code cos(π·u)} for {@code 0 <= u <= 1}. */
    static double cosPi(double u) {
        if (u <= 0.25) {
            return kernelCos(Math.PI * u);
        }
        if (u <= 0.5) {
            return kernelSin(Math.PI * (0.5 - u));
        }
        if (u <= 0.75) {
            return -kernelSin(Math.PI * (u - 0.5));
        }
        return -kernelCos(Math.PI * (1 - u));
    }

    // fdlibm's __kernel_sin(x, 0, 0) for |x| <= π/4
    private static double kernelSin(double x) {
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        return x + v * (S1 + z * r);
    }

    // fdlibm's __kernel_cos(x, 0) for |x| <= π/4
    private static double kernelCos(double x) {
        int ix = (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
        if (ix < 0x3e400000) { // |x| < 2^-27
            return 1;
        }
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ix < 0x3fd33333) { // |x| < 0.3
            return 1 - (0.5 * z - z * r);
        }
        double qx = ix > 0x3fe90000 ? 0.28125 : Double.longBitsToDouble((long) (ix - 0x00200000) << 32); // x/4
        double hz = 0.5 * z - qx;
        double a = 1 - qx;
        return a - (hz - z * r);
    }
}
