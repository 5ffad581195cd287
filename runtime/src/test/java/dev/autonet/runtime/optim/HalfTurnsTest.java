package dev.autonet.runtime.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The cosine schedule's allocation-free cos(π·u) against StrictMath, the independent reference. */
class HalfTurnsTest {
    /**
     * Every epoch / totalEpochs for totalEpochs up to 1500 (u = 1 included), within 5e-16 of
     * StrictMath.cos(Math.PI * u): the reference itself is off by up to about 3.5e-16, from rounding π·u
     * (at most 2.2e-16 of argument, so of cosine) and Math.PI's own error (1.2e-16·u), plus its last ulp.
     */
    @Test
    void agreesWithStrictMathWithinTwoUlps() {
        for (int total = 1; total <= 1500; total++) {
            for (int epoch = 0; epoch <= total; epoch++) {
                double u = (double) epoch / total;
                double expected = StrictMath.cos(StrictMath.PI * u);
                double actual = HalfTurns.cosPi(u);
                double allowed = 5e-16;
                assertTrue(Math.abs(actual - expected) <= allowed,
                        () -> "cos(pi * " + u + ") = " + actual + ", StrictMath " + expected);
            }
        }
    }

    @Test
    void exactAtTheQuarterTurns() {
        assertEquals(1.0, HalfTurns.cosPi(0));
        assertEquals(-1.0, HalfTurns.cosPi(1));
        assertEquals(Math.sqrt(0.5), HalfTurns.cosPi(0.25), Math.ulp(Math.sqrt(0.5)));
        assertEquals(0.0, HalfTurns.cosPi(0.5));
    }
}
