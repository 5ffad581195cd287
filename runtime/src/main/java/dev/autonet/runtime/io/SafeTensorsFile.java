package dev.autonet.runtime.io;

import dev.autonet.runtime.io.ModelFileException.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A safetensors file read and checked as a container, before anyone asks what network it holds: the
 * header is strict JSON, every tensor entry has exactly a known dtype, a shape of non-negative integers
 * and data_offsets whose span fits the dtype and shape, the tensors tile the data section without gaps or
 * overlaps, and the file is as long as the header says.
 */
record SafeTensorsFile(Map<String, Entry> tensors, Map<String, String> metadata, ByteBuffer data) {
    /** The reference implementation's limit; a larger "header length" means a file of another kind. */
    static final long MAX_HEADER_BYTES = 100_000_000;

    /** Element sizes of the dtypes the safetensors format defines. */
    private static final Map<String, Integer> DTYPE_BYTES = Map.ofEntries(
            Map.entry("BOOL", 1), Map.entry("U8", 1), Map.entry("I8", 1), Map.entry("F8_E5M2", 1),
            Map.entry("F8_E4M3", 1), Map.entry("I16", 2), Map.entry("U16", 2), Map.entry("F16", 2),
            Map.entry("BF16", 2), Map.entry("I32", 4), Map.entry("U32", 4), Map.entry("F32", 4),
            Map.entry("F64", 8), Map.entry("I64", 8), Map.entry("U64", 8), Map.entry("C64", 8));

    /** One tensor's header entry; offsets are relative to the data section, as in the file. */
    record Entry(String name, String dtype, List<Long> shape, long begin, long end) {
        /** The tensor's bytes, little-endian. */
        ByteBuffer bytes(ByteBuffer data) {
            return data.slice((int) begin, (int) (end - begin)).order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    static SafeTensorsFile read(Path file) throws IOException {
        try (FileChannel channel = AutonetFormat.openForReading(file)) {
            long size = channel.size();
            if (size < Long.BYTES) {
                throw ModelFileException.of(file, Problem.TRUNCATED,
                        " is truncated: expected an 8-byte header length, found " + size + " bytes");
            }
            long headerBytes = AutonetFormat.read(channel, Long.BYTES).getLong();
            if (headerBytes < 0 || headerBytes > MAX_HEADER_BYTES) {
                throw ModelFileException.of(file, Problem.NOT_A_MODEL_FILE, " is not a safetensors file: header length "
                        + Long.toUnsignedString(headerBytes) + " is over the " + MAX_HEADER_BYTES + "-byte limit");
            }
            if (size - Long.BYTES < headerBytes) {
                throw ModelFileException.of(file, Problem.TRUNCATED, " is truncated: expected a header of "
                        + headerBytes + " bytes, found " + (size - Long.BYTES));
            }
            if (size > AutonetFormat.MAX_FILE_BYTES) {
                throw ModelFileException.of(file, Problem.CORRUPTED, " is too large: " + size
                        + " bytes; AutoNet reads model files of up to " + AutonetFormat.MAX_FILE_BYTES + " bytes");
            }
            String header = header(file, AutonetFormat.read(channel, (int) headerBytes));
            ByteBuffer data = AutonetFormat.read(channel, (int) (size - Long.BYTES - headerBytes));
            return parse(file, header, data);
        }
    }

    private static String header(Path file, ByteBuffer bytes) throws ModelFileException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw ModelFileException.of(file, Problem.NOT_A_MODEL_FILE,
                    " is not a safetensors file: its header is not valid UTF-8");
        }
        if (!text.startsWith("{")) {
            throw ModelFileException.of(file, Problem.NOT_A_MODEL_FILE,
                    " is not a safetensors file: its header does not start with '{'");
        }
        return text;
    }

    private static SafeTensorsFile parse(Path file, String header, ByteBuffer data) throws ModelFileException {
        Object json;
        try {
            json = Json.parse(header);
        } catch (Json.SyntaxException e) {
            throw malformed(file, e.getMessage());
        }
        Map<String, Entry> tensors = new LinkedHashMap<>();
        Map<String, String> metadata = Map.of();
        for (Map.Entry<String, Object> member : asObject(json).entrySet()) {
            if (member.getKey().equals("__metadata__")) {
                metadata = metadata(file, member.getValue());
            } else {
                tensors.put(member.getKey(), entry(file, member.getKey(), member.getValue()));
            }
        }
        checkTiling(file, tensors, data.limit());
        return new SafeTensorsFile(tensors, metadata, data);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object json) {
        return (Map<String, Object>) json; // the header starts with '{', so the value is an object
    }

    private static Map<String, String> metadata(Path file, Object value) throws ModelFileException {
        if (!(value instanceof Map<?, ?> members)) {
            throw malformed(file, "__metadata__ is not an object");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Map.Entry<?, ?> member : members.entrySet()) {
            if (!(member.getValue() instanceof String text)) {
                throw malformed(file, "__metadata__ value " + Json.quote((String) member.getKey())
                        + " is not a string");
            }
            metadata.put((String) member.getKey(), text);
        }
        return metadata;
    }

    private static Entry entry(Path file, String name, Object value) throws ModelFileException {
        String where = "tensor '" + name + "'";
        if (!(value instanceof Map<?, ?> fields)) {
            throw malformed(file, where + " is not an object");
        }
        for (Object key : fields.keySet()) {
            if (!List.of("dtype", "shape", "data_offsets").contains(key)) {
                throw malformed(file, where + " has an unknown field " + Json.quote((String) key));
            }
        }
        if (!(fields.get("dtype") instanceof String dtype)) {
            throw malformed(file, where + " has no \"dtype\" string");
        }
        Integer elementBytes = DTYPE_BYTES.get(dtype);
        if (elementBytes == null) {
            throw malformed(file, where + " has an unknown dtype '" + dtype + "'");
        }
        List<Long> shape = integers(file, where, "shape", fields.get("shape"), -1);
        List<Long> offsets = integers(file, where, "data_offsets", fields.get("data_offsets"), 2);
        long begin = offsets.get(0);
        long end = offsets.get(1);
        if (begin > end) {
            throw malformed(file, where + " has data_offsets [" + begin + ", " + end + "] that end before they begin");
        }
        long bytes = elementBytes;
        for (long dimension : shape) {
            bytes = multiply(file, where, bytes, dimension);
        }
        if (end - begin != bytes) {
            throw malformed(file, where + " of dtype " + dtype + " and shape " + Locations.shape(shape) + " needs "
                    + bytes + " bytes, but its data_offsets [" + begin + ", " + end + "] span " + (end - begin));
        }
        return new Entry(name, dtype, shape, begin, end);
    }

    /** A JSON array of non-negative integers; of exactly {@code length} elements unless it is -1. */
    private static List<Long> integers(Path file, String where, String field, Object value, int length)
            throws ModelFileException {
        if (!(value instanceof List<?> elements) || (length >= 0 && elements.size() != length)) {
            throw malformed(file, where + " has no \"" + field + "\" array"
                    + (length >= 0 ? " of " + length + " integers" : ""));
        }
        List<Long> integers = new ArrayList<>();
        for (Object element : elements) {
            if (!(element instanceof Long integer) || integer < 0) {
                throw malformed(file, where + " has a \"" + field + "\" element that is not a non-negative integer: "
                        + element);
            }
            integers.add(integer);
        }
        return List.copyOf(integers);
    }

    private static long multiply(Path file, String where, long a, long b) throws ModelFileException {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw malformed(file, where + " has a shape too large to exist");
        }
    }

    /** Sorted by offset, the tensors must cover [0, data length) exactly: no gap, no overlap, no excess. */
    private static void checkTiling(Path file, Map<String, Entry> tensors, long dataBytes) throws ModelFileException {
        List<Entry> byOffset = new ArrayList<>(tensors.values());
        byOffset.sort(Comparator.comparingLong(Entry::begin).thenComparingLong(Entry::end));
        long expected = 0;
        String previous = null;
        for (Entry entry : byOffset) {
            if (entry.begin() != expected) {
                throw malformed(file, "tensor '" + entry.name() + "' starts at byte " + entry.begin()
                        + " of the data, but " + (previous == null ? "the data starts at byte 0"
                        : "tensor '" + previous + "' ends at byte " + expected)
                        + "; tensors must follow each other without gaps or overlaps");
            }
            expected = entry.end();
            previous = entry.name();
        }
        if (dataBytes < expected) {
            throw ModelFileException.of(file, Problem.TRUNCATED, " is truncated: expected " + expected
                    + " bytes of tensor data after the header, found " + dataBytes);
        }
        if (dataBytes > expected) {
            throw ModelFileException.of(file, Problem.CORRUPTED, " is corrupted: " + (dataBytes - expected)
                    + " bytes after the last tensor's data");
        }
    }

    private static ModelFileException malformed(Path file, String problem) {
        return ModelFileException.of(file, Problem.CORRUPTED, " has a malformed safetensors header: " + problem);
    }
}
