package dev.autonet.samples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.autonet.runtime.MultiClassifier;
import dev.autonet.runtime.data.Dataset;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {
    /** Predicts class round(x), clamped to [0, 2]. */
    private static final MultiClassifier ROUNDING = new MultiClassifier() {
        @Override
        public int classes() {
            return 3;
        }

        @Override
        public int classify(float[] input) {
            return classify(new double[] {input[0]});
        }

        @Override
        public int classify(double[] input) {
            return (int) Math.max(0, Math.min(2, Math.round(input[0])));
        }
    };

    // Five rows: true classes 0, 0, 1, 2, 2; predicted 0, 1, 1, 2, 1.
    private static final Dataset DATA = Dataset.of(
            new double[][] {{0}, {0.9}, {1}, {2}, {1.2}}, new double[][] {{0}, {0}, {1}, {2}, {2}});

    @Test
    void rowsAreTrueClassesAndColumnsPredictedOnes() {
        ConfusionMatrix matrix = ConfusionMatrix.of(ROUNDING, DATA);

        int[][] expected = {{1, 1, 0}, {0, 1, 0}, {0, 1, 1}};
        for (int actual = 0; actual < 3; actual++) {
            for (int predicted = 0; predicted < 3; predicted++) {
                assertEquals(expected[actual][predicted], matrix.count(actual, predicted),
                        "cell (" + actual + ", " + predicted + ")");
            }
        }
        assertEquals(5, matrix.total());
        assertEquals(3.0 / 5, matrix.accuracy(), 1e-12);
    }

    @Test
    void printsOneLinePerTrueClassUnderAHeaderOfPredictedClasses() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConfusionMatrix.of(ROUNDING, DATA).print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertEquals(String.join(System.lineSeparator(),
                "true \\ predicted class 0 class 1 class 2",
                "class 0                1       1       0",
                "class 1                0       1       0",
                "class 2                0       1       1", ""), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void oneHotTargetsAreRejected() {
        Dataset oneHot = Dataset.of(new double[][] {{0}}, new double[][] {{1, 0, 0}});

        assertThrows(IllegalArgumentException.class, () -> ConfusionMatrix.of(ROUNDING, oneHot));
    }
}
