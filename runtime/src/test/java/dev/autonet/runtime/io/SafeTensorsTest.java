package dev.autonet.runtime.io;

import static dev.autonet.runtime.io.Fixtures.DOUBLE_NET;
import static dev.autonet.runtime.io.Fixtures.FLOAT_NET;
import static dev.autonet.runtime.io.Fixtures.PRELU_DOUBLE_NET;
import static dev.autonet.runtime.io.Fixtures.PRELU_NET;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.autonet.runtime.Architecture;
import dev.autonet.runtime.io.ModelFileException.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** safetensors export and import with hand-built networks: layout, round trips, conversions, and import errors. */
class SafeTensorsTest {
    private static final String NAME = "TestModel";

    @TempDir
    Path directory;

    @Test
    void exportWritesTheDocumentedHeaderAndTransposedWeights() throws IOException {
        float[] parameters = new float[13];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = i + 1; // W [2][3] = 1..6, b = 7 8 9, W2 [3][1] = 10 11 12, b2 = 13
        }
        Path file = directory.resolve("float.safetensors");
        SafeTensors.export(file, FLOAT_NET, parameters);
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int headerLength = (int) bytes.getLong();
        String header = new String(bytes.array(), 8, headerLength, StandardCharsets.UTF_8);
        assertEquals("{\"__metadata__\":{\"format\":\"pt\",\"autonet.fingerprint\":"
                + "\"inputs=2;precision=FLOAT;dense1=2x3:RELU;dense2=3x1:SIGMOID;loss=BCE\",\"autonet.sequential\":"
                + "\"torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.ReLU(), torch.nn.Linear(3, 1), "
                + "torch.nn.Sigmoid())\"},"
                + "\"0.weight\":{\"dtype\":\"F32\",\"shape\":[3,2],\"data_offsets\":[0,24]},"
                + "\"0.bias\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[24,36]},"
                + "\"2.weight\":{\"dtype\":\"F32\",\"shape\":[1,3],\"data_offsets\":[36,48]},"
                + "\"2.bias\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[48,52]}}", header.strip());
        assertEquals(0, (8 + headerLength) % 8, "data is 8-byte aligned");
        bytes.position(8 + headerLength);
        float[] data = new float[13];
        bytes.asFloatBuffer().get(data);
        // torch's weight [units][fanIn]: row u holds W[0][u], W[1][u]
        assertArrayEquals(new float[] {1, 4, 2, 5, 3, 6, 7, 8, 9, 10, 11, 12, 13}, data);
    }

    @Test
    void namesAndSequentialSkipLinearAndCountPrelu() {
        assertEquals("0.weight [4, 3], 0.bias [4], 1.weight [1], 2.weight [3, 4], 2.bias [3], 3.weight [2, 3], 3.bias [2]",
                SafeTensors.tensorNames(PRELU_NET));
        assertEquals("torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.PReLU(), torch.nn.Linear(4, 3), "
                + "torch.nn.Linear(3, 2), torch.nn.Softmax(dim=-1))", SafeTensors.torchSequential(PRELU_NET));
    }

    @Test
    void floatRoundTripIsBitExact() throws IOException {
        float[] parameters = Fixtures.floats(40);
        Path file = directory.resolve("prelu.safetensors");
        SafeTensors.export(file, PRELU_NET, parameters);
        assertArrayEquals(ModelFilesTest.bits(parameters),
                ModelFilesTest.bits(SafeTensors.importFloats(file, PRELU_NET, NAME)));
    }

    @Test
    void doubleRoundTripIsBitExact() throws IOException {
        double[] parameters = Fixtures.doubles(26);
        Path file = directory.resolve("double.safetensors");
        SafeTensors.export(file, DOUBLE_NET, parameters);
        assertArrayEquals(ModelFilesTest.bits(parameters),
                ModelFilesTest.bits(SafeTensors.importDoubles(file, DOUBLE_NET, NAME)));
        double[] prelu = Fixtures.doubles(40);
        Path preluFile = directory.resolve("prelu64.safetensors");
        SafeTensors.export(preluFile, PRELU_DOUBLE_NET, prelu);
        assertArrayEquals(ModelFilesTest.bits(prelu),
                ModelFilesTest.bits(SafeTensors.importDoubles(preluFile, PRELU_DOUBLE_NET, NAME)));
    }

    @Test
    void importConvertsBetweenPrecisions() throws IOException {
        float[] floats = Fixtures.floats(40);
        Path f32 = directory.resolve("f32.safetensors");
        SafeTensors.export(f32, PRELU_NET, floats);
        double[] widened = SafeTensors.importDoubles(f32, PRELU_DOUBLE_NET, NAME);
        for (int i = 0; i < floats.length; i++) {
            assertEquals(Double.doubleToRawLongBits(floats[i]), Double.doubleToRawLongBits(widened[i]), "index " + i);
        }
        double[] doubles = Fixtures.doubles(40);
        doubles[4] = 3e38; // within FLOAT's range; Double.MAX_VALUE is not
        doubles[5] = -3e38;
        Path f64 = directory.resolve("f64.safetensors");
        SafeTensors.export(f64, PRELU_DOUBLE_NET, doubles);
        float[] rounded = SafeTensors.importFloats(f64, PRELU_NET, NAME);
        for (int i = 0; i < doubles.length; i++) {
            assertEquals(Float.floatToRawIntBits((float) doubles[i]), Float.floatToRawIntBits(rounded[i]), "index " + i);
        }
    }

    @Test
    void doubleBeyondFloatRangeIsRejected() throws IOException {
        Path file = directory.resolve("big.safetensors");
        double[] doubles = Fixtures.doubles(40); // flat 4 = W[1][0] = Double.MAX_VALUE: torch's [0, 1]
        SafeTensors.export(file, PRELU_DOUBLE_NET, doubles);
        expectFloat(Problem.NOT_FINITE, file + ": tensor '0.weight' element [0, 1] is 1.7976931348623157E308, "
                + "beyond FLOAT's range", file, PRELU_NET);
    }

    @Test
    void nanIsNamedByTensorAndIndex() throws IOException {
        Path file = write("nan.safetensors", tensors(
                new Tensor("0.weight", "F32", new long[] {3, 2}, Fixtures.bytes(new float[6])),
                new Tensor("0.bias", "F32", new long[] {3}, Fixtures.bytes(0f, 0f, Float.NaN)),
                new Tensor("2.weight", "F32", new long[] {1, 3}, Fixtures.bytes(new float[3])),
                new Tensor("2.bias", "F32", new long[] {1}, Fixtures.bytes(0f))));
        expectFloat(Problem.NOT_FINITE, file + ": tensor '0.bias' element [2] is NaN", file, FLOAT_NET);
    }

    @Test
    void missingTensor() throws IOException {
        Path file = write("missing.safetensors", tensors(
                new Tensor("0.weight", "F32", new long[] {3, 2}, Fixtures.bytes(new float[6])),
                new Tensor("0.bias", "F32", new long[] {3}, Fixtures.bytes(new float[3])),
                new Tensor("2.weight", "F32", new long[] {1, 3}, Fixtures.bytes(new float[3]))));
        expectFloat(Problem.MISSING_TENSOR, file + " has no tensor '2.bias' (dense2's bias, shape [1]) that TestModel "
                + "needs; it holds '0.weight', '0.bias', '2.weight'", file, FLOAT_NET);
    }

    @Test
    void untransposedWeightIsAShapeMismatch() throws IOException {
        Path file = write("shape.safetensors", tensors(
                new Tensor("0.weight", "F32", new long[] {2, 3}, Fixtures.bytes(new float[6])),
                new Tensor("0.bias", "F32", new long[] {3}, Fixtures.bytes(new float[3])),
                new Tensor("2.weight", "F32", new long[] {1, 3}, Fixtures.bytes(new float[3])),
                new Tensor("2.bias", "F32", new long[] {1}, Fixtures.bytes(0f))));
        expectFloat(Problem.WRONG_SHAPE, file + ": tensor '0.weight' has shape [2, 3], but TestModel needs [3, 2] "
                + "for dense1's weight ([units, fanIn], as torch.nn.Linear stores it)", file, FLOAT_NET);
    }

    @Test
    void wrongDtype() throws IOException {
        Path file = write("f16.safetensors", tensors(
                new Tensor("0.weight", "F16", new long[] {3, 2}, new byte[12]),
                new Tensor("0.bias", "F32", new long[] {3}, Fixtures.bytes(new float[3])),
                new Tensor("2.weight", "F32", new long[] {1, 3}, Fixtures.bytes(new float[3])),
                new Tensor("2.bias", "F32", new long[] {1}, Fixtures.bytes(0f))));
        expectFloat(Problem.UNSUPPORTED_DTYPE, file + ": tensor '0.weight' has dtype F16; AutoNet imports F32 and F64 only",
                file, FLOAT_NET);
    }

    @Test
    void extraTensor() throws IOException {
        Path file = write("extra.safetensors", tensors(
                new Tensor("0.weight", "F32", new long[] {3, 2}, Fixtures.bytes(new float[6])),
                new Tensor("0.bias", "F32", new long[] {3}, Fixtures.bytes(new float[3])),
                new Tensor("1.num_batches_tracked", "I64", new long[] {}, new byte[8]),
                new Tensor("2.weight", "F32", new long[] {1, 3}, Fixtures.bytes(new float[3])),
                new Tensor("2.bias", "F32", new long[] {1}, Fixtures.bytes(0f))));
        expectFloat(Problem.UNEXPECTED_TENSOR, file + " holds tensor '1.num_batches_tracked' [], which TestModel has no "
                + "place for; its tensors are exactly 0.weight [3, 2], 0.bias [3], 2.weight [1, 3], 2.bias [1]",
                file, FLOAT_NET);
    }

    @Test
    void truncatedData() throws IOException {
        Path file = directory.resolve("cut.safetensors");
        SafeTensors.export(file, FLOAT_NET, Fixtures.floats(13));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 4));
        expectFloat(Problem.TRUNCATED, file + " is truncated: expected 52 bytes of tensor data after the header, found 48",
                file, FLOAT_NET);
        Files.write(file, Arrays.copyOf(bytes, 100));
        long header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong();
        expectFloat(Problem.TRUNCATED, file + " is truncated: expected a header of " + header + " bytes, found 92",
                file, FLOAT_NET);
        Files.write(file, Arrays.copyOf(bytes, 5));
        expectFloat(Problem.TRUNCATED, file + " is truncated: expected an 8-byte header length, found 5 bytes",
                file, FLOAT_NET);
    }

    @Test
    void notASafetensorsFile() throws IOException {
        Path text = write("text.safetensors", "this is a text file, not tensors".getBytes(StandardCharsets.US_ASCII));
        expectFloat(Problem.NOT_A_MODEL_FILE, text + " is not a safetensors file: header length "
                + Long.toUnsignedString(ByteBuffer.wrap("this is ".getBytes(StandardCharsets.US_ASCII))
                        .order(ByteOrder.LITTLE_ENDIAN).getLong())
                + " is over the 100000000-byte limit", text, FLOAT_NET);
        Path array = write("array.safetensors", Fixtures.safetensorsFile("[1, 2]", new byte[0]));
        expectFloat(Problem.NOT_A_MODEL_FILE, array + " is not a safetensors file: its header does not start with '{'",
                array, FLOAT_NET);
    }

    @Test
    void malformedHeaders() throws IOException {
        String entry = "{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}";
        malformed("{\"a\":" + entry + ",\"a\":" + entry + "}", 4, "duplicate key \"a\" at character 54");
        malformed("{\"a\":" + entry, 4, "unexpected end of the JSON text at character 53");
        malformed("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4],\"x\":1}}", 4,
                "tensor 'a' has an unknown field \"x\"");
        malformed("{\"a\":{\"dtype\":\"Q4\",\"shape\":[1],\"data_offsets\":[0,4]}}", 4, "tensor 'a' has an unknown dtype 'Q4'");
        malformed("{\"a\":{\"dtype\":\"F32\",\"shape\":[-1],\"data_offsets\":[0,4]}}", 4,
                "tensor 'a' has a \"shape\" element that is not a non-negative integer: -1");
        malformed("{\"a\":{\"dtype\":\"F32\",\"shape\":[1.5],\"data_offsets\":[0,4]}}", 4,
                "tensor 'a' has a \"shape\" element that is not a non-negative integer: 1.5");
        malformed("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,4]}}", 4,
                "tensor 'a' of dtype F32 and shape [2] needs 8 bytes, but its data_offsets [0, 4] span 4");
        malformed("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,0]}}", 4,
                "tensor 'a' has data_offsets [4, 0] that end before they begin");
        malformed("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0]}}", 4,
                "tensor 'a' has no \"data_offsets\" array of 2 integers");
        malformed("{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}", 8,
                "tensor 'a' starts at byte 4 of the data, but the data starts at byte 0; "
                        + "tensors must follow each other without gaps or overlaps");
        malformed("{\"a\":" + entry + ",\"b\":" + entry + "}", 4,
                "tensor 'b' starts at byte 0 of the data, but tensor 'a' ends at byte 4; "
                        + "tensors must follow each other without gaps or overlaps");
        malformed("{\"__metadata__\":{\"n\":1},\"a\":" + entry + "}", 4, "__metadata__ value \"n\" is not a string");
        Path trailing = write("trailing.safetensors", Fixtures.safetensorsFile("{\"a\":" + entry + "}", new byte[6]));
        expectFloat(Problem.CORRUPTED, trailing + " is corrupted: 2 bytes after the last tensor's data", trailing,
                FLOAT_NET);
    }

    @Test
    void paddedHeaderAndMetadataAreAccepted() throws IOException {
        String header = "{\"__metadata__\":{\"format\":\"pt\",\"note\":\"\\u00e9t\\u00e9 \\ud83d\\ude00\"},"
                + "\"0.weight\":{\"dtype\":\"F64\",\"shape\":[3,2],\"data_offsets\":[0,48]},"
                + "\"0.bias\":{\"shape\":[3],\"dtype\":\"F32\",\"data_offsets\":[48,60]},"
                + "\"2.bias\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[72,76]},"
                + "\"2.weight\":{\"dtype\":\"F32\",\"shape\":[1,3],\"data_offsets\":[60,72]}}      ";
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(Fixtures.bytes(1.0, 2.0, 3.0, 4.0, 5.0, 6.0));
        data.writeBytes(Fixtures.bytes(7f, 8f, 9f, 10f, 11f, 12f, 13f));
        Path file = write("mixed.safetensors", Fixtures.safetensorsFile(header, data.toByteArray()));
        assertArrayEquals(new float[] {1, 3, 5, 2, 4, 6, 7, 8, 9, 10, 11, 12, 13},
                SafeTensors.importFloats(file, FLOAT_NET, NAME));
    }

    @Test
    void exportRefusesWhatCouldNotBeImported() {
        Path file = directory.resolve("x.safetensors");
        double[] parameters = Fixtures.doubles(26);
        parameters[24] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SafeTensors.export(file, DOUBLE_NET, parameters));
        assertEquals("cannot export " + file + ": parameter 24 (out's b[0]) is NaN", e.getMessage());
        IllegalArgumentException precision = assertThrows(IllegalArgumentException.class,
                () -> SafeTensors.export(file, FLOAT_NET, new double[13]));
        assertEquals("cannot export DOUBLE parameters for a FLOAT network", precision.getMessage());
    }

    private void malformed(String header, int dataBytes, String problem) throws IOException {
        Path file = write("malformed.safetensors", Fixtures.safetensorsFile(header, new byte[dataBytes]));
        expectFloat(Problem.CORRUPTED, file + " has a malformed safetensors header: " + problem, file, FLOAT_NET);
    }

    record Tensor(String name, String dtype, long[] shape, byte[] data) {}

    /** A file holding {@code tensors} in the order given, with consecutive data offsets. */
    static byte[] tensors(Tensor... tensors) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        StringBuilder header = new StringBuilder("{");
        for (Tensor tensor : tensors) {
            int begin = data.size();
            data.writeBytes(tensor.data());
            header.append(header.length() > 1 ? "," : "").append('"').append(tensor.name()).append("\":{\"dtype\":\"")
                    .append(tensor.dtype()).append("\",\"shape\":[")
                    .append(Arrays.stream(tensor.shape()).mapToObj(String::valueOf).collect(Collectors.joining(",")))
                    .append("],\"data_offsets\":[").append(begin).append(',').append(data.size()).append("]}");
        }
        return Fixtures.safetensorsFile(header.append('}').toString(), data.toByteArray());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(directory.resolve(name), bytes);
    }

    private static void expectFloat(Problem problem, String message, Path file, Architecture architecture) {
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> SafeTensors.importFloats(file, architecture, NAME));
        assertEquals(message, e.getMessage());
        assertEquals(problem, e.problem());
        assertEquals(file, e.file());
    }
}
