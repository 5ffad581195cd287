package dev.autonet.runtime.data;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a {@link Dataset} from a CSV file with a header row, taking the feature columns and the label column
 * by name, strictly: every problem is a {@link CsvFormatException} naming the file, line and column, and no
 * row or value is skipped or guessed at. Immutable; one reader may read many files.
 *
 * <p>The format is RFC 4180: comma-separated, double quotes around a field that holds a comma, quote or line
 * break, {@code ""} for a quote inside one, lines ending in LF or CRLF (a lone CR is an error), text in UTF-8
 * (a leading byte-order mark is dropped). Lines are physical lines counted from 1, so a row whose quoted field
 * spans lines reports each field at the line where it starts. The first line is the header. Rules on top:
 * <ul>
 *   <li>Every row has as many fields as the header. Empty lines are allowed only at the end of the file; a file
 *       with no header or no data rows is an error.
 *   <li>Column names are matched exactly (no trimming, case-sensitive). A name may not appear twice in the
 *       header; an empty name is allowed (pandas writes one for its index column) but cannot be chosen.
 *   <li>Feature values, and numeric labels, must be plain decimal numbers, as a spreadsheet or NumPy writes
 *       them: {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?}, e.g. {@code 5}, {@code -0.25},
 *       {@code .5}, {@code 5.}, {@code 6.02E23}. Anything else is an error, including an empty field,
 *       surrounding whitespace (rejected, not trimmed), {@code NaN}, {@code Infinity}, hex, Java's {@code 1.5f}
 *       and {@code 2d}, {@code 1_000}, a decimal comma, and a value too large for a double. The value is the
 *       nearest double, as {@link Double#parseDouble} gives.
 *   <li>A string label must be non-empty, without leading or trailing whitespace (which would otherwise make
 *       {@code "setosa "} a class of its own). Labels are encoded by a {@link LabelEncoder}, fitted on the file
 *       (sorted) or given.
 *   <li>Columns that are neither features nor the label are not parsed; only their count is checked.
 * </ul>
 */
public final class CsvReader {
    private final List<String> featureColumns;
    private final String labelColumn;
    private final boolean stringLabels;
    private final LabelEncoder encoder;

    private CsvReader(List<String> featureColumns, String labelColumn, boolean stringLabels, LabelEncoder encoder) {
        this.featureColumns = List.copyOf(featureColumns);
        this.labelColumn = labelColumn;
        this.stringLabels = stringLabels;
        this.encoder = encoder;
        checkColumns();
    }

    /** A reader whose label column holds numbers: a regression target, a 0/1 label or a class index. */
    public static CsvReader numericLabel(List<String> featureColumns, String labelColumn) {
        return new CsvReader(featureColumns, labelColumn, false, null);
    }

    /**
     * A reader whose label column holds class names, encoded as class indices by a {@link LabelEncoder} fitted
     * on the file's labels (sorted order), returned in {@link CsvData#labels()}.
     */
    public static CsvReader stringLabel(List<String> featureColumns, String labelColumn) {
        return new CsvReader(featureColumns, labelColumn, true, null);
    }

    /**
     * A reader whose class names are encoded by {@code encoder}, e.g. a test file with a training file's
     * classes; a label the encoder does not know is an error.
     */
    public static CsvReader stringLabel(List<String> featureColumns, String labelColumn, LabelEncoder encoder) {
        return new CsvReader(featureColumns, labelColumn, true, Objects.requireNonNull(encoder, "encoder"));
    }

    /** Throws IllegalArgumentException for a column list that no file could satisfy. */
    private void checkColumns() {
        if (featureColumns.isEmpty()) {
            throw new IllegalArgumentException("featureColumns is empty: need at least one feature column");
        }
        if (labelColumn.isEmpty()) {
            throw new IllegalArgumentException("labelColumn is empty");
        }
        var seen = new HashSet<String>();
        for (String name : featureColumns) {
            if (name.isEmpty()) {
                throw new IllegalArgumentException("featureColumns " + featureColumns + " has an empty name");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("featureColumns lists '" + name + "' twice");
            }
        }
        if (seen.contains(labelColumn)) {
            throw new IllegalArgumentException("'" + labelColumn + "' is both a feature column and the label column");
        }
    }

    /**
     * Reads {@code file} as UTF-8; errors name it as given ({@code file.toString()}). A byte sequence that is
     * not UTF-8 fails with the JDK's {@link java.nio.charset.MalformedInputException}.
     */
    public CsvData read(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    /** Reads all of {@code reader}, without closing it; errors name it {@code sourceName}. */
    public CsvData read(Reader reader, String sourceName) throws IOException {
        StringWriter text = new StringWriter();
        reader.transferTo(text);
        return parse(text.toString(), sourceName);
    }

    private CsvData parse(String text, String source) throws CsvFormatException {
        CsvRecords records = new CsvRecords(text.startsWith("\uFEFF") ? text.substring(1) : text, source);
        CsvRecords.Record headerRecord = header(records, source);
        String[] header = headerRecord.fields();
        Map<String, Integer> columns = columnIndices(headerRecord, source);
        int[] featureIndices = featureColumns.stream().mapToInt(columns::get).toArray();
        int labelIndex = columns.get(labelColumn);
        records.nameColumns(header);

        List<double[]> rows = new ArrayList<>();   // each row's features, then its label if numeric
        List<String> names = new ArrayList<>();    // each row's label if a string
        List<Integer> lines = new ArrayList<>();   // the line each row starts on
        int firstBlankLine = 0;
        for (CsvRecords.Record record; (record = records.next()) != null; ) {
            if (record.blank()) {
                firstBlankLine = firstBlankLine == 0 ? record.line() : firstBlankLine;
                continue;
            }
            if (firstBlankLine != 0) {
                throw CsvFormatException.onLine(source, firstBlankLine,
                        "the line is empty; empty lines are allowed only at the end of the file");
            }
            if (record.fields().length != header.length) {
                throw CsvFormatException.onLine(source, record.line(), count(record.fields().length, "field")
                        + ", but the header has " + count(header.length, "column"));
            }
            double[] row = new double[featureIndices.length + 1];
            for (int f = 0; f < featureIndices.length; f++) {
                row[f] = number(record, featureIndices[f], header, source);
            }
            if (stringLabels) {
                names.add(label(record, labelIndex, header, source));
            } else {
                row[featureIndices.length] = number(record, labelIndex, header, source);
            }
            rows.add(row);
            lines.add(record.line());
        }
        if (rows.isEmpty()) {
            throw CsvFormatException.inFile(source, "no data rows after the header");
        }
        int[] rowLines = lines.stream().mapToInt(Integer::intValue).toArray();
        return dataset(rows, names, new Dataset.RowSource(source, rowLines));
    }

    /** The header row, after making sure the file has one. */
    private static CsvRecords.Record header(CsvRecords records, String source) throws CsvFormatException {
        CsvRecords.Record header = records.next();
        if (header == null || header.blank() && onlyBlankLinesFollow(records)) {
            throw CsvFormatException.inFile(source, "the file is empty; a header row is required");
        }
        if (header.blank()) {
            throw CsvFormatException.onLine(source, 1, "the line is empty; the first line must be the header row");
        }
        return header;
    }

    private static boolean onlyBlankLinesFollow(CsvRecords records) throws CsvFormatException {
        for (CsvRecords.Record record; (record = records.next()) != null; ) {
            if (!record.blank()) {
                return false;
            }
        }
        return true;
    }

    /** Each non-empty header name's index, after checking that none repeats and every chosen one is there. */
    private Map<String, Integer> columnIndices(CsvRecords.Record headerRecord, String source)
            throws CsvFormatException {
        String[] header = headerRecord.fields();
        Map<String, Integer> columns = new HashMap<>();
        for (int column = 0; column < header.length; column++) {
            String name = header[column];
            Integer first = name.isEmpty() ? null : columns.putIfAbsent(name, column);
            if (first != null) {
                throw CsvFormatException.atField(source, headerRecord.lines()[column], column + 1, name,
                        "duplicate column name; column " + (first + 1) + " has the same name");
            }
        }
        List<String> chosen = new ArrayList<>(featureColumns);
        chosen.add(labelColumn);
        for (String name : chosen) {
            if (!columns.containsKey(name)) {
                throw CsvFormatException.onLine(source, 1, "no column named " + CsvFormatException.quote(name)
                        + "; the header has " + quoteAll(header));
            }
        }
        return columns;
    }

    private static double number(CsvRecords.Record record, int column, String[] header, String source)
            throws CsvFormatException {
        try {
            return CsvNumbers.parse(record.fields()[column]);
        } catch (NumberFormatException e) {
            throw fieldError(record, column, header, source, e.getMessage());
        }
    }

    private String label(CsvRecords.Record record, int column, String[] header, String source)
            throws CsvFormatException {
        String label = record.fields()[column];
        String problem = labelProblem(label);
        if (problem != null) {
            throw fieldError(record, column, header, source, problem);
        }
        return label;
    }

    /** Why {@code label} cannot be a class name, or null if it can. */
    private String labelProblem(String label) {
        if (label.isEmpty()) {
            return "the label is empty";
        }
        if (!label.strip().equals(label)) {
            return CsvFormatException.quote(label) + " has leading or trailing whitespace";
        }
        if (encoder != null && !encoder.contains(label)) {
            return "unknown label " + CsvFormatException.quote(label) + "; the classes are " + encoder.classList();
        }
        return null;
    }

    private static CsvFormatException fieldError(
            CsvRecords.Record record, int column, String[] header, String source, String problem) {
        return CsvFormatException.atField(source, record.lines()[column], column + 1, header[column], problem);
    }

    private static String quoteAll(String[] names) {
        StringBuilder all = new StringBuilder();
        for (String name : names) {
            all.append(all.length() == 0 ? "" : ", ").append(CsvFormatException.quote(name));
        }
        return all.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Flattens the rows; string labels become class indices once every label is known. */
    private CsvData dataset(List<double[]> rows, List<String> names, Dataset.RowSource source) {
        int featureCount = featureColumns.size();
        LabelEncoder labels = !stringLabels ? null : encoder != null ? encoder : LabelEncoder.fit(names);
        double[] features = new double[Math.multiplyExact(rows.size(), featureCount)];
        double[] targets = new double[rows.size()];
        for (int row = 0; row < rows.size(); row++) {
            System.arraycopy(rows.get(row), 0, features, row * featureCount, featureCount);
            targets[row] = labels == null ? rows.get(row)[featureCount] : labels.encode(names.get(row));
        }
        // Every value passed CsvNumbers, so it is finite: the Dataset invariant holds without a second check.
        return new CsvData(new Dataset(featureCount, features, 1, targets, source), Optional.ofNullable(labels));
    }
}
