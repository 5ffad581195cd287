package dev.autonet.runtime.io;

import dev.autonet.runtime.Architecture;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.zip.CRC32C;

/** Hand-built networks and parameters for the io tests, and byte-level helpers that follow the documented layouts. */
final class Fixtures {
    private Fixtures() {}

    /** 2 -> 3 RELU -> 1 SIGMOID, FLOAT, BCE: 13 parameters. */
    static final Architecture FLOAT_NET = new Architecture(2, "FLOAT", List.of(
            new Architecture.Layer("dense1", 2, 3, "RELU", Double.NaN),
            new Architecture.Layer("dense2", 3, 1, "SIGMOID", Double.NaN)), "BCE", Double.NaN);

    /** 3 -> 4 TANH -> 2 LINEAR, DOUBLE, HUBER(0.5): 26 parameters. */
    static final Architecture DOUBLE_NET = new Architecture(3, "DOUBLE", List.of(
            new Architecture.Layer("hidden", 3, 4, "TANH", Double.NaN),
            new Architecture.Layer("out", 4, 2, "LINEAR", Double.NaN)), "HUBER", 0.5);

    /**
     * 3 -> 4 PRELU(0.25) -> 3 LINEAR -> 2 SOFTMAX, FLOAT, CCE: 17 + 15 + 8 = 40 parameters; in PyTorch
     * Sequential(Linear(3, 4), PReLU(), Linear(4, 3), Linear(3, 2), Softmax(dim=-1)).
     */
    static final Architecture PRELU_NET = new Architecture(3, "FLOAT", List.of(
            new Architecture.Layer("dense1", 3, 4, "PRELU", 0.25),
            new Architecture.Layer("dense2", 4, 3, "LINEAR", Double.NaN),
            new Architecture.Layer("dense3", 3, 2, "SOFTMAX", Double.NaN)), "CATEGORICAL_CROSS_ENTROPY", Double.NaN);

    /** The DOUBLE twin of {@link #PRELU_NET}. */
    static final Architecture PRELU_DOUBLE_NET = new Architecture(3, "DOUBLE", PRELU_NET.layers(),
            "CATEGORICAL_CROSS_ENTROPY", Double.NaN);

    /** Distinct values with the awkward ones a round trip must keep: -0.0, subnormals, extremes. */
    static float[] floats(int count) {
        float[] special = {-0.0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL / 3, Float.MAX_VALUE,
            -Float.MAX_VALUE, 0.0f, 1e-38f};
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = i < special.length ? special[i] : (float) Math.sin(i * 1.7) * (i % 5 + 1);
        }
        return values;
    }

    /** The double version of {@link #floats(int)}. */
    static double[] doubles(int count) {
        double[] special = {-0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL / 3, Double.MAX_VALUE,
            -Double.MAX_VALUE, 0.0, 1e-308};
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = i < special.length ? special[i] : Math.sin(i * 1.7) * (i % 5 + 1);
        }
        return values;
    }

    /**
     * An .autonet file built field by field from the layout in the package documentation, independently
     * of the writer, with the checksum computed over everything before it.
     */
    static byte[] autonetFile(String magic, int version, int width, String fingerprint, int count, byte[] parameters) {
        byte[] text = fingerprint.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.allocate(24 + text.length + parameters.length + 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(magic.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(version).putInt(width)
                .putInt(text.length).putInt(count).put(text).put(parameters);
        return withChecksum(buffer.array());
    }

    /** {@code file} with its last four bytes replaced by the CRC-32C of the bytes before them. */
    static byte[] withChecksum(byte[] file) {
        CRC32C crc = new CRC32C();
        crc.update(file, 0, file.length - 4);
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(file.length - 4, (int) crc.getValue());
        return file;
    }

    /** Little-endian bytes of {@code values}. */
    static byte[] bytes(float... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : values) {
            buffer.putFloat(value);
        }
        return buffer.array();
    }

    /** Little-endian bytes of {@code values}. */
    static byte[] bytes(double... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double value : values) {
            buffer.putDouble(value);
        }
        return buffer.array();
    }

    /** A safetensors file: the 8-byte length, {@code header} as given, then {@code data}. */
    static byte[] safetensorsFile(String header, byte[] data) {
        byte[] text = header.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return ByteBuffer.allocate(8 + text.length + data.length).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(text.length).put(text).put(data).array();
    }
}
