package dev.autonet.runtime.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A minimal protobuf decoder for the tests: splits a message into its fields, so a test can read back
 * what the encoder wrote without any protobuf library. Independent of {@link ProtoWriter}.
 */
final class ProtoReader {
    /** One field as found on the wire: varints and fixed values in {@code number64}, the rest in {@code bytes}. */
    record Field(int number, int wireType, long number64, byte[] bytes) {
        String string() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        ProtoReader message() {
            return new ProtoReader(bytes);
        }
    }

    private final List<Field> fields = new ArrayList<>();

    ProtoReader(byte[] message) {
        int[] position = {0};
        while (position[0] < message.length) {
            long tag = varint(message, position);
            int number = (int) (tag >>> 3);
            int wireType = (int) (tag & 7);
            switch (wireType) {
                case 0 -> fields.add(new Field(number, wireType, varint(message, position), null));
                case 1 -> fields.add(new Field(number, wireType, fixed(message, position, 8), null));
                case 5 -> fields.add(new Field(number, wireType, fixed(message, position, 4), null));
                case 2 -> {
                    int length = (int) varint(message, position);
                    byte[] bytes = Arrays.copyOfRange(message, position[0], position[0] + length);
                    position[0] += length;
                    fields.add(new Field(number, wireType, 0, bytes));
                }
                default -> throw new IllegalArgumentException("wire type " + wireType + " of field " + number);
            }
        }
    }

    /** Every field with {@code number}, in order. */
    List<Field> all(int number) {
        return fields.stream().filter(f -> f.number() == number).toList();
    }

    /** The one field with {@code number}; fails unless there is exactly one. */
    Field one(int number) {
        List<Field> found = all(number);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " fields numbered " + number + ", expected 1");
        }
        return found.get(0);
    }

    /** The numbers of all fields, in order. */
    List<Integer> numbers() {
        return fields.stream().map(Field::number).toList();
    }

    static long[] packedVarints(byte[] bytes) {
        List<Long> values = new ArrayList<>();
        int[] position = {0};
        while (position[0] < bytes.length) {
            values.add(varint(bytes, position));
        }
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    static float[] packedFloats(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[bytes.length / 4];
        for (int i = 0; i < values.length; i++) {
            values[i] = buffer.getFloat();
        }
        return values;
    }

    static double[] packedDoubles(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        double[] values = new double[bytes.length / 8];
        for (int i = 0; i < values.length; i++) {
            values[i] = buffer.getDouble();
        }
        return values;
    }

    private static long varint(byte[] bytes, int[] position) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = bytes[position[0]++];
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    private static long fixed(byte[] bytes, int[] position, int width) {
        long value = 0;
        for (int i = 0; i < width; i++) {
            value |= (long) (bytes[position[0]++] & 0xFF) << (8 * i);
        }
        return value;
    }
}
