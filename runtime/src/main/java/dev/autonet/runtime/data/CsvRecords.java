package dev.autonet.runtime.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records by RFC 4180: fields separated by commas; a field may be enclosed in double
 * quotes, and must be if it holds a comma, quote or line break, with a quote inside written twice ({@code ""});
 * records end in LF or CRLF, and the last one may end at the end of the text instead.
 *
 * <p>Strict where RFC 4180 is: a quote inside an unquoted field, anything but a comma or line end after a
 * closing quote, a quoted field still open at the end of the text, and a carriage return not followed by a
 * line feed (outside quotes) are errors naming the line and column. Lines count from 1 at each LF, so a
 * field that spans lines is reported at the line where it starts.
 */
final class CsvRecords {
    /** One record: its fields and the line on which each starts; {@code blank} if the line was empty. */
    record Record(String[] fields, int[] lines, boolean blank) {
        int line() {
            return lines[0];
        }
    }

    private final String text;
    private final String source;
    private String[] columnNames = new String[0];
    private int position;
    private int line = 1;

    /** A parser over {@code text}; {@code source} names it in errors. */
    CsvRecords(String text, String source) {
        this.text = text;
        this.source = source;
    }

    /** The next record (an empty line is a blank record), or null at the end of the text. */
    Record next() throws CsvFormatException {
        return position < text.length() ? record() : null;
    }

    /** Names columns in later errors, once the header is known. */
    void nameColumns(String[] header) {
        columnNames = header.clone();
    }

    private Record record() throws CsvFormatException {
        List<String> fields = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        boolean quotedAny = false;
        while (true) {
            int column = fields.size() + 1;
            boolean quoted = position < text.length() && text.charAt(position) == '"';
            lines.add(line);
            fields.add(quoted ? quotedField(column) : plainField(column));
            quotedAny |= quoted;
            if (position == text.length()) {
                break;
            }
            if (text.charAt(position) == ',') {
                position++;
                continue;
            }
            endOfLine(column);
            break;
        }
        boolean blank = fields.size() == 1 && fields.get(0).isEmpty() && !quotedAny;
        return new Record(fields.toArray(String[]::new), lines.stream().mapToInt(Integer::intValue).toArray(), blank);
    }

    /** Reads up to the next comma, line end or end of text. */
    private String plainField(int column) throws CsvFormatException {
        int start = position;
        for (; position < text.length(); position++) {
            char c = text.charAt(position);
            if (c == ',' || c == '\n' || c == '\r') {
                break;
            }
            if (c == '"') {
                throw error(line, column, "a double quote inside an unquoted field; enclose the whole field in "
                        + "double quotes and write the quote twice");
            }
        }
        return text.substring(start, position);
    }

    /** Reads from an opening quote past its closing quote, turning each {@code ""} into one quote. */
    private String quotedField(int column) throws CsvFormatException {
        int startLine = line;
        StringBuilder field = new StringBuilder();
        position++;
        while (true) {
            if (position == text.length()) {
                throw error(startLine, column, "the quoted field is not closed before the end of the file");
            }
            char c = text.charAt(position++);
            if (c == '"') {
                if (position < text.length() && text.charAt(position) == '"') {
                    position++;
                } else {
                    break;
                }
            } else if (c == '\n') {
                line++;
            }
            field.append(c);
        }
        if (position < text.length() && ",\r\n".indexOf(text.charAt(position)) < 0) {
            throw error(line, column, "unexpected " + describe(text.charAt(position))
                    + " after the closing quote; a quoted field must be followed by a comma or the end of the line");
        }
        return field.toString();
    }

    /** Consumes the LF or CRLF at {@code position}. */
    private void endOfLine(int column) throws CsvFormatException {
        if (text.charAt(position) == '\r') {
            if (position + 1 == text.length() || text.charAt(position + 1) != '\n') {
                throw error(line, column, "a carriage return not followed by a line feed; lines must end in LF "
                        + "or CRLF");
            }
            position++;
        }
        position++;
        line++;
    }

    private static String describe(char c) {
        return Character.isISOControl(c) || Character.isWhitespace(c)
                ? String.format("character U+%04X", (int) c)
                : "character '" + c + "'";
    }

    private CsvFormatException error(int line, int column, String problem) {
        String name = column <= columnNames.length ? columnNames[column - 1] : null;
        return CsvFormatException.atField(source, line, column, name, problem);
    }
}
