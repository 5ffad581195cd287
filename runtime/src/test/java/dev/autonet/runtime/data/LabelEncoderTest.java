package dev.autonet.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelEncoderTest {
    @Test
    void fitNumbersTheDistinctLabelsInSortedOrder() {
        LabelEncoder encoder = LabelEncoder.fit(List.of("versicolor", "setosa", "virginica", "setosa"));
        assertEquals(List.of("setosa", "versicolor", "virginica"), encoder.classes());
        assertEquals(3, encoder.classCount());
        assertEquals(0, encoder.encode("setosa"));
        assertEquals(2, encoder.encode("virginica"));
        assertEquals(encoder, LabelEncoder.fit(List.of("virginica", "versicolor", "setosa")));   // order-free
        // By UTF-16 code unit, as Python's sorted(): capitals before lower case.
        assertEquals(List.of("B", "a", "b"), LabelEncoder.fit(List.of("b", "B", "a")).classes());
    }

    @Test
    void encodeAndDecodeAreInverses() {
        LabelEncoder encoder = LabelEncoder.fit(List.of("cat", "dog", "", "émeu", "ant"));
        for (int index = 0; index < encoder.classCount(); index++) {
            assertEquals(index, encoder.encode(encoder.decode(index)));
        }
        for (String label : encoder.classes()) {
            assertEquals(label, encoder.decode(encoder.encode(label)));
        }
    }

    @Test
    void ofKeepsTheGivenOrder() {
        LabelEncoder encoder = LabelEncoder.of("virginica", "setosa");
        assertEquals(0, encoder.encode("virginica"));
        assertEquals("setosa", encoder.decode(1));
        assertTrue(encoder.contains("setosa"));
        assertFalse(encoder.contains("versicolor"));
        assertNotEquals(encoder, LabelEncoder.of("setosa", "virginica"));
        assertEquals("LabelEncoder[virginica, setosa]", encoder.toString());
    }

    @Test
    void classesCannotBeChanged() {
        List<String> classes = LabelEncoder.of("a", "b").classes();
        assertThrows(UnsupportedOperationException.class, () -> classes.set(0, "z"));
    }

    @Test
    void rejectsUnknownLabelsAndIndicesAndBadClassLists() {
        LabelEncoder encoder = LabelEncoder.of("a", "b");
        Expect.illegalArgument("unknown label 'c'; the classes are a, b", () -> encoder.encode("c"));
        Expect.illegalArgument("class index 2 is outside [0, 2)", () -> encoder.decode(2));
        Expect.illegalArgument("class index -1 is outside [0, 2)", () -> encoder.decode(-1));
        Expect.illegalArgument("class 'a' is listed twice, at 0 and 2", () -> LabelEncoder.of("a", "b", "a"));
        Expect.illegalArgument("no classes: need at least one", () -> LabelEncoder.of());
        Expect.illegalArgument("no labels to fit: need at least one", () -> LabelEncoder.fit(List.of()));
        assertThrows(NullPointerException.class, () -> encoder.encode(null));
    }
}
