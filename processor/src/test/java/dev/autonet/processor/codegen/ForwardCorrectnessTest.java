package dev.autonet.processor.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.autonet.processor.codegen.Networks.Case;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated forward passes against {@link ReferenceNetwork}, for every network under good/: every
 * activation in hidden and output position, both precisions, unrolled, looped, split and mixed layers.
 * Parameters and inputs are random from fixed seeds; FLOAT models get the same values rounded to float,
 * and so does the reference.
 *
 * <p>Tolerance: |generated − reference| ≤ tol · max(1, |reference|) for every output (and every logit of a
 * classifier), with tol = 1e-12 for DOUBLE and 1e-5 for FLOAT. That is a relative error for outputs of
 * magnitude ≥ 1 and an absolute one below, where a relative measure would demand more than float's
 * rounding of the larger intermediate sums can give.
 */
class ForwardCorrectnessTest {
    static final double DOUBLE_TOLERANCE = 1e-12;
    static final double FLOAT_TOLERANCE = 1e-5;

    static List<Case> networks() {
        return Networks.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void matchesReferenceInterpreter(Case network) {
        Random random = new Random(0x5EED_0000L + network.name().hashCode());
        ReferenceNetwork reference = network.reference();
        double[] parameters = reference.randomParameters(random);
        GeneratedModel model = network.fromParameters().apply(parameters);
        if (model.isFloat()) {
            parameters = GeneratedModel.roundedToFloat(parameters);
        }
        double tolerance = model.isFloat() ? FLOAT_TOLERANCE : DOUBLE_TOLERANCE;
        int samples = Math.max(10, Math.min(200, 2_000_000 / reference.parameterCount()));
        for (int s = 0; s < samples; s++) {
            double[] input = new double[reference.inputs()];
            for (int i = 0; i < input.length; i++) {
                input[i] = 4 * random.nextDouble() - 2;
            }
            if (model.isFloat()) {
                input = GeneratedModel.roundedToFloat(input);
            }
            assertClose("predict", reference.predict(parameters, input), model.predict(input), tolerance, s);
            Optional<double[]> logits = model.logits(input);
            if (logits.isPresent()) {
                assertClose("logits", reference.logits(parameters, input), logits.get(), tolerance, s);
            }
        }
    }

    static void assertClose(String what, double[] expected, double[] actual, double tolerance, int sample) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int j = 0; j < expected.length; j++) {
            double error = Math.abs(actual[j] - expected[j]);
            if (!(error <= tolerance * Math.max(1, Math.abs(expected[j])))) {
                fail(String.format("%s[%d] of sample %d: generated %s, reference %s, error %.3g > %.1g · max(1, |ref|)",
                        what, j, sample, actual[j], expected[j], error, tolerance));
            }
        }
    }
}
