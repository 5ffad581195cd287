package dev.autonet.runtime.io;

import static dev.autonet.runtime.io.Fixtures.FLOAT_NET;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.runtime.internal.AtomicWrite;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save that dies halfway leaves the previous file byte for byte as it was: once as an IOException in the
 * middle of writing (the temporary file is then deleted), once as a real crash, a second JVM that halts
 * halfway through writing (the temporary file then stays behind, harmless).
 */
class AtomicSaveTest {
    private static final int EXIT_CODE = 77;

    @TempDir
    Path directory;

    @Test
    void failedWriteLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path file = directory.resolve("model.autonet");
        ModelFiles.save(file, FLOAT_NET, Fixtures.floats(13));
        byte[] before = Files.readAllBytes(file);

        byte[] next = AutonetFormat.encode(FLOAT_NET.fingerprint(), new float[13]);
        IOException e = assertThrows(IOException.class,
                () -> AtomicWrite.write(file, next, "model", failAfter(next.length / 2)));
        assertEquals("cannot write model to " + file + ": simulated crash after " + next.length / 2 + " bytes",
                e.getMessage());
        assertEquals("simulated crash after " + next.length / 2 + " bytes", e.getCause().getMessage());

        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), ModelFilesTest.list(directory), "no temporary file is left behind");
        ModelFiles.loadFloats(file, FLOAT_NET, "TestModel");
    }

    @Test
    void failedFirstWriteLeavesNothing() throws IOException {
        Path file = directory.resolve("new.autonet");
        byte[] content = AutonetFormat.encode(FLOAT_NET.fingerprint(), new float[13]);
        assertThrows(IOException.class, () -> AtomicWrite.write(file, content, "model", failAfter(10)));
        assertEquals(List.of(), ModelFilesTest.list(directory));
    }

    @Test
    void crashedJvmLeavesThePreviousFile() throws Exception {
        Path file = directory.resolve("model.autonet");
        float[] previous = Fixtures.floats(13);
        ModelFiles.save(file, FLOAT_NET, previous);
        byte[] before = Files.readAllBytes(file);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingSave.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the crashing JVM did not finish");
        String output = new String(child.getInputStream().readAllBytes());
        assertEquals(EXIT_CODE, child.exitValue(), "the child should halt mid-write; it printed: " + output);

        assertArrayEquals(before, Files.readAllBytes(file));
        assertArrayEquals(ModelFilesTest.bits(previous),
                ModelFilesTest.bits(ModelFiles.loadFloats(file, FLOAT_NET, "TestModel")));
        List<Path> files = ModelFilesTest.list(directory);
        assertEquals(2, files.size(), "the crash leaves its temporary file: " + files);
        String leftover = files.get(0).getFileName().toString();
        assertTrue(leftover.startsWith(".model.autonet.") && leftover.endsWith(".tmp"), leftover);
        assertEquals(CrashingSave.HALT_AFTER, Files.size(files.get(0)));
    }

    /** Writes through to the file, then throws once {@code limit} bytes have gone through. */
    static UnaryOperator<OutputStream> failAfter(int limit) {
        return out -> new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                int allowed = Math.min(len, limit - written);
                out.write(b, off, allowed);
                written += allowed;
                if (allowed < len) {
                    throw new IOException("simulated crash after " + written + " bytes");
                }
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }
        };
    }

    /** The second JVM: saves new parameters over the file and halts, as a power cut would, halfway through. */
    static final class CrashingSave {
        static final int HALT_AFTER = 40;

        public static void main(String[] args) throws IOException {
            byte[] content = AutonetFormat.encode(FLOAT_NET.fingerprint(), new float[13]);
            AtomicWrite.write(Path.of(args[0]), content, "model", out -> new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, HALT_AFTER);
                    out.flush();
                    Runtime.getRuntime().halt(EXIT_CODE); // no finally blocks, no cleanup: a crash
                }
            });
            System.exit(0); // not reached
        }
    }
}
