package dev.autonet.runtime.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wire format against bytes worked out by hand, several of them the examples of protobuf's
 * "Encoding" guide (150 as 08 96 01, "testing" as 12 07 …, the nested 1a 03 08 96 01, the packed
 * 22 06 03 8e 02 9e a7 05).
 */
class ProtoWriterTest {
    static byte[] hex(String bytes) {
        return HexFormat.of().parseHex(bytes.replace(" ", ""));
    }

    static String hex(ProtoWriter writer) {
        return HexFormat.ofDelimiter(" ").formatHex(writer.toByteArray());
    }

    @ParameterizedTest(name = "varint {0} = {1}")
    @CsvSource({
        "0, 00",
        "1, 01",
        "127, 7f",
        "128, 80 01",
        "150, 96 01",
        "300, ac 02",
        "16383, ff 7f",
        "16384, 80 80 01",
        "2147483647, ff ff ff ff 07",
        "9223372036854775807, ff ff ff ff ff ff ff ff 7f",
        "-1, ff ff ff ff ff ff ff ff ff 01",
        "-2, fe ff ff ff ff ff ff ff ff 01",
        "-9223372036854775808, 80 80 80 80 80 80 80 80 80 01",
    })
    void varints(long value, String expected) {
        ProtoWriter writer = new ProtoWriter();
        writer.varint(value);
        assertEquals(expected, hex(writer));
    }

    @Test
    void varintFieldIsTagThenValue() {
        assertEquals("08 96 01", hex(new ProtoWriter().int64(1, 150)));
        // field 20 (AttributeProto.type): tag 20 << 3 | 0 = 160 = a0 01
        assertEquals("a0 01 02", hex(new ProtoWriter().int64(20, 2)));
        // negative int64 take ten bytes after the tag
        assertEquals("18 ff ff ff ff ff ff ff ff ff 01", hex(new ProtoWriter().int64(3, -1)));
    }

    @Test
    void stringsAreLengthPrefixedUtf8() {
        assertEquals("12 07 74 65 73 74 69 6e 67", hex(new ProtoWriter().string(2, "testing")));
        assertEquals("0a 00", hex(new ProtoWriter().string(1, "")));
        assertEquals("0a 03 c3 a9 78", hex(new ProtoWriter().string(1, "\u00e9x")), "é is two bytes");
    }

    @Test
    void longStringHasMultiByteLength() {
        ProtoWriter writer = new ProtoWriter().string(1, "a".repeat(300));
        byte[] bytes = writer.toByteArray();
        assertEquals(3 + 300, bytes.length);
        assertArrayEquals(hex("0a ac 02"), Arrays.copyOf(bytes, 3));
        assertEquals(303, writer.size());
    }

    @Test
    void nestedMessageIsLengthPrefixed() {
        ProtoWriter inner = new ProtoWriter().int64(1, 150);
        assertEquals("1a 03 08 96 01", hex(new ProtoWriter().message(3, inner)));
        assertEquals("1a 00", hex(new ProtoWriter().message(3, new ProtoWriter())), "an empty message");
    }

    @Test
    void floatsAndDoublesAreLittleEndianIeee() {
        assertEquals("0d 00 00 80 3f", hex(new ProtoWriter().float32(1, 1f)));
        assertEquals("15 00 00 20 c0", hex(new ProtoWriter().float32(2, -2.5f)));
        assertEquals("09 00 00 00 00 00 00 f0 3f", hex(new ProtoWriter().float64(1, 1.0)));
        assertEquals("09 00 00 00 00 00 00 00 80", hex(new ProtoWriter().float64(1, -0.0)));
    }

    @Test
    void packedFieldsAreOneLengthDelimitedRun() {
        assertEquals("22 06 03 8e 02 9e a7 05",
                hex(new ProtoWriter().packedInt64(4, new long[] {3, 270, 86942})));
        // TensorProto.float_data (4): 1.0f, -2.0f
        assertEquals("22 08 00 00 80 3f 00 00 00 c0",
                hex(new ProtoWriter().packedFloats(4, new float[] {1f, -2f})));
        // TensorProto.double_data (10): tag 10 << 3 | 2 = 0x52
        assertEquals("52 10 00 00 00 00 00 00 e0 3f 00 00 00 00 00 00 f0 bf",
                hex(new ProtoWriter().packedDoubles(10, new double[] {0.5, -1.0})));
    }

    @Test
    void emptyPackedFieldsAreLeftOut() {
        ProtoWriter writer = new ProtoWriter()
                .packedInt64(1, new long[0])
                .packedFloats(4, new float[0])
                .packedDoubles(10, new double[0]);
        assertEquals(0, writer.size());
    }

    @Test
    void fieldsFollowInTheOrderWritten() {
        ProtoWriter writer = new ProtoWriter().int64(2, 1).string(1, "a").int64(2, 1);
        assertEquals("10 01 0a 01 61 10 01", hex(writer));
    }

    @Test
    void bufferGrowsPastItsInitialSize() {
        float[] values = new float[10_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        byte[] bytes = new ProtoWriter().packedFloats(4, values).toByteArray();
        assertEquals(1 + 3 + 40_000, bytes.length, "tag, varint 40000 (3 bytes), data");
        assertArrayEquals(hex("22 c0 b8 02"), Arrays.copyOf(bytes, 4));
        int last = bytes.length - 4;
        int bits = (bytes[last] & 0xff) | (bytes[last + 1] & 0xff) << 8 | (bytes[last + 2] & 0xff) << 16
                | (bytes[last + 3] & 0xff) << 24;
        assertEquals(9999f, Float.intBitsToFloat(bits));
    }

    @Test
    void fieldNumbersOutsideProtobufsRangeAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ProtoWriter().int64(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ProtoWriter().int64(1 << 29, 1));
        assertEquals("f8 ff ff ff 0f 00", hex(new ProtoWriter().int64((1 << 29) - 1, 0)), "the largest");
    }
}
