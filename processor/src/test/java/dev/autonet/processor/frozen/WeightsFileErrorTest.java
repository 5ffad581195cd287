package dev.autonet.processor.frozen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.autonet.processor.AutoNetProcessor;
import dev.autonet.processor.good.MoonsModel;
import dev.autonet.processor.validation.Message;
import dev.autonet.runtime.io.ModelFileException;
import dev.autonet.runtime.io.ModelFiles;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32C;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A weights file that cannot be frozen is one compile error on the {@code weights} value, naming the file,
 * and nothing is generated for the declaration. Files are put on javac's class path (a temp directory
 * added to the test's class path), where compile-testing's javac finds resources: its class output is in
 * memory.
 */
class WeightsFileErrorTest {
    private static final String MOONS_LAYERS = String.join("\n",
            "@Dense(units = 32, activation = RELU)",
            "@Dense(units = 16, activation = RELU)",
            "@Dense(units = 8, activation = RELU)",
            "@Dense(units = 1, activation = SIGMOID)",
            "@Loss(BCE)",
            "interface Net {}");

    @TempDir
    Path resources;

    @Test
    void aGoodFileOnTheClassPathIsFrozen() throws IOException {
        Compilation compilation = compile(declaration(2, "frozen/moons.autonet"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.NetFrozen");
        assertThat(compilation).generatedSourceFile("test.NetModel");
    }

    @Test
    void aVectorNetworksFrozenClassPromisesTheScalarNumbersOnly() throws IOException {
        JavaFileObject scalar = declaration(2, "frozen/moons.autonet");
        JavaFileObject vector = JavaFileObjects.forSourceLines("test.Net",
                scalar.getCharContent(false).toString().replace("weights = ", "backend = Backend.VECTOR, weights = "));
        String scalarDoc = frozenSource(compile(scalar));
        assertTrue(scalarDoc.contains("Predicts exactly what {@code NetModel.load(file)} predicts for the same file."),
                scalarDoc);
        Compilation compilation = compiler(new AutoNetProcessor())
                .withOptions("--add-modules", "jdk.incubator.vector").compile(vector);
        assertThat(compilation).succeeded();
        String vectorDoc = frozenSource(compilation);
        assertTrue(vectorDoc.contains("Predicts exactly what a SCALAR model predicts for the same file; {@code NetModel}, whose\n"
                + " * backend is VECTOR (fused multiply-adds, sums in another order), agrees to rounding."), vectorDoc);
        assertFalse(vectorDoc.contains("NetModel.load(file)} predicts"), vectorDoc);
    }

    private static String frozenSource(Compilation compilation) throws IOException {
        return compilation.generatedSourceFile("test.NetFrozen").orElseThrow().getCharContent(false).toString();
    }

    @Test
    void missingFile() throws IOException {
        JavaFileObject file = declaration(2, "models/none.autonet");
        Compilation compilation = compile(file);
        String message = onlyError(compilation, file);
        String prefix = "[autonet.weights-file] weights = \"models/none.autonet\" names no file: looked for the "
                + "resource models/none.autonet in CLASS_OUTPUT (";
        assertTrue(message.startsWith(prefix), message);
        assertTrue(message.contains("), SOURCE_PATH, CLASS_PATH. Put the .autonet file there"), message);
    }

    @Test
    void corruptedFile() throws IOException {
        byte[] bytes = moonsBytes();
        bytes[bytes.length / 2] ^= 0x10; // a parameter bit: only the checksum can tell
        assertCorrupted(bytes, "checksum mismatch");
    }

    @Test
    void truncatedFile() throws IOException {
        byte[] bytes = moonsBytes();
        assertCorrupted(java.util.Arrays.copyOf(bytes, bytes.length - 100), "is truncated: expected 3076 bytes of parameters");
    }

    @Test
    void notAModelFile() throws IOException {
        assertCorrupted("this is text, not parameters".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "bad magic");
    }

    @Test
    void fileOfAnotherNetworkShowsBothFingerprints() throws IOException {
        put("bad/net.autonet", moonsBytes());
        JavaFileObject file = declaration(3, "bad/net.autonet");
        Compilation compilation = compile(file);
        String message = onlyError(compilation, file);
        assertEquals(Message.WEIGHTS_MISMATCH.format("bad/net.autonet", runtimeSays(3, "bad/net.autonet"), "NetModel"),
                message);
        assertTrue(message.contains("'inputs=2;precision=FLOAT;dense1=2x32:RELU;"), message);
        assertTrue(message.contains("'inputs=3;precision=FLOAT;dense1=3x32:RELU;"), message);
    }

    @Test
    void nonFiniteParameter() throws IOException {
        byte[] bytes = moonsBytes();
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int parameters = 24 + buffer.getInt(16);
        buffer.putFloat(parameters + 4 * 17, Float.NaN);
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        buffer.putInt(bytes.length - 4, (int) crc.getValue());
        put("bad/net.autonet", bytes);
        JavaFileObject file = declaration(2, "bad/net.autonet");
        Compilation compilation = compile(file);
        assertEquals(Message.WEIGHTS_NOT_FINITE.format("bad/net.autonet", runtimeSays(2, "bad/net.autonet")),
                onlyError(compilation, file));
        assertTrue(onlyError(compilation, file).contains("parameter 17 (dense1's W[0][17]) is NaN"));
    }

    private void assertCorrupted(byte[] bytes, String detail) throws IOException {
        put("bad/net.autonet", bytes);
        JavaFileObject file = declaration(2, "bad/net.autonet");
        Compilation compilation = compile(file);
        String message = onlyError(compilation, file);
        assertEquals(Message.WEIGHTS_CORRUPTED.format("bad/net.autonet", runtimeSays(2, "bad/net.autonet"), "NetModel"),
                message);
        assertTrue(message.contains(detail), message);
    }

    /** What the runtime's loader says about the file, with the resource path as the file's name. */
    private String runtimeSays(int inputs, String resource) {
        Path file = resources.resolve(resource);
        dev.autonet.runtime.Architecture moons = MoonsModel.ARCHITECTURE;
        dev.autonet.runtime.Architecture architecture = new dev.autonet.runtime.Architecture(inputs, "FLOAT",
                inputs == 2 ? moons.layers() : withInputs(moons, inputs), moons.loss(), moons.huberDelta());
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ModelFiles.loadFloats(file, architecture, "NetModel"));
        return resource + e.getMessage().substring(file.toString().length());
    }

    private static List<dev.autonet.runtime.Architecture.Layer> withInputs(dev.autonet.runtime.Architecture a, int inputs) {
        List<dev.autonet.runtime.Architecture.Layer> layers = new ArrayList<>(a.layers());
        dev.autonet.runtime.Architecture.Layer first = layers.get(0);
        layers.set(0, new dev.autonet.runtime.Architecture.Layer(first.name(), inputs, first.units(), first.activation(),
                first.alpha()));
        return layers;
    }

    /** Exactly one error, on the weights value, with nothing generated; returns its text. */
    private String onlyError(Compilation compilation, JavaFileObject file) throws IOException {
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        RecordingProcessor recording = new RecordingProcessor();
        assertThat(compiler(recording).compile(file)).hadErrorCount(1);
        assertEquals(List.of(), recording.created(), "generated although the weights file was rejected");
        Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
        List<String> lines = file.getCharContent(true).toString().lines().toList();
        int line = 0;
        while (!lines.get(line).contains("weights =")) {
            line++;
        }
        assertEquals(line + 1, error.getLineNumber());
        assertEquals(lines.get(line).indexOf("\"") + 1, error.getColumnNumber());
        return error.getMessage(Locale.ROOT);
    }

    private static JavaFileObject declaration(int inputs, String weights) {
        return JavaFileObjects.forSourceLines("test.Net",
                "package test;",
                "",
                "import dev.autonet.*;",
                "import static dev.autonet.Activation.*;",
                "import static dev.autonet.LossFunction.*;",
                "",
                "@Network(inputs = " + inputs + ", weights = \"" + weights + "\")",
                MOONS_LAYERS);
    }

    private Compilation compile(JavaFileObject file) {
        return compiler(new AutoNetProcessor()).compile(file);
    }

    private Compiler compiler(javax.annotation.processing.Processor processor) {
        List<File> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(new File(entry));
        }
        classPath.add(resources.toFile());
        return Compiler.javac().withProcessors(processor).withClasspath(classPath);
    }

    private void put(String resource, byte[] bytes) throws IOException {
        Path file = resources.resolve(resource);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static byte[] moonsBytes() throws IOException {
        return Files.readAllBytes(FrozenPredictionTest.resource("moons.autonet"));
    }
}
