package dev.autonet.runtime.io;

import dev.autonet.runtime.io.ModelFileException.Problem;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * The bytes of an {@code .autonet} file (layout in the package documentation): encoding, and decoding
 * with the file-level checks (magic, version, truncation, checksum) that need no knowledge of the network
 * the caller expects.
 */
final class AutonetFormat {
    static final byte[] MAGIC = "AUTONET1".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int HEADER_BYTES = 24;
    static final int CHECKSUM_BYTES = 4;
    /** The largest file read: the bytes are checked in one array. */
    static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 8;

    private AutonetFormat() {}

    /** A file's content after the file-level checks: what it says it holds, and the raw parameters. */
    record Contents(String fingerprint, int bytesPerParameter, int parameterCount, ByteBuffer parameters) {}

    static byte[] encode(String fingerprint, float[] parameters) {
        ByteBuffer buffer = header(fingerprint, Float.BYTES, parameters.length);
        for (float value : parameters) {
            buffer.putFloat(value); // raw bits: -0.0f, subnormals and every payload survive
        }
        return withChecksum(buffer);
    }

    static byte[] encode(String fingerprint, double[] parameters) {
        ByteBuffer buffer = header(fingerprint, Double.BYTES, parameters.length);
        for (double value : parameters) {
            buffer.putDouble(value);
        }
        return withChecksum(buffer);
    }

    private static ByteBuffer header(String fingerprint, int bytesPerParameter, int count) {
        byte[] text = fingerprint.getBytes(StandardCharsets.UTF_8);
        int size = Math.toIntExact(HEADER_BYTES + text.length + (long) count * bytesPerParameter + CHECKSUM_BYTES);
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN)
                .put(MAGIC).putInt(VERSION).putInt(bytesPerParameter).putInt(text.length).putInt(count).put(text);
    }

    private static byte[] withChecksum(ByteBuffer buffer) {
        CRC32C crc = new CRC32C();
        crc.update(buffer.array(), 0, buffer.position());
        buffer.putInt((int) crc.getValue());
        return buffer.array();
    }

    /**
     * Opens {@code file} for reading. A directory is refused by name here: opening one succeeds on Linux, and
     * the first read would fail with a bare "Is a directory" that names no file.
     */
    static FileChannel openForReading(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw ModelFileException.of(file, Problem.NOT_A_MODEL_FILE, " is a directory, not a model file");
        }
        return FileChannel.open(file, StandardOpenOption.READ);
    }

    /** Reads {@code file}, checking in order: magic, version, precision code, truncation, checksum. */
    static Contents decode(Path file) throws IOException {
        try (FileChannel channel = openForReading(file)) {
            long size = channel.size();
            ByteBuffer header = read(channel, (int) Math.min(size, HEADER_BYTES));
            checkMagic(file, header, size);
            int version = header.getInt(8);
            if (version != VERSION) {
                throw ModelFileException.of(file, Problem.UNSUPPORTED_VERSION, " has format version "
                        + Integer.toUnsignedString(version) + ", but this AutoNet reads version " + VERSION + " only");
            }
            int width = header.getInt(12);
            if (width != Float.BYTES && width != Double.BYTES) {
                throw ModelFileException.of(file, Problem.CORRUPTED, " is corrupted: unknown precision code "
                        + Integer.toUnsignedString(width) + " (4 = FLOAT, 8 = DOUBLE)");
            }
            long fingerprintBytes = Integer.toUnsignedLong(header.getInt(16));
            long count = Integer.toUnsignedLong(header.getInt(20));
            checkLength(file, size, fingerprintBytes, count * width);
            channel.position(0);
            ByteBuffer all = read(channel, (int) size);
            checkChecksum(file, all);
            String fingerprint = utf8(file, all.slice(HEADER_BYTES, (int) fingerprintBytes));
            ByteBuffer parameters = all.slice(HEADER_BYTES + (int) fingerprintBytes, (int) (count * width))
                    .order(ByteOrder.LITTLE_ENDIAN);
            return new Contents(fingerprint, width, (int) count, parameters);
        }
    }

    private static void checkMagic(Path file, ByteBuffer header, long size) throws ModelFileException {
        int compared = (int) Math.min(size, MAGIC.length);
        for (int i = 0; i < compared; i++) {
            if (header.get(i) != MAGIC[i]) {
                throw ModelFileException.of(file, Problem.NOT_A_MODEL_FILE, " is not an AutoNet model file (bad magic)");
            }
        }
        if (size < HEADER_BYTES) {
            throw ModelFileException.of(file, Problem.TRUNCATED,
                    " is truncated: expected a header of " + HEADER_BYTES + " bytes, found " + size);
        }
    }

    /** Fingerprint, parameters and checksum against the file's size, in the order they appear. */
    private static void checkLength(Path file, long size, long fingerprintBytes, long parameterBytes)
            throws ModelFileException {
        long left = size - HEADER_BYTES;
        if (left < fingerprintBytes) {
            throw ModelFileException.of(file, Problem.TRUNCATED, " is truncated: expected a fingerprint of "
                    + fingerprintBytes + " bytes, found " + left);
        }
        left -= fingerprintBytes;
        if (left < parameterBytes) {
            throw ModelFileException.of(file, Problem.TRUNCATED, " is truncated: expected " + parameterBytes
                    + " bytes of parameters, found " + left);
        }
        left -= parameterBytes;
        if (left < CHECKSUM_BYTES) {
            throw ModelFileException.of(file, Problem.TRUNCATED, " is truncated: expected a " + CHECKSUM_BYTES
                    + "-byte checksum after the parameters, found " + left + " bytes");
        }
        if (left > CHECKSUM_BYTES) {
            throw ModelFileException.of(file, Problem.CORRUPTED, " is corrupted: " + (left - CHECKSUM_BYTES)
                    + " unexpected bytes after the checksum");
        }
        if (size > MAX_FILE_BYTES) {
            throw ModelFileException.of(file, Problem.CORRUPTED, " is too large: " + size
                    + " bytes; AutoNet reads model files of up to " + MAX_FILE_BYTES + " bytes");
        }
    }

    private static void checkChecksum(Path file, ByteBuffer all) throws ModelFileException {
        int end = all.limit() - CHECKSUM_BYTES;
        CRC32C crc = new CRC32C();
        crc.update(all.slice(0, end));
        int computed = (int) crc.getValue();
        int stored = all.order(ByteOrder.LITTLE_ENDIAN).getInt(end);
        if (computed != stored) {
            throw ModelFileException.of(file, Problem.CORRUPTED, String.format(
                    " is corrupted: checksum mismatch (stored 0x%08x, computed 0x%08x)", stored, computed));
        }
    }

    private static String utf8(Path file, ByteBuffer bytes) throws ModelFileException {
        try {
            CharBuffer text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return text.toString();
        } catch (CharacterCodingException e) {
            throw ModelFileException.of(file, Problem.CORRUPTED, " is corrupted: its fingerprint is not valid UTF-8");
        }
    }

    /** Exactly {@code length} bytes from the channel's position, little-endian. */
    static ByteBuffer read(FileChannel channel, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new EOFException("the file shrank while being read");
            }
        }
        return buffer.flip();
    }
}
