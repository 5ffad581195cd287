package dev.autonet.runtime.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The strict subset of JSON (RFC 8259) that a safetensors header needs, read and written without a
 * dependency. Objects become {@link LinkedHashMap}s in file order, arrays {@link List}s, strings
 * {@link String}s, integers {@link Long}s, other numbers {@link Double}s, {@code true}/{@code false}
 * {@link Boolean}s and {@code null} null.
 *
 * <p>Strict where lenient parsers guess: a duplicate key, a number outside long's range, an unpaired
 * surrogate escape, a control character in a string, nesting deeper than {@value #MAX_DEPTH}, or anything
 * but whitespace after the value is an error. Errors are {@link SyntaxException}s with the character
 * position, which the caller turns into a message that names the file.
 */
final class Json {
    static final int MAX_DEPTH = 64;

    private final String text;
    private int position;
    private int depth;

    private Json(String text) {
        this.text = text;
    }

    /** A JSON text that breaks the grammar or one of the rules above. */
    static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxException(String message, int position) {
            super(message + " at character " + position);
        }
    }

    /** The value {@code text} holds; surrounding whitespace is allowed, anything else after it is not. */
    static Object parse(String text) throws SyntaxException {
        Json json = new Json(text);
        json.skipWhitespace();
        Object value = json.value();
        json.skipWhitespace();
        if (json.position != text.length()) {
            throw json.error("unexpected '" + text.charAt(json.position) + "' after the end of the JSON value");
        }
        return value;
    }

    /** {@code value} as a JSON string literal, quotes included; non-ASCII characters are kept as they are. */
    static String quote(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private Object value() throws SyntaxException {
        if (position >= text.length()) {
            throw error("unexpected end of the JSON text");
        }
        char c = text.charAt(position);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("unexpected '" + c + "'");
            }
        };
    }

    private Map<String, Object> object() throws SyntaxException {
        enter();
        Map<String, Object> members = new LinkedHashMap<>();
        position++; // {
        skipWhitespace();
        if (peek() == '}') {
            position++;
            depth--;
            return members;
        }
        while (true) {
            if (peek() != '"') {
                throw error("expected a string key");
            }
            int keyPosition = position;
            String key = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            if (members.containsKey(key)) {
                throw new SyntaxException("duplicate key " + quote(key), keyPosition);
            }
            members.put(key, value());
            skipWhitespace();
            if (peek() == ',') {
                position++;
                skipWhitespace();
            } else {
                expect('}');
                depth--;
                return members;
            }
        }
    }

    private List<Object> array() throws SyntaxException {
        enter();
        List<Object> elements = new ArrayList<>();
        position++; // [
        skipWhitespace();
        if (peek() == ']') {
            position++;
            depth--;
            return elements;
        }
        while (true) {
            elements.add(value());
            skipWhitespace();
            if (peek() == ',') {
                position++;
                skipWhitespace();
            } else {
                expect(']');
                depth--;
                return elements;
            }
        }
    }

    private String string() throws SyntaxException {
        position++; // opening quote
        StringBuilder value = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(position++);
            if (c == '"') {
                return value.toString();
            }
            if (c < 0x20) {
                throw new SyntaxException("unescaped control character in a string", position - 1);
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char escape = position < text.length() ? text.charAt(position++) : '\0';
            switch (escape) {
                case '"', '\\', '/' -> value.append(escape);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> value.append(unicodeEscape());
                default -> throw new SyntaxException("invalid escape in a string", position - 2);
            }
        }
    }

    /** After "\\u": four hex digits, and for a high surrogate the "\\uXXXX" of its low surrogate. */
    private char[] unicodeEscape() throws SyntaxException {
        char first = hex4();
        if (Character.isLowSurrogate(first)) {
            throw new SyntaxException("unpaired surrogate escape", position - 6);
        }
        if (!Character.isHighSurrogate(first)) {
            return new char[] {first};
        }
        if (!text.startsWith("\\u", position)) {
            throw new SyntaxException("unpaired surrogate escape", position - 6);
        }
        position += 2;
        char second = hex4();
        if (!Character.isLowSurrogate(second)) {
            throw new SyntaxException("unpaired surrogate escape", position - 12);
        }
        return new char[] {first, second};
    }

    private char hex4() throws SyntaxException {
        if (position + 4 > text.length()) {
            throw error("incomplete \\u escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(position + i), 16);
            if (digit < 0) {
                throw error("invalid \\u escape");
            }
            value = value * 16 + digit;
        }
        position += 4;
        return (char) value;
    }

    private Object number() throws SyntaxException {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        if (peek() == '0') {
            position++;
        } else if (isDigit(peek())) {
            skipDigits();
        } else {
            throw error("invalid number");
        }
        boolean integer = true;
        if (peek() == '.') {
            integer = false;
            position++;
            requireDigit();
            skipDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            integer = false;
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            requireDigit();
            skipDigits();
        }
        String literal = text.substring(start, position);
        if (!integer) {
            return Double.parseDouble(literal);
        }
        try {
            return Long.parseLong(literal);
        } catch (NumberFormatException e) {
            throw new SyntaxException("integer " + literal + " is out of range", start);
        }
    }

    private Object literal(String word, Object value) throws SyntaxException {
        if (!text.startsWith(word, position)) {
            throw error("unexpected '" + text.charAt(position) + "'");
        }
        position += word.length();
        return value;
    }

    private void enter() throws SyntaxException {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
    }

    private void expect(char c) throws SyntaxException {
        if (peek() != c) {
            throw error(position < text.length() ? "expected '" + c + "'" : "unexpected end of the JSON text");
        }
        position++;
    }

    private void requireDigit() throws SyntaxException {
        if (!isDigit(peek())) {
            throw error("invalid number");
        }
    }

    private void skipDigits() {
        while (isDigit(peek())) {
            position++;
        }
    }

    private void skipWhitespace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    /** The next character, or '\0' at the end (never valid where it is tested). */
    private char peek() {
        return position < text.length() ? text.charAt(position) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private SyntaxException error(String problem) {
        return new SyntaxException(problem, position);
    }
}
