package dev.autonet.processor.batched;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The vector output sigmoid of VECTOR FLOAT models, which their batched predictions take on JDK 25 and later,
 * checked on every JDK by {@link VectorSigmoidCheck} in a child JVM: the same bits as the scalar
 * {@code Activations.sigmoidFast}, before and after C2 compiles it. A child JVM, because on JDK 17 running it
 * left other VECTOR models' kernels in the same JVM boxing their vectors, and this test JVM runs many of them.
 */
class VectorSigmoidTest {
    @Test
    void givesTheScalarSigmoidsBits() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "--add-modules", "jdk.incubator.vector",
                "-cp", System.getProperty("java.class.path"), VectorSigmoidCheck.class.getName())
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the check did not end within 60 s:\n" + output);
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.contains("checked "), output);
    }
}
