package dev.autonet.processor.codegen;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Parameters of a frozen class's looped layers, too many for literals in code: each array is stored as
 * Base64 text of its little-endian IEEE 754 bits in String constants, and decoded once, when the class is
 * initialized. The JVM's limits shape the pieces: a String constant holds at most 65535 bytes of modified
 * UTF-8 (Base64 is ASCII, one byte a character), so the text is cut into chunks of {@link #CHUNK_CHARS};
 * each loader method decodes at most {@link #CHUNKS_PER_METHOD} chunks (10 bytes of bytecode each), far
 * under HotSpot's 8000-byte limit, and the static initializer only calls the loaders.
 */
final class FrozenArrays {
    /** Base64 characters per String constant: 45000 bytes, a multiple of 8 so no value is split. */
    static final int CHUNK_CHARS = 60_000;
    /** Chunks one loader method decodes. */
    static final int CHUNKS_PER_METHOD = 300;

    private final Numeric numeric;
    private final int chunkChars;
    private final int chunksPerMethod;
    private final List<FieldSpec> fields = new ArrayList<>();
    private final List<MethodSpec> methods = new ArrayList<>();

    FrozenArrays(Numeric numeric) {
        this(numeric, CHUNK_CHARS, CHUNKS_PER_METHOD);
    }

    /**
     * With other limits, so that a test reaches the split loaders with a small array. {@code chunkChars} must
     * be a multiple of 32 (24 bytes: whole floats and doubles).
     */
    FrozenArrays(Numeric numeric, int chunkChars, int chunksPerMethod) {
        if (chunkChars <= 0 || chunkChars % 32 != 0 || chunksPerMethod <= 0) {
            throw new IllegalArgumentException("chunkChars " + chunkChars + ", chunksPerMethod " + chunksPerMethod);
        }
        this.numeric = numeric;
        this.chunkChars = chunkChars;
        this.chunksPerMethod = chunksPerMethod;
    }

    /** Whether any array was added, so the decoder is needed. */
    boolean any() {
        return !fields.isEmpty();
    }

    List<FieldSpec> fields() {
        return fields;
    }

    /** The loaders, then {@code decode}. */
    List<MethodSpec> methods() {
        List<MethodSpec> all = new ArrayList<>(methods);
        if (any()) {
            all.add(decode());
        }
        return all;
    }

    /*
     * private static final float[] DENSE1_WEIGHTS = dense1Weights();
     *
     * private static float[] dense1Weights() {
     *     float[] values = new float[200704];
     *     decode(values, 0, "AAAA...");
     *     decode(values, 11250, "AAAA...");
     *     return values;
     * }
     */
    void add(String field, String loader, String doc, double[] values) {
        fields.add(FieldSpec.builder(numeric.array(), field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .initializer("$N()", loader)
                .build());
        List<String> chunks = chunks(values);
        int perChunk = chunkChars / 4 * 3 / bytesPerValue();
        MethodSpec.Builder method = MethodSpec.methodBuilder(loader)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(numeric.array())
                .addStatement("$T values = new $T[$L]", numeric.array(), numeric.scalar(), values.length);
        if (chunks.size() <= chunksPerMethod) {
            addDecodes(method, chunks, 0, chunks.size(), perChunk);
        } else {
            for (int first = 0, part = 1; first < chunks.size(); first += chunksPerMethod, part++) {
                String partName = loader + "Part" + part;
                MethodSpec.Builder partMethod = MethodSpec.methodBuilder(partName)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(numeric.array(), "values");
                addDecodes(partMethod, chunks, first, Math.min(chunks.size(), first + chunksPerMethod), perChunk);
                methods.add(partMethod.build());
                method.addStatement("$N(values)", partName);
            }
        }
        methods.add(method.addStatement("return values").build());
    }

    private static void addDecodes(MethodSpec.Builder method, List<String> chunks, int from, int to, int perChunk) {
        for (int c = from; c < to; c++) {
            method.addStatement("decode(values, $L, $S)", c * perChunk, chunks.get(c));
        }
    }

    /*
     * private static void decode(float[] values, int offset, String chunk) {
     *     ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(chunk)).order(ByteOrder.LITTLE_ENDIAN);
     *     bytes.asFloatBuffer().get(values, offset, bytes.remaining() / Float.BYTES);
     * }
     */
    private MethodSpec decode() {
        boolean floats = numeric == Numeric.FLOAT;
        return MethodSpec.methodBuilder("decode")
                .addJavadoc("Writes the values whose little-endian IEEE 754 bits {@code chunk} holds in Base64 into\n"
                        + "{@code values}, from {@code offset}. Runs once per chunk, while the class is initialized.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(numeric.array(), "values")
                .addParameter(int.class, "offset")
                .addParameter(String.class, "chunk")
                .addStatement("$T bytes = $T.wrap($T.getDecoder().decode(chunk)).order($T.LITTLE_ENDIAN)",
                        ByteBuffer.class, ByteBuffer.class, Base64.class, ByteOrder.class)
                .addStatement("bytes.$N().get(values, offset, bytes.remaining() / $T.BYTES)",
                        floats ? "asFloatBuffer" : "asDoubleBuffer", floats ? Float.class : Double.class)
                .build();
    }

    private List<String> chunks(double[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * bytesPerValue()).order(ByteOrder.LITTLE_ENDIAN);
        for (double value : values) {
            if (numeric == Numeric.FLOAT) {
                bytes.putFloat((float) value);
            } else {
                bytes.putDouble(value);
            }
        }
        String text = Base64.getEncoder().encodeToString(bytes.array());
        List<String> chunks = new ArrayList<>();
        for (int start = 0; start < text.length(); start += chunkChars) {
            chunks.add(text.substring(start, Math.min(text.length(), start + chunkChars)));
        }
        return chunks;
    }

    private int bytesPerValue() {
        return numeric == Numeric.FLOAT ? Float.BYTES : Double.BYTES;
    }
}
