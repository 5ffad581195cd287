package dev.autonet.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The strict JSON subset behind the safetensors header. */
class JsonTest {
    @Test
    void readsEveryKindOfValue() throws Json.SyntaxException {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("b", List.of(1L, -2L, 0L, 2.5, -1e-3));
        expected.put("a", "x\"\\/\b\f\n\r\t\u00e9\ud83d\ude00");
        expected.put("t", true);
        expected.put("f", false);
        expected.put("n", null);
        expected.put("o", Map.of());
        expected.put("e", List.of());
        assertEquals(expected, Json.parse(" {\"b\": [1, -2, 0, 2.5, -1E-3], \"a\": \"x\\\"\\\\\\/\\b\\f\\n\\r\\t\u00e9"
                + "\\ud83d\\ude00\", \"t\": true, \"f\": false, \"n\": null, \"o\": {}, \"e\": []}\n  "));
        assertEquals(List.of("b", "a", "t", "f", "n", "o", "e"),
                List.copyOf(((Map<?, ?>) Json.parse("{\"b\":1,\"a\":1,\"t\":1,\"f\":1,\"n\":1,\"o\":1,\"e\":1}")).keySet()));
        assertEquals(Long.MAX_VALUE, Json.parse("9223372036854775807"));
    }

    @Test
    void rejectsWhatLenientParsersAccept() {
        error("{\"a\":1,\"a\":2}", "duplicate key \"a\" at character 7");
        error("{\"a\":1,}", "expected a string key at character 7");
        error("[1,]", "unexpected ']' at character 3");
        error("01", "unexpected '1' after the end of the JSON value at character 1");
        error("1.", "invalid number at character 2");
        error("-", "invalid number at character 1");
        error("9223372036854775808", "integer 9223372036854775808 is out of range at character 0");
        error("\"a\u0001\"", "unescaped control character in a string at character 2");
        error("\"\\x\"", "invalid escape in a string at character 1");
        error("\"\\ud83d\"", "unpaired surrogate escape at character 1");
        error("\"\\ude00\"", "unpaired surrogate escape at character 1");
        error("\"abc", "unterminated string at character 4");
        error("tru", "unexpected 't' at character 0");
        error("{} {}", "unexpected '{' after the end of the JSON value at character 3");
        error("", "unexpected end of the JSON text at character 0");
        char[] deep = new char[Json.MAX_DEPTH + 1];
        Arrays.fill(deep, '[');
        error(new String(deep), "nesting deeper than 64 at character 64");
    }

    @Test
    void quotesForTheWriter() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\u00e9\"", Json.quote("a\"b\\c\nd\u0001\u00e9"));
    }

    private static void error(String text, String message) {
        Json.SyntaxException e = assertThrows(Json.SyntaxException.class, () -> Json.parse(text));
        assertEquals(message, e.getMessage());
    }
}
