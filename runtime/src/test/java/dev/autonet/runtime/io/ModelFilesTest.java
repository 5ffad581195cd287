package dev.autonet.runtime.io;

import static dev.autonet.runtime.io.Fixtures.DOUBLE_NET;
import static dev.autonet.runtime.io.Fixtures.FLOAT_NET;
import static dev.autonet.runtime.io.Fixtures.PRELU_NET;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.autonet.runtime.Architecture;
import dev.autonet.runtime.io.ModelFileException.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .autonet format: bit-exact round trips, the documented layout, and every load error with its full message. */
class ModelFilesTest {
    private static final String NAME = "TestModel";

    @TempDir
    Path directory;

    @Test
    void floatRoundTripIsBitExact() throws IOException {
        float[] parameters = Fixtures.floats(FLOAT_NET.parameterCount());
        Path file = directory.resolve("float.autonet");
        ModelFiles.save(file, FLOAT_NET, parameters);
        assertArrayEquals(bits(parameters), bits(ModelFiles.loadFloats(file, FLOAT_NET, NAME)));
    }

    @Test
    void doubleRoundTripIsBitExact() throws IOException {
        double[] parameters = Fixtures.doubles(DOUBLE_NET.parameterCount());
        Path file = directory.resolve("double.autonet");
        ModelFiles.save(file, DOUBLE_NET, parameters);
        assertArrayEquals(bits(parameters), bits(ModelFiles.loadDoubles(file, DOUBLE_NET, NAME)));
    }

    @Test
    void preluSlopeRoundTrips() throws IOException {
        float[] parameters = Fixtures.floats(PRELU_NET.parameterCount());
        parameters[PRELU_NET.slopeOffset(0)] = 0.2f + Math.ulp(0.2f);
        Path file = directory.resolve("prelu.autonet");
        ModelFiles.save(file, PRELU_NET, parameters);
        float[] loaded = ModelFiles.loadFloats(file, PRELU_NET, NAME);
        assertArrayEquals(bits(parameters), bits(loaded));
        assertEquals(0.2f + Math.ulp(0.2f), loaded[16]);
    }

    @Test
    void savingAgainReplacesTheFile() throws IOException {
        Path file = directory.resolve("model.autonet");
        ModelFiles.save(file, FLOAT_NET, new float[13]);
        float[] second = Fixtures.floats(13);
        ModelFiles.save(file, FLOAT_NET, second);
        assertArrayEquals(bits(second), bits(ModelFiles.loadFloats(file, FLOAT_NET, NAME)));
        assertEquals(List.of(file), list(directory));
    }

    @Test
    void bytesFollowTheDocumentedLayout() throws IOException {
        float[] parameters = Fixtures.floats(13);
        Path file = directory.resolve("layout.autonet");
        ModelFiles.save(file, FLOAT_NET, parameters);
        byte[] expected = Fixtures.autonetFile("AUTONET1", 1, 4, FLOAT_NET.fingerprint(), 13, Fixtures.bytes(parameters));
        assertArrayEquals(expected, Files.readAllBytes(file));
        assertEquals(24 + FLOAT_NET.fingerprint().length() + 13 * 4 + 4, Files.size(file));
    }

    @Test
    void badMagic() throws IOException {
        Path file = write("zip.autonet", "PK\u0003\u0004 this is a zip file, not a model".getBytes());
        expect(Problem.NOT_A_MODEL_FILE, file + " is not an AutoNet model file (bad magic)", file, FLOAT_NET);
    }

    @Test
    void aDirectoryIsRefusedByName() throws IOException {
        Path file = Files.createDirectory(directory.resolve("model.autonet"));
        expect(Problem.NOT_A_MODEL_FILE, file + " is a directory, not a model file", file, FLOAT_NET);
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> SafeTensors.importFloats(file, FLOAT_NET, NAME));
        assertEquals(file + " is a directory, not a model file", e.getMessage());
    }

    @Test
    void aLongFileNameThatTheFileSystemAllowsCanBeSaved() throws IOException {
        // 250 bytes: allowed as a name, but ".NAME.RANDOM.tmp" of it would not be.
        Path file = directory.resolve("m".repeat(242) + ".autonet");
        Files.write(file, new byte[] {1}); // the file system takes the name itself
        ModelFiles.save(file, FLOAT_NET, Fixtures.floats(13));
        assertArrayEquals(bits(Fixtures.floats(13)), bits(ModelFiles.loadFloats(file, FLOAT_NET, NAME)));
        assertEquals(List.of(file), list(directory), "no temporary file is left behind");
    }

    @Test
    void emptyFileIsTruncated() throws IOException {
        Path file = write("empty.autonet", new byte[0]);
        expect(Problem.TRUNCATED, file + " is truncated: expected a header of 24 bytes, found 0", file, FLOAT_NET);
    }

    @Test
    void unsupportedVersion() throws IOException {
        Path file = write("v2.autonet", Fixtures.autonetFile("AUTONET1", 2, 4, FLOAT_NET.fingerprint(), 13,
                Fixtures.bytes(new float[13])));
        expect(Problem.UNSUPPORTED_VERSION, file + " has format version 2, but this AutoNet reads version 1 only",
                file, FLOAT_NET);
    }

    @Test
    void unknownPrecisionCode() throws IOException {
        Path file = write("p5.autonet", Fixtures.autonetFile("AUTONET1", 1, 5, FLOAT_NET.fingerprint(), 13,
                new byte[65]));
        expect(Problem.CORRUPTED, file + " is corrupted: unknown precision code 5 (4 = FLOAT, 8 = DOUBLE)",
                file, FLOAT_NET);
    }

    @Test
    void truncatedParameters() throws IOException {
        Path file = saved("cut.autonet");
        int fingerprint = FLOAT_NET.fingerprint().length();
        truncate(file, 24 + fingerprint + 20);
        expect(Problem.TRUNCATED, file + " is truncated: expected 52 bytes of parameters, found 20", file, FLOAT_NET);
    }

    @Test
    void truncatedFingerprint() throws IOException {
        Path file = saved("cut.autonet");
        truncate(file, 30);
        expect(Problem.TRUNCATED, file + " is truncated: expected a fingerprint of "
                + FLOAT_NET.fingerprint().length() + " bytes, found 6", file, FLOAT_NET);
    }

    @Test
    void truncatedChecksum() throws IOException {
        Path file = saved("cut.autonet");
        truncate(file, Files.size(file) - 2);
        expect(Problem.TRUNCATED, file + " is truncated: expected a 4-byte checksum after the parameters, found 2 bytes",
                file, FLOAT_NET);
    }

    @Test
    void bytesAfterTheChecksum() throws IOException {
        Path file = saved("long.autonet");
        Files.write(file, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        expect(Problem.CORRUPTED, file + " is corrupted: 3 unexpected bytes after the checksum", file, FLOAT_NET);
    }

    @Test
    void checksumMismatch() throws IOException {
        Path file = saved("flipped.autonet");
        byte[] bytes = Files.readAllBytes(file);
        int stored = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(bytes.length - 4);
        bytes[bytes.length - 10] ^= 0x10; // one bit of the last parameter
        Files.write(file, bytes);
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        expect(Problem.CORRUPTED, file + String.format(" is corrupted: checksum mismatch (stored 0x%08x, computed 0x%08x)",
                stored, (int) crc.getValue()), file, FLOAT_NET);
    }

    @Test
    void differentNetwork() throws IOException {
        Path file = saved("moons.autonet");
        Architecture wider = new Architecture(3, "FLOAT", List.of(
                new Architecture.Layer("dense1", 3, 3, "RELU", Double.NaN),
                new Architecture.Layer("dense2", 3, 1, "SIGMOID", Double.NaN)), "BCE", Double.NaN);
        expect(Problem.WRONG_NETWORK, file + " holds a network "
                + "'inputs=2;precision=FLOAT;dense1=2x3:RELU;dense2=3x1:SIGMOID;loss=BCE' but TestModel is "
                + "'inputs=3;precision=FLOAT;dense1=3x3:RELU;dense2=3x1:SIGMOID;loss=BCE'; "
                + "they differ first at 'inputs=2' vs 'inputs=3'", file, wider);
    }

    @Test
    void differentPrecisionShowsInTheFingerprint() throws IOException {
        Path file = directory.resolve("double.autonet");
        ModelFiles.save(file, Fixtures.PRELU_DOUBLE_NET, Fixtures.doubles(40));
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.loadFloats(file, PRELU_NET, NAME));
        assertEquals(Problem.WRONG_NETWORK, e.problem());
        assertEquals(true, e.getMessage().endsWith("they differ first at 'precision=DOUBLE' vs 'precision=FLOAT'"),
                e.getMessage());
    }

    @Test
    void parameterCountAgainstTheFingerprint() throws IOException {
        Path file = write("count.autonet", Fixtures.autonetFile("AUTONET1", 1, 4, FLOAT_NET.fingerprint(), 12,
                Fixtures.bytes(new float[12])));
        expect(Problem.WRONG_NETWORK, file + " holds 12 parameters but TestModel has 13", file, FLOAT_NET);
    }

    @Test
    void precisionAgainstTheFingerprint() throws IOException {
        Path file = write("width.autonet", Fixtures.autonetFile("AUTONET1", 1, 8, FLOAT_NET.fingerprint(), 13,
                Fixtures.bytes(new double[13])));
        expect(Problem.WRONG_NETWORK, file + " holds DOUBLE parameters but TestModel is FLOAT", file, FLOAT_NET);
    }

    @Test
    void nanParameterIsNamed() throws IOException {
        float[] parameters = Fixtures.floats(13);
        parameters[7] = Float.NaN;
        Path file = write("nan.autonet", Fixtures.autonetFile("AUTONET1", 1, 4, FLOAT_NET.fingerprint(), 13,
                Fixtures.bytes(parameters)));
        expect(Problem.NOT_FINITE, file + ": parameter 7 (dense1's b[1]) is NaN", file, FLOAT_NET);
    }

    @Test
    void infiniteDoubleAndSlopeAreNamed() throws IOException {
        double[] parameters = Fixtures.doubles(26);
        parameters[5] = Double.NEGATIVE_INFINITY;
        Path file = write("inf.autonet", Fixtures.autonetFile("AUTONET1", 1, 8, DOUBLE_NET.fingerprint(), 26,
                Fixtures.bytes(parameters)));
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.loadDoubles(file, DOUBLE_NET, NAME));
        assertEquals(file + ": parameter 5 (hidden's W[1][1]) is -Infinity", e.getMessage());

        float[] prelu = Fixtures.floats(40);
        prelu[16] = Float.POSITIVE_INFINITY;
        Path slope = write("slope.autonet", Fixtures.autonetFile("AUTONET1", 1, 4, PRELU_NET.fingerprint(), 40,
                Fixtures.bytes(prelu)));
        expect(Problem.NOT_FINITE, slope + ": parameter 16 (dense1's PReLU slope) is Infinity", slope, PRELU_NET);
    }

    @Test
    void fingerprintThatIsNotUtf8() throws IOException {
        byte[] bytes = Fixtures.autonetFile("AUTONET1", 1, 4, "xx", 13, Fixtures.bytes(new float[13]));
        bytes[24] = (byte) 0xff;
        Path file = write("utf8.autonet", Fixtures.withChecksum(bytes));
        expect(Problem.CORRUPTED, file + " is corrupted: its fingerprint is not valid UTF-8", file, FLOAT_NET);
    }

    @Test
    void missingFileIsAPlainIoException() {
        Path file = directory.resolve("absent.autonet");
        assertThrows(NoSuchFileException.class, () -> ModelFiles.loadFloats(file, FLOAT_NET, NAME));
    }

    @Test
    void savingRefusesWhatCouldNotBeLoaded() {
        Path file = directory.resolve("refused.autonet");
        float[] parameters = Fixtures.floats(13);
        parameters[3] = Float.NaN;
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> ModelFiles.save(file, FLOAT_NET, parameters));
        assertEquals("cannot save " + file + ": parameter 3 (dense1's W[1][0]) is NaN", nan.getMessage());
        IllegalArgumentException precision = assertThrows(IllegalArgumentException.class,
                () -> ModelFiles.save(file, DOUBLE_NET, new float[26]));
        assertEquals("cannot save FLOAT parameters for a DOUBLE network", precision.getMessage());
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> ModelFiles.save(file, FLOAT_NET, new float[12]));
        assertEquals("parameters has length 12, expected 13", length.getMessage());
        assertFalse(Files.exists(file));
        assertThrows(NoSuchFileException.class,
                () -> ModelFiles.save(directory.resolve("no/such/dir/m.autonet"), FLOAT_NET, new float[13]));
    }

    private Path saved(String name) throws IOException {
        Path file = directory.resolve(name);
        ModelFiles.save(file, FLOAT_NET, Fixtures.floats(13));
        return file;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(directory.resolve(name), bytes);
    }

    private static void truncate(Path file, long size) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, (int) size));
    }

    private static void expect(Problem problem, String message, Path file, Architecture architecture) {
        ModelFileException e = assertThrows(ModelFileException.class, () -> {
            if (architecture.precision().equals("FLOAT")) {
                ModelFiles.loadFloats(file, architecture, NAME);
            } else {
                ModelFiles.loadDoubles(file, architecture, NAME);
            }
        });
        assertEquals(message, e.getMessage());
        assertEquals(problem, e.problem());
        assertEquals(file, e.file());
    }

    static List<Path> list(Path directory) throws IOException {
        try (var paths = Files.list(directory)) {
            return paths.sorted().toList();
        }
    }

    static int[] bits(float[] values) {
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        return bits;
    }

    static long[] bits(double[] values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return bits;
    }
}
