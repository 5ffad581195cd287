package dev.autonet.runtime.data;

import java.io.IOException;

/**
 * A CSV file that {@link CsvReader} cannot turn into a data set, with a message that names the file, the
 * 1-based line and column and the column's name where they apply, e.g.
 * "iris.csv line 17, column 3 (petal_length): 'abc' is not a number".
 *
 * <p>An IOException rather than an IllegalArgumentException: the mistake is in the input file, not in the
 * calling code, and a caller of {@link CsvReader#read} already handles IOException for a missing or unreadable
 * file, so one catch covers every reason the file could not be read.
 */
public final class CsvFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;

    private CsvFormatException(String source, int line, int column, String columnName, String problem) {
        super(message(source, line, column, columnName, problem));
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /** A problem with the file as a whole, e.g. "iris.csv: the file is empty; a header row is required". */
    static CsvFormatException inFile(String source, String problem) {
        return new CsvFormatException(source, 0, 0, null, problem);
    }

    /** A problem with a whole line, e.g. "iris.csv line 5: 4 fields, but the header has 5 columns". */
    static CsvFormatException onLine(String source, int line, String problem) {
        return new CsvFormatException(source, line, 0, null, problem);
    }

    /** A problem with one field; {@code columnName} may be null when the header is not known yet. */
    static CsvFormatException atField(String source, int line, int column, String columnName, String problem) {
        return new CsvFormatException(source, line, column, columnName, problem);
    }

    private static String message(String source, int line, int column, String columnName, String problem) {
        StringBuilder message = new StringBuilder(source);
        if (line > 0) {
            message.append(" line ").append(line);
        }
        if (column > 0) {
            message.append(", column ").append(column);
        }
        if (columnName != null && !columnName.isEmpty()) {
            message.append(" (").append(columnName).append(')');
        }
        return message.append(": ").append(problem).toString();
    }

    /**
     * A field's text for a message: in single quotes, cut short if long so that one field cannot flood a log,
     * and with line breaks and other control characters escaped ({@code \n}, {@code \r}, {@code \t},
     * {@code \}{@code u0000}) so that the message stays on one line and shows what is really there.
     */
    static String quote(String text) {
        String shown = text.length() <= 40 ? text : text.substring(0, 37) + "...";
        StringBuilder quoted = new StringBuilder("'");
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            switch (c) {
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(Character.isISOControl(c) ? String.format("\\u%04X", (int) c) : c);
            }
        }
        return quoted.append('\'').toString();
    }

    /** The file's name as given to the reader (a path, or the display name of a Reader). */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem, or 0 if it concerns the whole file. */
    public int line() {
        return line;
    }

    /** The 1-based column (field number) of the problem, or 0 if it concerns a whole line or the file. */
    public int column() {
        return column;
    }
}
