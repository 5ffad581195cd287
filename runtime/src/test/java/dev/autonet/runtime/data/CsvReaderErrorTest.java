package dev.autonet.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a CSV file can be wrong, each asserted by its full message: file, line, column, name, problem. */
class CsvReaderErrorTest {
    private static final CsvReader IRIS = CsvReader.stringLabel(List.of("sepal_length", "petal_length"), "species");
    private static final String HEADER = "id,sepal_length,petal_length,species\n";
    private static final CsvReader XY = CsvReader.numericLabel(List.of("x"), "y");

    @TempDir
    Path directory;

    @Test
    void aBadNumberIsNamedByFileLineColumnAndName() {
        assertError("iris.csv line 3, column 3 (petal_length): 'abc' is not a number",
                IRIS, HEADER + "1,5.1,1.4,setosa\n2,4.9,abc,setosa\n");
        assertError("iris.csv line 2, column 2 (y): 'two' is not a number", XY, "x,y\n1,two\n");
    }

    @Test
    void numbersOutsideThePlainDecimalGrammar() {
        assertError("iris.csv line 2, column 1 (x): the field is empty; a number is required", XY, "x,y\n,1\n");
        assertError("iris.csv line 2, column 1 (x): the field is blank; a number is required", XY, "x,y\n  ,1\n");
        assertError("iris.csv line 2, column 1 (x): ' 5.1' has leading or trailing whitespace", XY, "x,y\n 5.1,1\n");
        assertError("iris.csv line 2, column 2 (y): '1 ' has leading or trailing whitespace", XY, "x,y\n0,1 \n");
        assertError("iris.csv line 2, column 1 (x): 'NaN' is not a finite number", XY, "x,y\nNaN,1\n");
        assertError("iris.csv line 2, column 1 (x): '-Infinity' is not a finite number", XY, "x,y\n-Infinity,1\n");
        assertError("iris.csv line 2, column 1 (x): 'inf' is not a finite number", XY, "x,y\ninf,1\n");
        assertError("iris.csv line 2, column 1 (x): '0x1p3' is not a plain decimal number", XY, "x,y\n0x1p3,1\n");
        assertError("iris.csv line 2, column 1 (x): '1.5f' is not a plain decimal number", XY, "x,y\n1.5f,1\n");
        assertError("iris.csv line 2, column 1 (x): '2d' is not a plain decimal number", XY, "x,y\n2d,1\n");
        assertError("iris.csv line 2, column 1 (x): '1,5' is not a number", XY, "x,y\n\"1,5\",1\n");
        assertError("iris.csv line 2, column 1 (x): '1_000' is not a number", XY, "x,y\n1_000,1\n");
        assertError("iris.csv line 2, column 1 (x): '1e' is not a number", XY, "x,y\n1e,1\n");
        assertError("iris.csv line 2, column 1 (x): '1e999' is too large for a double", XY, "x,y\n1e999,1\n");
        String longField = "a".repeat(50);
        assertError("iris.csv line 2, column 1 (x): '" + "a".repeat(37) + "...' is not a number",
                XY, "x,y\n" + longField + ",1\n");
    }

    @Test
    void badStringLabels() {
        assertError("iris.csv line 2, column 4 (species): the label is empty", IRIS, HEADER + "1,5.1,1.4,\n");
        assertError("iris.csv line 2, column 4 (species): 'setosa ' has leading or trailing whitespace",
                IRIS, HEADER + "1,5.1,1.4,setosa \n");
        CsvReader fixed =
                CsvReader.stringLabel(List.of("petal_length"), "species", LabelEncoder.of("setosa", "versicolor"));
        assertError("iris.csv line 3, column 4 (species): unknown label 'virginica'; the classes are setosa, "
                + "versicolor",
                fixed, HEADER + "1,5.1,1.4,setosa\n2,6.3,6.0,virginica\n");
    }

    @Test
    void rowsOfTheWrongLength() {
        assertError("iris.csv line 3: 3 fields, but the header has 4 columns",
                IRIS, HEADER + "1,5.1,1.4,setosa\n2,4.9,setosa\n");
        assertError("iris.csv line 2: 5 fields, but the header has 4 columns", IRIS, HEADER + "1,5.1,1.4,setosa,\n");
        assertError("iris.csv line 2: 1 field, but the header has 2 columns", XY, "x,y\n1\n");
    }

    @Test
    void headerProblems() {
        assertError("iris.csv line 1: no column named 'petal_length'; the header has 'id', 'sepal_length', "
                + "'petal_len', 'species'",
                IRIS, "id,sepal_length,petal_len,species\n1,5.1,1.4,setosa\n");
        assertError("iris.csv line 1: no column named 'y'; the header has 'x', 'Y'", XY, "x,Y\n1,2\n");   // case counts
        assertError("iris.csv line 1: no column named 'x'; the header has ' x', 'y'", XY, " x,y\n1,2\n");  // spaces
        assertError("iris.csv line 1, column 3 (x): duplicate column name; column 1 has the same name",
                XY, "x,y,x\n1,2,3\n");
        assertError("iris.csv line 1, column 4 (z): duplicate column name; column 2 has the same name",
                XY, "x,z,y,z\n1,2,3,4\n");   // even among columns not chosen
    }

    @Test
    void emptyFilesAndEmptyLines() {
        assertError("iris.csv: the file is empty; a header row is required", XY, "");
        assertError("iris.csv: the file is empty; a header row is required", XY, "\n\r\n\n");
        assertError("iris.csv: no data rows after the header", XY, "x,y\n");
        assertError("iris.csv: no data rows after the header", XY, "x,y\n\n\n");
        assertError("iris.csv line 3: the line is empty; empty lines are allowed only at the end of the file",
                XY, "x,y\n1,2\n\n\n3,4\n");
        assertError("iris.csv line 1: the line is empty; the first line must be the header row", XY, "\nx,y\n1,2\n");
    }

    @Test
    void quotingAndLineEndErrors() {
        assertError("iris.csv line 2, column 2 (y): the quoted field is not closed before the end of the file",
                XY, "x,y\n1,\"2\n3,4\n");
        assertError("iris.csv line 2, column 2 (y): a double quote inside an unquoted field; enclose the whole "
                + "field in double quotes and write the quote twice", XY, "x,y\n1,2\"3\n");
        assertError("iris.csv line 2, column 1 (x): unexpected character '2' after the closing quote; a quoted "
                + "field must be followed by a comma or the end of the line", XY, "x,y\n\"1\"2,3\n");
        assertError("iris.csv line 2, column 1 (x): unexpected character U+0020 after the closing quote; a quoted "
                + "field must be followed by a comma or the end of the line", XY, "x,y\n\"1\" ,3\n");
        // In the header, before any column has a name.
        assertError("iris.csv line 1, column 2: a carriage return not followed by a line feed; lines must end in LF "
                + "or CRLF", XY, "x,y\r1,2\r\n");
    }

    @Test
    void linesCountPhysicalLinesThroughQuotedLineBreaks() {
        CsvReader reader = CsvReader.numericLabel(List.of("x"), "y");
        // Row 1 spans lines 2-3; row 2 starts on line 4, as does its label, which runs on to line 5.
        String csv = "notes,x,y\n\"one\ntwo\",1,2\n\"three\",3,\"4\n5\"\n";
        assertError("iris.csv line 4, column 3 (y): '4\\n5' is not a number", reader, csv);
        assertError("iris.csv line 4, column 3 (y): '\\t4\\r\\n' has leading or trailing whitespace",
                reader, "notes,x,y\n\"one\ntwo\",1,2\n\"three\",3,\"\t4\r\n\"\n");
        assertError("iris.csv line 2, column 1 (x): 'a\\u0000b' is not a number", reader, "x,y\na\u0000b,1\n");
        String spanning = "x,notes,y\n1,\"a\r\nb\",q\n";
        assertError("iris.csv line 3, column 3 (y): 'q' is not a number", reader, spanning);
    }

    @Test
    void theFirstProblemIsReportedEvenInTheLastRow() {
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int row = 0; row < 999; row++) {
            csv.append(row).append(",1\n");
        }
        csv.append("oops,1\n");
        assertError("iris.csv line 1001, column 1 (x): 'oops' is not a number", XY, csv.toString());
    }

    @Test
    void aFileIsNamedByItsPathAndTheExceptionCarriesThePosition() throws Exception {
        Path file = directory.resolve("iris.csv");
        Files.writeString(file, HEADER + "1,5.1,1.4,setosa\n2,4.9,abc,setosa\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> IRIS.read(file));
        assertEquals(file + " line 3, column 3 (petal_length): 'abc' is not a number", e.getMessage());
        assertEquals(file.toString(), e.source());
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        CsvFormatException wholeFile = assertThrows(CsvFormatException.class,
                () -> XY.read(new StringReader(""), "empty.csv"));
        assertEquals(0, wholeFile.line());
        assertEquals(0, wholeFile.column());
    }

    @Test
    void columnListsNoFileCouldSatisfyAreRejectedUpFront() {
        Expect.illegalArgument("featureColumns is empty: need at least one feature column",
                () -> CsvReader.numericLabel(List.of(), "y"));
        Expect.illegalArgument("featureColumns lists 'x' twice", () -> CsvReader.numericLabel(List.of("x", "x"), "y"));
        Expect.illegalArgument("featureColumns [x, ] has an empty name",
                () -> CsvReader.numericLabel(List.of("x", ""), "y"));
        Expect.illegalArgument("labelColumn is empty", () -> CsvReader.stringLabel(List.of("x"), ""));
        Expect.illegalArgument("'x' is both a feature column and the label column",
                () -> CsvReader.numericLabel(List.of("x"), "x"));
    }

    private static void assertError(String message, CsvReader reader, String csv) {
        CsvFormatException e =
                assertThrows(CsvFormatException.class, () -> reader.read(new StringReader(csv), "iris.csv"));
        assertEquals(message, e.getMessage());
    }
}
