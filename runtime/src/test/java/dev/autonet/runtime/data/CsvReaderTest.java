package dev.autonet.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files {@link CsvReader} must read, and exactly what it reads from them. */
class CsvReaderTest {
    @TempDir
    Path directory;

    @Test
    void readsQuotedFieldsCrlfAndStringLabelsExactly() throws IOException {
        String csv = "\"sepal length\",sepal_width,species,notes\r\n"
                + "5.1,3.5,setosa,\"plain, with a comma\"\r\n"
                + "7.0,3.2,versicolor,\"she said \"\"hi\"\"\"\r\n"
                + "6.3,\"3.3\",virginica,\"two\r\nlines\"\r\n"
                + "4.9,3.0,setosa,\r\n";
        CsvData read = read(CsvReader.stringLabel(List.of("sepal length", "sepal_width"), "species"), csv);
        assertEquals(Dataset.of(
                new double[][] {{5.1, 3.5}, {7.0, 3.2}, {6.3, 3.3}, {4.9, 3.0}},
                new double[][] {{0}, {1}, {2}, {0}}), read.data());
        assertEquals(Optional.of(LabelEncoder.of("setosa", "versicolor", "virginica")), read.labels());
    }

    @Test
    void featuresComeInTheOrderAskedForAndNumericLabelsAsWritten() throws IOException {
        String csv = "a,b,y\n1,2,0.5\n3,4,-7\n";
        CsvData read = read(CsvReader.numericLabel(List.of("b", "a"), "y"), csv);
        assertEquals(Dataset.of(new double[][] {{2, 1}, {4, 3}}, new double[][] {{0.5}, {-7}}), read.data());
        assertEquals(Optional.empty(), read.labels());
    }

    @Test
    void acceptsEveryFormOfThePlainDecimalGrammar() throws IOException {
        List<String> numbers = List.of("5", "-0.25", ".5", "5.", "+1e-3", "6.02E23", "-0", "007", "1e-400", "1E+2");
        StringBuilder csv = new StringBuilder("x,y\n");
        numbers.forEach(number -> csv.append(number).append(",0\n"));
        Dataset data = read(CsvReader.numericLabel(List.of("x"), "y"), csv.toString()).data();
        for (int row = 0; row < numbers.size(); row++) {
            assertEquals(Double.parseDouble(numbers.get(row)), data.feature(row, 0), numbers.get(row));   // bit for bit
        }
    }

    @Test
    void endsOfFileAndLineThatAreAllowed() throws IOException {
        CsvReader reader = CsvReader.numericLabel(List.of("x"), "y");
        Dataset one = Dataset.of(new double[][] {{1}}, new double[][] {{2}});
        assertEquals(one, read(reader, "x,y\n1,2").data());           // no final line break
        assertEquals(one, read(reader, "x,y\n1,2\n\n\n").data());     // blank lines at the very end
        assertEquals(one, read(reader, "x,y\r\n1,2\r\n\r\n").data());
        assertEquals(one, read(reader, "\uFEFFx,y\n1,2\n").data());   // a UTF-8 byte-order mark, as Excel writes
    }

    @Test
    void unnamedAndUnchosenColumnsAreLeftAlone() throws IOException {
        // pandas' to_csv writes its index as a first column with an empty name.
        String csv = ",x,comment,y\n0,1,anything at all,2\n1,3,,4\n";
        Dataset data = read(CsvReader.numericLabel(List.of("x"), "y"), csv).data();
        assertEquals(Dataset.of(new double[][] {{1}, {3}}, new double[][] {{2}, {4}}), data);
    }

    @Test
    void aGivenEncoderFixesTheClassNumbers() throws IOException {
        LabelEncoder training = LabelEncoder.of("virginica", "setosa", "versicolor");
        CsvReader reader = CsvReader.stringLabel(List.of("x"), "species", training);
        CsvData read = read(reader, "x,species\n1,setosa\n2,setosa\n");
        assertEquals(Dataset.of(new double[][] {{1}, {2}}, new double[][] {{1}, {1}}), read.data());
        assertEquals(Optional.of(training), read.labels());   // all three classes, though the file uses one
    }

    @Test
    void readsFilesAsUtf8AndTheFacadeReadsNumericLabels() throws IOException {
        Path file = directory.resolve("pétales.csv");
        Files.writeString(file, "longueur_é,classe\n1.5,0\n2.5,1\n", StandardCharsets.UTF_8);
        Dataset expected = Dataset.of(new double[][] {{1.5}, {2.5}}, new double[][] {{0}, {1}});
        assertEquals(expected, Datasets.readCsv(file, List.of("longueur_é"), "classe"));
        assertEquals(expected, CsvReader.numericLabel(List.of("longueur_é"), "classe").read(file).data());
    }

    @Test
    void bytesThatAreNotUtf8FailInsteadOfBecomingReplacementCharacters() throws IOException {
        Path file = directory.resolve("latin1.csv");
        Files.write(file, new byte[] {'x', ',', 'y', '\n', (byte) 0xE9, ',', '1', '\n'});
        assertThrows(MalformedInputException.class, () -> Datasets.readCsv(file, List.of("x"), "y"));
    }

    private static CsvData read(CsvReader reader, String csv) throws IOException {
        return reader.read(new StringReader(csv), "test.csv");
    }
}
