package dev.autonet.runtime.optim;

/**
 * {@code base^exponent} for a whole exponent, by repeated squaring.
 *
 * <p>Why not {@link StrictMath#pow}: JDK 17's pure-Java port allocates three scratch arrays per call,
 * which only C2's escape analysis removes, so an interpreted or C1-compiled step would allocate. Why not
 * {@link Math#pow}: its intrinsic may differ by an ulp between platforms, which would break bit-identical
 * weights across machines. Repeated squaring is plain IEEE arithmetic, the same bits everywhere. Its
 * relative error grows with the exponent, to at most about {@code exponent·2^-52}; in Adam's bias
 * correction {@code 1 − β^t} that is an absolute error of at most {@code β^t·t·2^-52 <= 2^-52/(e·ln(1/β))},
 * about 4e-13 for β = 0.9999, far below anything a step can notice.
 */
final class Powers {
    private Powers() {}

    /** {@code base^exponent} for {@code exponent >= 0}; {@code base^0 = 1}. */
    static double power(double base, long exponent) {
        double result = 1;
        double square = base;
        for (long remaining = exponent; remaining > 0; remaining >>>= 1) {
            if ((remaining & 1) != 0) {
                result *= square;
            }
            square *= square;
        }
        return result;
    }
}
