package dev.autonet.runtime.internal;

import java.util.Objects;

/**
 * Every activation function once, forward beside derivative, in double and float; generated code calls
 * these and nothing else for its nonlinearities.
 *
 * <p>Conventions at the kinks follow PyTorch: STEP(0) = 1, ReLU'(0) = 0, LeakyReLU'(0) = PReLU'(0) =
 * alpha, ELU'(0) = alpha. Derivatives are with respect to the pre-activation z. Every function is written
 * in a form that cannot overflow: sigmoid, softplus and softmax never exponentiate a positive number, so
 * z = ±1000 gives finite results. The float overloads of the transcendental functions compute in double
 * and round once; the piecewise-linear ones stay in float. NaN in gives NaN out, except for STEP, where
 * NaN is not &gt;= 0 and gives 0, and for the piecewise derivatives (ReLU', LeakyReLU', PReLU'), which
 * take NaN's "z &gt; 0" branch as false. That cannot hide a NaN: a NaN pre-activation already makes the
 * forward value, and so the loss, NaN, and the fit loop stops on it.
 */
public final class Activations {
    private static final double MINUS_ONE_OVER_SQRT_2 = -0.7071067811865476;
    private static final double ONE_OVER_SQRT_2PI = 0.3989422804014327;

    private Activations() {}

    /** Heaviside step: 1 for z &gt;= 0 (so STEP(0) = 1), else 0. */
    public static double step(double z) {
        return z >= 0 ? 1 : 0;
    }

    /** Heaviside step: 1 for z &gt;= 0 (so STEP(0) = 1), else 0. */
    public static float step(float z) {
        return z >= 0 ? 1f : 0f;
    }

    /** Derivative of STEP: 0 everywhere (taken as 0 at the jump too), which is why STEP cannot be trained. */
    public static double stepDerivative(double z) {
        return 0;
    }

    /** Derivative of STEP: 0 everywhere (taken as 0 at the jump too), which is why STEP cannot be trained. */
    public static float stepDerivative(float z) {
        return 0f;
    }

    /**
     * Logistic sigmoid 1/(1+e^−z), evaluated so the exponent is never positive: with e = e^−|z|, it is
     * 1/(1+e) for z &gt;= 0 and e/(1+e) below, one call of exp either way. (Choosing the numerator with
     * max(e, copySign(1, z)) instead, to avoid the branch, made batched moons predict 45 % slower on JDK 17.)
     */
    public static double sigmoid(double z) {
        return sigmoidFromExp(z, Math.exp(-Math.abs(z)));
    }

    /**
     * {@link #sigmoid(double)} of {@code z} given {@code e = Math.exp(-Math.abs(z))}, for a caller that needs
     * e as well: the generated trainer shares it between the sigmoid and the BCE's {@code log1p(e)}.
     */
    public static double sigmoidFromExp(double z, double e) {
        return (z >= 0 ? 1 : e) / (1 + e);
    }

    /** Logistic sigmoid 1/(1+e^−z), evaluated so the exponent is never positive. */
    public static float sigmoid(float z) {
        return (float) sigmoid((double) z);
    }

    /*
     * The constants of sigmoidFast's e^x, named once: the VECTOR backend generates the same steps on vectors
     * (a model's sigmoidRows) and must use the same numbers to give the same bits.
     */
    /** sigmoidFast holds x = −z to [EXPF_LOWEST, EXPF_HIGHEST] before e^x. */
    public static final float EXPF_LOWEST = -87f;
    /** See {@link #EXPF_LOWEST}. */
    public static final float EXPF_HIGHEST = 89f;
    /** 1 / ln 2 in float. */
    public static final float EXPF_LOG2E = 1.442695f;
    /** 1.5 · 2^23: adding it rounds x / ln 2 to the nearest integer, which lands in the low mantissa bits. */
    public static final float EXPF_ROUND_SHIFT = 12582912f;
    /** −ln 2, its high part (exact in float): r = x − n ln 2 in two steps. */
    public static final float EXPF_MINUS_LN2_HIGH = -0.693359375f;
    /** −ln 2 − {@link #EXPF_MINUS_LN2_HIGH}, its low part. */
    public static final float EXPF_MINUS_LN2_LOW = 2.12194440e-4f;
    /** Cephes' expf polynomial for e^r, highest degree first. */
    public static final float EXPF_P0 = 1.9875691500e-4f;
    /** See {@link #EXPF_P0}. */
    public static final float EXPF_P1 = 1.3981999507e-3f;
    /** See {@link #EXPF_P0}. */
    public static final float EXPF_P2 = 8.3334519073e-3f;
    /** See {@link #EXPF_P0}. */
    public static final float EXPF_P3 = 4.1665795894e-2f;
    /** See {@link #EXPF_P0}. */
    public static final float EXPF_P4 = 1.6666665459e-1f;
    /** See {@link #EXPF_P0}. */
    public static final float EXPF_P5 = 5.0000001201e-1f;
    /** The bits of 1f: the exponent bias 127 in the exponent field, which turns n's shifted bits into 2^n. */
    public static final int FLOAT_ONE_BITS = 0x3F800000;

    /**
     * Logistic sigmoid 1/(1+e^−z) in float arithmetic alone, for the output of a FLOAT model's predictions:
     * within 2 ulps of {@link #sigmoid(float)} wherever that is at least 1.2e-38, and at most 6.1e-39 from
     * it below (z &lt; −87, where it is subnormal); ±∞ give 1 and 0, z &lt; −88.8 gives 0, and NaN gives NaN.
     * It costs about a third of {@link #sigmoid(float)} (2.8 against 7.5 ns a value in a loop, JDK 17),
     * whose double {@code exp} was a quarter of a batched moons row. e^x for x = −z held to [−87, 89] is
     * 2^n · e^r with n the integer nearest x / ln 2 and r = x − n ln 2 (ln 2 in two parts, so r is exact to
     * an ulp or so, |r| ≤ ln(2)/2); e^r is Cephes' degree-6 polynomial for expf and 2^n is written into the
     * exponent bits (n = 128 writes +∞, so the result is 0). The trainer keeps {@link #sigmoid}: its
     * gradients are checked against PyTorch's.
     */
    public static float sigmoidFast(float z) {
        float x = -z;
        x = x < EXPF_LOWEST ? EXPF_LOWEST : x; // NaN stays NaN: both comparisons are false
        x = x > EXPF_HIGHEST ? EXPF_HIGHEST : x;
        // 1.5 * 2^23 + x / ln 2, rounded once: n, the integer nearest x / ln 2, is in the low mantissa bits
        float shifted = Math.fma(x, EXPF_LOG2E, EXPF_ROUND_SHIFT);
        float n = shifted - EXPF_ROUND_SHIFT;
        float r = Math.fma(n, EXPF_MINUS_LN2_HIGH, x);
        r = Math.fma(n, EXPF_MINUS_LN2_LOW, r);
        float poly = Math.fma(r, EXPF_P0, EXPF_P1);
        poly = Math.fma(poly, r, EXPF_P2);
        poly = Math.fma(poly, r, EXPF_P3);
        poly = Math.fma(poly, r, EXPF_P4);
        poly = Math.fma(poly, r, EXPF_P5);
        poly = Math.fma(poly, r * r, r) + 1f;
        // shifting n's bits into the exponent field and adding the bias 127 gives 2^n
        float twoToN = Float.intBitsToFloat((Float.floatToRawIntBits(shifted) << 23) + FLOAT_ONE_BITS);
        return 1f / (1f + poly * twoToN);
    }

    /** σ'(z) = σ(z)(1 − σ(z)). */
    public static double sigmoidDerivative(double z) {
        double s = sigmoid(z);
        return s * (1 - s);
    }

    /** σ'(z) = σ(z)(1 − σ(z)). */
    public static float sigmoidDerivative(float z) {
        return (float) sigmoidDerivative((double) z);
    }

    /** Hyperbolic tangent. */
    public static double tanh(double z) {
        return Math.tanh(z);
    }

    /** Hyperbolic tangent. */
    public static float tanh(float z) {
        return (float) Math.tanh(z);
    }

    /** tanh'(z) = 1 − tanh²(z). */
    public static double tanhDerivative(double z) {
        double t = Math.tanh(z);
        return 1 - t * t;
    }

    /** tanh'(z) = 1 − tanh²(z). */
    public static float tanhDerivative(float z) {
        return (float) tanhDerivative((double) z);
    }

    /** ReLU max(0, z). */
    public static double relu(double z) {
        return Math.max(z, 0.0);
    }

    /** ReLU max(0, z). */
    public static float relu(float z) {
        return Math.max(z, 0f);
    }

    /** ReLU'(z) = 1 for z &gt; 0, else 0; ReLU'(0) = 0 as in PyTorch. */
    public static double reluDerivative(double z) {
        return z > 0 ? 1 : 0;
    }

    /** ReLU'(z) = 1 for z &gt; 0, else 0; ReLU'(0) = 0 as in PyTorch. */
    public static float reluDerivative(float z) {
        return z > 0 ? 1f : 0f;
    }

    /** LeakyReLU (and PReLU with its learned slope): z for z &gt; 0, else alpha·z. */
    public static double leakyRelu(double z, double alpha) {
        return z > 0 ? z : alpha * z;
    }

    /** LeakyReLU (and PReLU with its learned slope): z for z &gt; 0, else alpha·z. */
    public static float leakyRelu(float z, float alpha) {
        return z > 0 ? z : alpha * z;
    }

    /** ∂/∂z of LeakyReLU: 1 for z &gt; 0, else alpha; LeakyReLU'(0) = alpha as in PyTorch. */
    public static double leakyReluDerivative(double z, double alpha) {
        return z > 0 ? 1 : alpha;
    }

    /** ∂/∂z of LeakyReLU: 1 for z &gt; 0, else alpha; LeakyReLU'(0) = alpha as in PyTorch. */
    public static float leakyReluDerivative(float z, float alpha) {
        return z > 0 ? 1f : alpha;
    }

    /** ∂/∂alpha of PReLU: 0 for z &gt; 0, else z (so 0 at z = 0 from either side). */
    public static double preluAlphaDerivative(double z) {
        return z > 0 ? 0 : z;
    }

    /** ∂/∂alpha of PReLU: 0 for z &gt; 0, else z (so 0 at z = 0 from either side). */
    public static float preluAlphaDerivative(float z) {
        return z > 0 ? 0f : z;
    }

    /** ELU: z for z &gt; 0, else alpha·(e^z − 1), with expm1 for accuracy near 0; continuous at 0. */
    public static double elu(double z, double alpha) {
        return z > 0 ? z : alpha * Math.expm1(z);
    }

    /** ELU: z for z &gt; 0, else alpha·(e^z − 1), with expm1 for accuracy near 0; continuous at 0. */
    public static float elu(float z, float alpha) {
        return z > 0 ? z : (float) (alpha * Math.expm1(z));
    }

    /** ELU'(z) = 1 for z &gt; 0, else alpha·e^z; ELU'(0) = alpha as in PyTorch (a kink unless alpha = 1). */
    public static double eluDerivative(double z, double alpha) {
        return z > 0 ? 1 : alpha * Math.exp(z);
    }

    /** ELU'(z) = 1 for z &gt; 0, else alpha·e^z; ELU'(0) = alpha as in PyTorch (a kink unless alpha = 1). */
    public static float eluDerivative(float z, float alpha) {
        return z > 0 ? 1f : (float) (alpha * Math.exp(z));
    }

    /** Swish (SiLU) z·σ(z). */
    public static double swish(double z) {
        return z * sigmoid(z);
    }

    /** Swish (SiLU) z·σ(z). */
    public static float swish(float z) {
        return (float) swish((double) z);
    }

    /** Swish'(z) = σ(z) + z·σ(z)(1 − σ(z)). */
    public static double swishDerivative(double z) {
        double s = sigmoid(z);
        return s + z * s * (1 - s);
    }

    /** Swish'(z) = σ(z) + z·σ(z)(1 − σ(z)). */
    public static float swishDerivative(float z) {
        return (float) swishDerivative((double) z);
    }

    /**
     * Exact GELU z·Φ(z) (PyTorch's default, not the tanh approximation), as z·erfc(−z/√2)/2: erfc keeps
     * relative accuracy for negative z, where 1 + erf(z/√2) would cancel.
     */
    public static double gelu(double z) {
        return 0.5 * z * Erf.erfc(MINUS_ONE_OVER_SQRT_2 * z);
    }

    /** Exact GELU z·Φ(z), computed in double. */
    public static float gelu(float z) {
        return (float) gelu((double) z);
    }

    /** GELU'(z) = Φ(z) + z·φ(z), with φ the standard normal density. */
    public static double geluDerivative(double z) {
        double cdf = 0.5 * Erf.erfc(MINUS_ONE_OVER_SQRT_2 * z);
        return cdf + z * ONE_OVER_SQRT_2PI * Math.exp(-0.5 * z * z);
    }

    /** GELU'(z) = Φ(z) + z·φ(z), with φ the standard normal density. */
    public static float geluDerivative(float z) {
        return (float) geluDerivative((double) z);
    }

    /** Softplus log(1 + e^z) as max(z, 0) + log1p(e^−|z|): accurate for all z, never overflows. */
    public static double softplus(double z) {
        return Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    /** Softplus log(1 + e^z) as max(z, 0) + log1p(e^−|z|): accurate for all z, never overflows. */
    public static float softplus(float z) {
        return (float) softplus((double) z);
    }

    /** Softplus'(z) = σ(z). */
    public static double softplusDerivative(double z) {
        return sigmoid(z);
    }

    /** Softplus'(z) = σ(z). */
    public static float softplusDerivative(float z) {
        return (float) sigmoid((double) z);
    }

    /** The error function; see {@link Erf#erf}. */
    public static double erf(double x) {
        return Erf.erf(x);
    }

    /** The complementary error function 1 − erf(x), accurate for large x; see {@link Erf#erfc}. */
    public static double erfc(double x) {
        return Erf.erfc(x);
    }

    /**
     * Replaces v[offset, offset+length) by its softmax, in place. Subtracts the maximum first, so every
     * exponent is ≤ 0 and finite logits of any size give finite probabilities summing to 1.
     */
    public static void softmax(double[] v, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, v.length);
        int end = offset + length;
        double max = max(v, offset, end);
        double sum = 0;
        for (int i = offset; i < end; i++) {
            double e = Math.exp(v[i] - max);
            v[i] = e;
            sum += e;
        }
        for (int i = offset; i < end; i++) {
            v[i] /= sum;
        }
    }

    /** Softmax of v[offset, offset+length), in place; exponentials and their sum are taken in double. */
    public static void softmax(float[] v, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, v.length);
        int end = offset + length;
        double max = max(v, offset, end);
        double sum = 0;
        for (int i = offset; i < end; i++) {
            double e = Math.exp(v[i] - max);
            v[i] = (float) e; // rounded once more below; both roundings are far inside float's precision
            sum += e;
        }
        for (int i = offset; i < end; i++) {
            v[i] = (float) (v[i] / sum);
        }
    }

    /**
     * log Σ e^v[i] over v[offset, offset+length), as max + log Σ e^(v[i] − max) so it cannot overflow;
     * −∞ for an empty range or all −∞, +∞ if any is +∞.
     */
    public static double logSumExp(double[] v, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, v.length);
        int end = offset + length;
        double max = max(v, offset, end);
        if (Double.isInfinite(max)) {
            return max; // also covers length 0; avoids ∞ − ∞ = NaN below
        }
        double sum = 0;
        for (int i = offset; i < end; i++) {
            sum += Math.exp(v[i] - max);
        }
        return max + Math.log(sum);
    }

    /** log Σ e^v[i] over v[offset, offset+length), computed in double; see the double[] overload. */
    public static double logSumExp(float[] v, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, v.length);
        int end = offset + length;
        double max = max(v, offset, end);
        if (Double.isInfinite(max)) {
            return max;
        }
        double sum = 0;
        for (int i = offset; i < end; i++) {
            sum += Math.exp(v[i] - max);
        }
        return max + Math.log(sum);
    }

    private static double max(double[] v, int from, int to) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            max = Math.max(max, v[i]); // Math.max propagates NaN, so a NaN logit gives NaN results
        }
        return max;
    }

    private static double max(float[] v, int from, int to) {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            max = Math.max(max, v[i]);
        }
        return max;
    }
}
