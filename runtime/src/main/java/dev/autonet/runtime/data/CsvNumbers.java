package dev.autonet.runtime.data;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one number grammar {@link CsvReader} accepts (and documents for users): a plain decimal number, as a
 * spreadsheet or NumPy writes it, and nothing that only Java would read.
 *
 * <pre>
 *   number   = [ "+" | "-" ] ( digits [ "." [ digits ] ] | "." digits ) [ ( "e" | "E" ) [ "+" | "-" ] digits ]
 *   digits   = one or more of 0-9
 * </pre>
 * So {@code 5}, {@code -0.25}, {@code .5}, {@code 5.}, {@code +1e-3} and {@code 6.02E23} are numbers, while
 * an empty field, surrounding whitespace, {@code NaN}, {@code Infinity}, hexadecimal ({@code 0x1p3}), Java's
 * suffixes ({@code 1d}, {@code 2f}), digit separators ({@code 1_000}) and a decimal comma are not. The value is
 * {@link Double#parseDouble}'s, the nearest double; one too large for a double is an error, one too small
 * rounds to zero as any decimal rounds to its nearest double.
 */
final class CsvNumbers {
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern NOT_FINITE = Pattern.compile("[+-]?(?:nan|inf|infinity)");

    private CsvNumbers() {}

    /**
     * The value of {@code field}, or a NumberFormatException whose message is the problem, ready to follow a
     * position, e.g. "'abc' is not a number".
     */
    static double parse(String field) {
        if (DECIMAL.matcher(field).matches()) {
            double value = Double.parseDouble(field);
            if (Double.isInfinite(value)) {
                throw new NumberFormatException(quote(field) + " is too large for a double");
            }
            return value;
        }
        throw new NumberFormatException(problem(field));
    }

    /** Why a field that is not in the grammar is rejected, as specifically as can be said. */
    private static String problem(String field) {
        if (field.isEmpty()) {
            return "the field is empty; a number is required";
        }
        String stripped = field.strip();
        if (stripped.isEmpty()) {
            return "the field is blank; a number is required";
        }
        if (DECIMAL.matcher(stripped).matches()) {
            return quote(field) + " has leading or trailing whitespace";
        }
        if (NOT_FINITE.matcher(stripped.toLowerCase(Locale.ROOT)).matches()) {
            return quote(field) + " is not a finite number";
        }
        return quote(field) + (javaReads(field) ? " is not a plain decimal number" : " is not a number");
    }

    /** Whether Java's own parser takes it (hex, a 'd' or 'f' suffix): worth telling a Java user apart. */
    private static boolean javaReads(String field) {
        try {
            Double.parseDouble(field);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String quote(String field) {
        return CsvFormatException.quote(field);
    }
}
