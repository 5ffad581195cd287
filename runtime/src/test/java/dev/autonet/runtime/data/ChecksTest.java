package dev.autonet.runtime.data;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link DataChecks} and {@link TargetChecks}: every message names the row, and the column when there are several. */
class ChecksTest {
    @Test
    void rowCountAndShape() {
        assertEquals(3, DataChecks.rowCount("inputs", 6, 2));
        Expect.illegalArgument("inputs has 7 values, which is not a whole number of rows of 2",
                () -> DataChecks.rowCount("inputs", 7, 2));
        assertDoesNotThrow(() -> DataChecks.checkShape("targets", 6, 3, 2));
        Expect.illegalArgument("targets has 5 values, expected 3 rows × 2 = 6",
                () -> DataChecks.checkShape("targets", 5, 3, 2));
        Expect.illegalArgument("targets: row count -1 is negative",
                () -> DataChecks.checkShape("targets", 0, -1, 2));
        Expect.illegalArgument("inputs: width 0 must be at least 1", () -> DataChecks.checkShape("inputs", 0, 0, 0));
    }

    @Test
    void finiteInputsByRowAndColumn() {
        float[] floats = {0, 1, 2, 3, 4, Float.POSITIVE_INFINITY, Float.NaN};
        double[] doubles = {0, 1, 2, Double.NaN};
        Expect.illegalArgument("row 1, input 2 is infinite (Infinity)",
                () -> DataChecks.checkFinite(floats, 2, 3, "input"));
        Expect.illegalArgument("row 1, input 1 is NaN", () -> DataChecks.checkFinite(doubles, 2, 2, "input"));
        assertDoesNotThrow(() -> DataChecks.checkFinite(floats, 1, 3, "input"));    // reads only rows × width
        assertDoesNotThrow(() -> DataChecks.checkFinite(doubles, 3, 1, "input"));
        Expect.illegalArgument("need 3 rows × 3 = 9 input values, but the array has 7",
                () -> DataChecks.checkFinite(floats, 3, 3, "input"));
    }

    @Test
    void binaryTargets() {
        assertDoesNotThrow(() -> TargetChecks.checkBinary(new double[] {0, 0.25, 1}, 3, 1));
        double[] targets = new double[13];
        targets[12] = 1.5;
        Expect.illegalArgument("row 12: BCE target 1.5 is outside [0, 1]",
                () -> TargetChecks.checkBinary(targets, 13, 1));
        Expect.illegalArgument("row 1, column 1: BCE target -0.5 is outside [0, 1]",
                () -> TargetChecks.checkBinary(new float[] {0, 1, 1, -0.5f}, 2, 2));
        // The float as written, not its double value 1.100000023841858.
        Expect.illegalArgument("row 0: BCE target 1.1 is outside [0, 1]",
                () -> TargetChecks.checkBinary(new float[] {1.1f}, 1, 1));
        Expect.illegalArgument("row 0: BCE target NaN is outside [0, 1]",
                () -> TargetChecks.checkBinary(new double[] {Double.NaN}, 1, 1));
        Expect.illegalArgument("row 0: BCE target 2 is outside [0, 1]",
                () -> TargetChecks.checkBinary(new double[] {2}, 1, 1));
    }

    @Test
    void classIndexTargets() {
        assertDoesNotThrow(() -> TargetChecks.checkClassIndex(new double[] {0, 2, 1}, 3, 3));
        assertDoesNotThrow(() -> TargetChecks.checkClassIndex(new float[] {0, 2, 1, 99}, 3, 3));
        Expect.illegalArgument("row 1: class index 2.5 is not a whole number",
                () -> TargetChecks.checkClassIndex(new double[] {0, 2.5}, 2, 3));
        Expect.illegalArgument("row 2: class index 3 is outside [0, 3)",
                () -> TargetChecks.checkClassIndex(new float[] {0, 1, 3}, 3, 3));
        Expect.illegalArgument("row 0: class index -1 is outside [0, 3)",
                () -> TargetChecks.checkClassIndex(new double[] {-1}, 1, 3));
        Expect.illegalArgument("row 0: class index NaN is not a whole number",
                () -> TargetChecks.checkClassIndex(new float[] {Float.NaN}, 1, 3));
        Expect.illegalArgument("row 0: class index Infinity is not a whole number",
                () -> TargetChecks.checkClassIndex(new double[] {Double.POSITIVE_INFINITY}, 1, 3));
        Expect.illegalArgument("classes 0 must be at least 1", () -> TargetChecks.checkClassIndex(new double[0], 0, 0));
    }

    @Test
    void oneHotTargets() {
        assertDoesNotThrow(() -> TargetChecks.checkOneHot(new double[] {0, 1, 0, 0.05, 0.9, 0.05}, 2, 3));
        assertDoesNotThrow(() -> TargetChecks.checkOneHot(new float[] {1 / 3f, 1 / 3f, 1 / 3f}, 1, 3));
        Expect.illegalArgument("row 1: one-hot targets sum to 0.5, expected 1 (within 1.0E-6)",
                () -> TargetChecks.checkOneHot(new double[] {1, 0, 0.5, 0}, 2, 2));
        Expect.illegalArgument("row 0: one-hot targets sum to 1.125, expected 1 (within 1.0E-6)",
                () -> TargetChecks.checkOneHot(new double[] {0.5, 0.625}, 1, 2));
        Expect.illegalArgument("row 0: one-hot targets sum to 1.0000038, expected 1 (within 1.0E-6)",
                () -> TargetChecks.checkOneHot(new float[] {0.5f, 0.5000038f}, 1, 2));
        Expect.illegalArgument("row 0, column 1: one-hot target 1.5 is outside [0, 1]",
                () -> TargetChecks.checkOneHot(new float[] {-0.5f + 1, 1.5f}, 1, 2));
        Expect.illegalArgument("need 2 rows × 3 = 6 target values, but the array has 5",
                () -> TargetChecks.checkOneHot(new double[5], 2, 3));
    }

    @Test
    void signedTargets() {
        assertDoesNotThrow(() -> TargetChecks.checkSigned(new double[] {-1, 1, 1}, 3, 1));
        Expect.illegalArgument("row 2: hinge target 0 must be -1 or +1",
                () -> TargetChecks.checkSigned(new float[] {1, -1, 0}, 3, 1));
        Expect.illegalArgument("row 0, column 1: hinge target 0.5 must be -1 or +1",
                () -> TargetChecks.checkSigned(new double[] {1, 0.5}, 1, 2));
    }
}
