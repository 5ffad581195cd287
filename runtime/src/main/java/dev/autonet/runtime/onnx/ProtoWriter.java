package dev.autonet.runtime.onnx;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The part of the protocol buffers wire format that an ONNX export needs, and nothing more: varints,
 * fixed-width floats and doubles, length-delimited fields (strings, bytes, nested messages) and packed
 * repeated fields. One writer builds one message; a nested message is built in its own writer and added
 * with {@link #message(int, ProtoWriter)}, which prefixes its length.
 *
 * <p>Wire format (protobuf's "Encoding" guide): every field starts with the varint {@code field << 3 |
 * wireType}; wire type 0 is a varint, 1 a little-endian 64-bit value, 2 a varint length followed by that
 * many bytes, 5 a little-endian 32-bit value. A varint stores 7 bits per byte, least significant group
 * first, with the high bit set on every byte but the last; an int64 or int32 that is negative takes ten
 * bytes (two's complement, sign-extended to 64 bits).
 *
 * <p>Fields are written in the order the caller adds them and even when they hold a default value, so
 * the same calls always give the same bytes. Not thread-safe.
 */
final class ProtoWriter {
    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;
    static final int FIXED32 = 5;

    private byte[] bytes = new byte[64];
    private int size;

    /** Appends a varint field (wire type 0): int32, int64 and enum values. */
    ProtoWriter int64(int field, long value) {
        tag(field, VARINT);
        varint(value);
        return this;
    }

    /** Appends a float field (wire type 5). */
    ProtoWriter float32(int field, float value) {
        tag(field, FIXED32);
        fixed32(Float.floatToRawIntBits(value));
        return this;
    }

    /** Appends a double field (wire type 1). */
    ProtoWriter float64(int field, double value) {
        tag(field, FIXED64);
        fixed64(Double.doubleToRawLongBits(value));
        return this;
    }

    /** Appends a string field as its UTF-8 bytes (wire type 2). */
    ProtoWriter string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Appends a bytes field (wire type 2). */
    ProtoWriter bytes(int field, byte[] value) {
        tag(field, LENGTH_DELIMITED);
        varint(value.length);
        append(value, 0, value.length);
        return this;
    }

    /** Appends an embedded message (wire type 2): the bytes {@code message} holds so far. */
    ProtoWriter message(int field, ProtoWriter message) {
        tag(field, LENGTH_DELIMITED);
        varint(message.size);
        append(message.bytes, 0, message.size);
        return this;
    }

    /** Appends a packed repeated int64 field: one length-delimited run of varints. Nothing if empty. */
    ProtoWriter packedInt64(int field, long[] values) {
        if (values.length == 0) {
            return this; // an empty packed field is legal, but protobuf itself never writes one
        }
        ProtoWriter run = new ProtoWriter();
        for (long value : values) {
            run.varint(value);
        }
        return message(field, run);
    }

    /** Appends a packed repeated float field: one length-delimited run of 4-byte values. Nothing if empty. */
    ProtoWriter packedFloats(int field, float[] values) {
        if (values.length == 0) {
            return this;
        }
        tag(field, LENGTH_DELIMITED);
        varint(4L * values.length);
        for (float value : values) {
            fixed32(Float.floatToRawIntBits(value));
        }
        return this;
    }

    /** Appends a packed repeated double field: one length-delimited run of 8-byte values. Nothing if empty. */
    ProtoWriter packedDoubles(int field, double[] values) {
        if (values.length == 0) {
            return this;
        }
        tag(field, LENGTH_DELIMITED);
        varint(8L * values.length);
        for (double value : values) {
            fixed64(Double.doubleToRawLongBits(value));
        }
        return this;
    }

    /** Number of bytes written so far. */
    int size() {
        return size;
    }

    /** A copy of the bytes written so far. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void tag(int field, int wireType) {
        if (field < 1 || field > 0x1FFF_FFFF) {
            throw new IllegalArgumentException("protobuf field numbers run from 1 to 2^29 - 1, not " + field);
        }
        varint((long) field << 3 | wireType);
    }

    /** Base-128 varint, low group first; negative values take all ten bytes. */
    void varint(long value) {
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
    }

    private void fixed32(int bits) {
        ensure(4);
        for (int shift = 0; shift < 32; shift += 8) {
            bytes[size++] = (byte) (bits >>> shift);
        }
    }

    private void fixed64(long bits) {
        ensure(8);
        for (int shift = 0; shift < 64; shift += 8) {
            bytes[size++] = (byte) (bits >>> shift);
        }
    }

    private void append(byte[] source, int offset, int length) {
        ensure(length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    private void ensure(int extra) {
        if (extra > Integer.MAX_VALUE - 8 - size) {
            throw new IllegalStateException("an ONNX message cannot exceed 2 GB, protobuf's limit");
        }
        int needed = size + extra;
        if (needed > bytes.length) {
            int grown = bytes.length <= (Integer.MAX_VALUE - 8) / 2 ? bytes.length * 2 : Integer.MAX_VALUE - 8;
            bytes = Arrays.copyOf(bytes, Math.max(needed, grown));
        }
    }
}
