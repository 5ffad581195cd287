package dev.autonet.runtime.internal;

import static dev.autonet.runtime.internal.ErfTest.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class ActivationsTest {
    /** An activation in double and float, with its derivative in both. */
    private record Pair(String name, DoubleUnaryOperator forward, DoubleUnaryOperator derivative,
            FloatFunction forwardFloat, FloatFunction derivativeFloat) {}

    @FunctionalInterface
    private interface FloatFunction {
        float apply(float z);
    }

    private static final List<Pair> PAIRS = List.of(
            new Pair("sigmoid", Activations::sigmoid, Activations::sigmoidDerivative,
                    Activations::sigmoid, Activations::sigmoidDerivative),
            new Pair("tanh", Activations::tanh, Activations::tanhDerivative,
                    Activations::tanh, Activations::tanhDerivative),
            new Pair("relu", Activations::relu, Activations::reluDerivative,
                    Activations::relu, Activations::reluDerivative),
            new Pair("leakyRelu(0.01)", z -> Activations.leakyRelu(z, 0.01), z -> Activations.leakyReluDerivative(z, 0.01),
                    z -> Activations.leakyRelu(z, 0.01f), z -> Activations.leakyReluDerivative(z, 0.01f)),
            new Pair("leakyRelu(0.3)", z -> Activations.leakyRelu(z, 0.3), z -> Activations.leakyReluDerivative(z, 0.3),
                    z -> Activations.leakyRelu(z, 0.3f), z -> Activations.leakyReluDerivative(z, 0.3f)),
            new Pair("elu(1)", z -> Activations.elu(z, 1.0), z -> Activations.eluDerivative(z, 1.0),
                    z -> Activations.elu(z, 1f), z -> Activations.eluDerivative(z, 1f)),
            new Pair("elu(0.5)", z -> Activations.elu(z, 0.5), z -> Activations.eluDerivative(z, 0.5),
                    z -> Activations.elu(z, 0.5f), z -> Activations.eluDerivative(z, 0.5f)),
            new Pair("swish", Activations::swish, Activations::swishDerivative,
                    Activations::swish, Activations::swishDerivative),
            new Pair("gelu", Activations::gelu, Activations::geluDerivative,
                    Activations::gelu, Activations::geluDerivative),
            new Pair("softplus", Activations::softplus, Activations::softplusDerivative,
                    Activations::softplus, Activations::softplusDerivative),
            new Pair("step", Activations::step, Activations::stepDerivative,
                    Activations::step, Activations::stepDerivative));

    /** Points away from every kink (all kinks are at 0), on both sides and into the tails. */
    private static final double[] POINTS = {-6, -3.3, -1.7, -0.9, -0.25, 0.15, 0.6, 1.1, 2.4, 4.2, 7};

    /**
     * Central differences with h = 1e-6 have truncation error h²|f'''|/6 ≈ 1e-12 and rounding error about
     * 1e-16·|f|/h ≤ 1e-9 here, so 1e-8 (absolute, or relative above 1) separates right from wrong.
     */
    @Test
    void derivativesMatchCentralDifferences() {
        double h = 1e-6;
        for (Pair pair : PAIRS) {
            for (double z : POINTS) {
                double difference = (pair.forward().applyAsDouble(z + h) - pair.forward().applyAsDouble(z - h)) / (2 * h);
                double derivative = pair.derivative().applyAsDouble(z);
                assertEquals(difference, derivative, 1e-8 * Math.max(1, Math.abs(derivative)),
                        pair.name() + "'(" + z + ")");
            }
        }
    }

    @Test
    void preluAlphaDerivativeMatchesCentralDifferences() {
        double h = 1e-6;
        for (double z : POINTS) {
            for (double alpha : new double[] {0.01, 0.25, 1.5}) {
                double difference = (Activations.leakyRelu(z, alpha + h) - Activations.leakyRelu(z, alpha - h)) / (2 * h);
                assertEquals(difference, Activations.preluAlphaDerivative(z), 1e-8, "dPReLU/dalpha at " + z);
                assertEquals(difference, Activations.preluAlphaDerivative((float) z), 1e-6, "float, at " + z);
            }
        }
    }

    /**
     * The one-exp sigmoid gives exactly the bits of the two-branch form it replaced (1/(1+e^−z) for z &gt;= 0,
     * e^z/(1+e^z) below), including ±0, ±infinity, subnormals and the tails; NaN stays NaN.
     */
    @Test
    void sigmoidEqualsTheTwoBranchFormBitForBit() {
        java.util.List<Double> points = new java.util.ArrayList<>(java.util.List.of(0.0, -0.0, Double.MIN_VALUE,
                -Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, -1e-300, 745.0, -745.0, 746.0, -746.0, 1000.0, -1000.0,
                Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN));
        java.util.Random random = new java.util.Random(11);
        for (int k = 0; k < 100_000; k++) {
            points.add(random.nextGaussian() * (k % 3 == 0 ? 50 : 4));
        }
        for (double z : points) {
            assertEquals(Double.doubleToLongBits(twoBranchSigmoid(z)), Double.doubleToLongBits(Activations.sigmoid(z)),
                    "sigmoid(" + z + ")");
            float f = (float) z;
            assertEquals(Float.floatToIntBits((float) twoBranchSigmoid(f)), Float.floatToIntBits(Activations.sigmoid(f)),
                    "float sigmoid(" + f + ")");
        }
    }

    /**
     * The float-arithmetic sigmoid against the double two-branch form rounded to float: within 2 ulps where
     * that is a normal float, within 6.1e-39 below it (z < −87), over every 61st float of either sign up to
     * 104 (where the reference reaches 0 and 1), and at the special values.
     */
    @Test
    void fastFloatSigmoidIsWithinTwoUlps() {
        int last = Float.floatToIntBits(104f);
        for (int bits = 0; bits <= last; bits += 61) {
            for (float z : new float[] {Float.intBitsToFloat(bits), -Float.intBitsToFloat(bits)}) {
                assertFastSigmoidClose(z);
            }
        }
        for (float z : new float[] {0f, -0f, Float.MIN_VALUE, 87f, -87f, 88f, -88f, 88.8f, -88.8f, 1000f, -1000f,
                Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}) {
            assertFastSigmoidClose(z);
        }
        assertTrue(Float.isNaN(Activations.sigmoidFast(Float.NaN)));
        assertEquals(0.5f, Activations.sigmoidFast(0f));
        assertEquals(1f, Activations.sigmoidFast(Float.POSITIVE_INFINITY));
        assertEquals(0f, Activations.sigmoidFast(Float.NEGATIVE_INFINITY));
        assertEquals(0f, Activations.sigmoidFast(-1000f));
    }

    private static void assertFastSigmoidClose(float z) {
        float expected = (float) twoBranchSigmoid(z);
        float actual = Activations.sigmoidFast(z);
        if (expected >= Float.MIN_NORMAL) {
            assertTrue(Math.abs(actual - expected) <= 2 * Math.ulp(expected),
                    () -> "sigmoidFast(" + z + ") = " + actual + ", expected " + expected + " within 2 ulps");
        } else {
            assertTrue(Math.abs(actual - expected) <= 6.1e-39f,
                    () -> "sigmoidFast(" + z + ") = " + actual + ", expected " + expected + " within 6.1e-39");
        }
    }

    private static double twoBranchSigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    /** Exact values from mpmath (50 digits), within 1e-15 relative. */
    @Test
    void forwardValuesMatchReferences() {
        assertEquals(0.5, Activations.sigmoid(0.0));
        assertRelative(0.7310585786300049, Activations.sigmoid(1.0), 1e-15, "sigmoid(1)");
        assertRelative(1 - 0.7310585786300049, Activations.sigmoid(-1.0), 1e-15, "sigmoid(-1)");
        assertRelative(0.7615941559557649, Activations.tanh(1.0), 1e-15, "tanh(1)");
        assertRelative(0.7310585786300049, Activations.swish(1.0), 1e-15, "swish(1)");
        assertRelative(-0.6321205588285577, Activations.elu(-1.0, 1.0), 1e-15, "elu(-1)");
        assertRelative(0.6931471805599453, Activations.softplus(0.0), 1e-15, "softplus(0)");
        assertRelative(5.006715348489118, Activations.softplus(5.0), 1e-15, "softplus(5)");
        assertRelative(9.357622968839737e-14, Activations.softplus(-30.0), 1e-15, "softplus(-30)");
        assertRelative(0.8413447460685429, Activations.gelu(1.0), 1e-15, "gelu(1)");
        assertRelative(-0.15865525393145705, Activations.gelu(-1.0), 1e-15, "gelu(-1)");
        assertRelative(0.34573123063700656, Activations.gelu(0.5), 1e-15, "gelu(0.5)");
        assertRelative(2.99595030590511, Activations.gelu(3.0), 1e-15, "gelu(3)");
        // Far in the left tail 1 + erf would have cancelled to 0; erfc keeps the digits. −10/√2 is rounded,
        // and erfc's relative sensitivity there is 2x² = 100, hence 1e-13.
        assertRelative(-7.619853024160526e-23, Activations.gelu(-10.0), 1e-13, "gelu(-10)");
        assertRelative(1.0833154705876864, Activations.geluDerivative(1.0), 1e-15, "gelu'(1)");
        assertRelative(-0.0833154705876863, Activations.geluDerivative(-1.0), 1e-14, "gelu'(-1)");
        assertRelative(-7.618400096464814e-22, Activations.geluDerivative(-10.0), 1e-13, "gelu'(-10)");
        assertEquals(2.5, Activations.relu(2.5));
        assertEquals(0.0, Activations.relu(-2.5));
        assertEquals(-0.75, Activations.leakyRelu(-2.5, 0.3), 1e-16);
    }

    @Test
    void kinksFollowPyTorch() {
        assertEquals(1.0, Activations.step(0.0));
        assertEquals(0.0, Activations.step(-Double.MIN_VALUE));
        assertEquals(0.0, Activations.stepDerivative(0.0));
        assertEquals(0.0, Activations.reluDerivative(0.0));
        assertEquals(0f, Activations.reluDerivative(0f));
        assertEquals(1.0, Activations.reluDerivative(Double.MIN_VALUE));
        assertEquals(0.01, Activations.leakyReluDerivative(0.0, 0.01));
        assertEquals(0.01f, Activations.leakyReluDerivative(0f, 0.01f));
        assertEquals(0.0, Activations.preluAlphaDerivative(0.0));
        assertEquals(-2.0, Activations.preluAlphaDerivative(-2.0));
        assertEquals(0.0, Activations.preluAlphaDerivative(3.0));
        assertEquals(0.7, Activations.eluDerivative(0.0, 0.7));
        assertEquals(0.7f, Activations.eluDerivative(0f, 0.7f));
        assertEquals(1.0, Activations.eluDerivative(1e-300, 0.7));
        // ELU is continuous at 0 and its left derivative tends to alpha.
        assertEquals(0.0, Activations.elu(0.0, 0.7));
        assertEquals(-0.7e-12, Activations.elu(-1e-12, 0.7), 1e-24);
        assertEquals(0.7, Activations.eluDerivative(-1e-12, 0.7), 1e-12);
    }

    /** Each float overload is within one float ulp of the double function at the same point. */
    @Test
    void floatOverloadsAgreeWithDouble() {
        for (Pair pair : PAIRS) {
            for (float z = -30f; z <= 30f; z += 0.173f) {
                float expected = (float) pair.forward().applyAsDouble(z);
                assertEquals(expected, pair.forwardFloat().apply(z), Math.ulp(expected), pair.name() + "(" + z + ")");
                float slope = (float) pair.derivative().applyAsDouble(z);
                assertEquals(slope, pair.derivativeFloat().apply(z), Math.ulp(slope), pair.name() + "'(" + z + ")");
            }
        }
    }

    @Test
    void extremeInputsGiveFiniteValues() {
        for (Pair pair : PAIRS) {
            for (float z : new float[] {-1000f, 1000f, -Float.MAX_VALUE, Float.MAX_VALUE}) {
                assertTrue(Float.isFinite(pair.forwardFloat().apply(z)), pair.name() + "(" + z + ")");
                assertTrue(Float.isFinite(pair.derivativeFloat().apply(z)), pair.name() + "'(" + z + ")");
                assertTrue(Double.isFinite(pair.forward().applyAsDouble(z)), pair.name() + "(" + z + ") in double");
                assertTrue(Double.isFinite(pair.derivative().applyAsDouble(z)), pair.name() + "'(" + z + ") in double");
            }
        }
        assertEquals(1f, Activations.sigmoid(1000f));
        assertEquals(0f, Activations.sigmoid(-1000f));
        assertEquals(1000f, Activations.softplus(1000f));
        assertEquals(0f, Activations.softplus(-1000f));
        assertEquals(1000.0, Activations.softplus(1000.0));
        assertEquals(1000f, Activations.swish(1000f));
        assertEquals(0f, Activations.swish(-1000f), 0f);
        assertEquals(1000f, Activations.gelu(1000f));
        assertEquals(0f, Activations.gelu(-1000f), 0f);
        assertEquals(1f, Activations.geluDerivative(1000f));
        assertEquals(-1.0, Activations.elu(-1000.0, 1.0));
    }

    @Test
    void nanPropagatesExceptThroughStep() {
        for (Pair pair : PAIRS) {
            if (!pair.name().equals("step")) {
                assertTrue(Double.isNaN(pair.forward().applyAsDouble(Double.NaN)), pair.name());
                assertTrue(Float.isNaN(pair.forwardFloat().apply(Float.NaN)), pair.name() + " in float");
            }
        }
        assertEquals(0.0, Activations.step(Double.NaN));
    }
}
