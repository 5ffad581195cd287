package dev.autonet.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A data set read from a file knows each row's line, through splits, standardizing and one-hot encoding, so
 * that a bad target found at fit time names the line to fix rather than a row of a shuffled split.
 */
class RowSourceTest {
    /** Rows start on lines 2, 3, 4 and 6: the third row's notes run over two lines. */
    private static final String CSV = "x,y,label,notes\n"
            + "0.5,1,0,\n"
            + "\"1.5\",2,1,\n"
            + "2.5,3,1,\"two\n"
            + "lines\"\n"
            + "3.5,4,2,\n";

    private static Dataset read() throws IOException {
        return CsvReader.numericLabel(List.of("x", "y"), "label").read(new StringReader(CSV), "labels.csv").data();
    }

    @Test
    void rowsNameTheLineTheyStartOn() throws IOException {
        Dataset data = read();
        assertEquals("row 0 (labels.csv line 2)", data.describeRow(0));
        assertEquals("row 2 (labels.csv line 4)", data.describeRow(2));
        assertEquals("row 3 (labels.csv line 6)", data.describeRow(3));
        assertThrows(IndexOutOfBoundsException.class, () -> data.describeRow(4));
    }

    @Test
    void dataMadeInMemoryNamesTheRowOnly() {
        assertEquals("row 1", Dataset.of(new double[][] {{0}, {1}}, new double[][] {{0}, {1}}).describeRow(1));
    }

    @Test
    void subsetsSplitsAndTransformsKeepEachRowsLine() throws IOException {
        Dataset data = read();
        Dataset reordered = data.subset(new int[] {3, 0, 3});
        assertEquals("row 0 (labels.csv line 6)", reordered.describeRow(0));
        assertEquals("row 1 (labels.csv line 2)", reordered.describeRow(1));
        assertEquals("row 2 (labels.csv line 6)", reordered.describeRow(2));

        Dataset standardized = Standardizer.fit(reordered).apply(reordered);
        assertEquals("row 1 (labels.csv line 2)", standardized.describeRow(1));
        Dataset oneHot = OneHot.encode(reordered, 3);
        assertEquals("row 2 (labels.csv line 6)", OneHot.decode(oneHot).describeRow(2));

        Split split = data.split(0.5, 0.25, 7);
        for (Dataset part : List.of(split.train(), split.validation(), split.test())) {
            for (int row = 0; row < part.rows(); row++) {
                int line = lineOf(part.describeRow(row));
                int original = List.of(2, 3, 4, 6).indexOf(line);
                assertEquals(data.feature(original, 0), part.feature(row, 0), part.describeRow(row));
            }
        }
    }

    @Test
    void aBadTargetOfADataSetNamesTheRoleRowAndLine() throws IOException {
        Dataset data = read().subset(new int[] {1, 3});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TargetChecks.checkBinary(data, "training data"));
        assertEquals("training data, row 1 (labels.csv line 6): BCE target 2 is outside [0, 1]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> TargetChecks.checkClassIndex(data, "validation data", 2));
        assertEquals("validation data, row 1 (labels.csv line 6): class index 2 is outside [0, 2)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TargetChecks.checkSigned(data, "test data"));
        assertEquals("test data, row 1 (labels.csv line 6): hinge target 2 must be -1 or +1", e.getMessage());
        Dataset twoColumns = Dataset.of(new double[][] {{0}, {0}}, new double[][] {{0.5, 0.5}, {0.5, 1.5}});
        e = assertThrows(IllegalArgumentException.class, () -> TargetChecks.checkOneHot(twoColumns, "training data"));
        assertEquals("training data, row 1, column 1: one-hot target 1.5 is outside [0, 1]", e.getMessage());
        // The array checks word it as before.
        e = assertThrows(IllegalArgumentException.class,
                () -> TargetChecks.checkBinary(new double[] {0, 2}, 2, 1));
        assertEquals("row 1: BCE target 2 is outside [0, 1]", e.getMessage());
    }

    private static int lineOf(String description) {
        return Integer.parseInt(description.substring(description.lastIndexOf(' ') + 1, description.length() - 1));
    }
}
