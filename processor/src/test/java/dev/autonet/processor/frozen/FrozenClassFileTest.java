package dev.autonet.processor.frozen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.processor.codegen.ClassFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the JVM and a shipping application see of a frozen class: one class file, no reference to the
 * AutoNet runtime, every method (the static initializer too) under HotSpot's 8000-byte limit, no
 * allocation per prediction, and safe use from many threads.
 */
class FrozenClassFileTest {
    private static final List<Class<?>> FROZEN = List.of(FrozenMoonsFrozen.class, FrozenMnistFrozen.class,
            FrozenMixedDoubleFrozen.class, FrozenMixedFloatFrozen.class, FrozenGeluProbeFrozen.class, FrozenStepProbeFrozen.class,
            FrozenLiteralsFloatFrozen.class, FrozenLiteralsDoubleFrozen.class);
    private static final int HUGE_METHOD_LIMIT = 8000;

    @Test
    void everyMethodIncludingTheStaticInitializerIsUnderTheJitLimit() {
        for (Class<?> type : FROZEN) {
            Map<String, Integer> sizes = ClassFiles.methodSizes(type);
            for (Map.Entry<String, Integer> method : sizes.entrySet()) {
                assertTrue(method.getValue() < HUGE_METHOD_LIMIT, () -> method.getKey() + " has " + method.getValue() + " bytes");
            }
            if (type == FrozenMnistFrozen.class) {
                assertTrue(sizes.containsKey("FrozenMnistFrozen.<clinit>()V"), sizes::toString);
            }
        }
    }

    @Test
    void noReferenceToTheRuntimeAndNoSecondClassFile() throws IOException {
        for (Class<?> type : FROZEN) {
            String bytes = new String(classBytes(type), StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains("dev/autonet/runtime"), () -> type + " refers to the runtime");
            assertFalse(bytes.contains("dev.autonet.runtime"), () -> type + " names the runtime");
            assertFalse(bytes.contains("AutoNetGenerated"), () -> type + " carries the runtime's marker");
            assertEquals(0, type.getDeclaredClasses().length, () -> type + " has nested classes");
            Path directory = Path.of(type.getProtectionDomain().getCodeSource().getLocation().getPath())
                    .resolve(type.getPackageName().replace('.', '/'));
            try (Stream<Path> files = Files.list(directory)) {
                String prefix = type.getSimpleName() + "$";
                assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(prefix)).toList());
            }
        }
    }

    @Test
    void predictionsAllocateNothing() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported()
                && threads.isThreadAllocatedMemoryEnabled(), "this JVM cannot count allocated bytes per thread");
        float[] moonsInput = {0.5f, -0.25f};
        float[] moonsOutput = new float[1];
        double[] mixedInput = {0.1, 0.2, 0.3};
        double[] mixedOutput = new double[3];
        float[] image = new float[784];
        float[] classes = new float[10];
        Runnable calls = () -> {
            FrozenMoonsFrozen.predict(moonsInput, moonsOutput);
            FrozenMixedDoubleFrozen.predict(mixedInput, mixedOutput);
            FrozenMnistFrozen.predict(image, classes);
        };
        for (int i = 0; i < 3_000; i++) {
            calls.run();
        }
        long least = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) { // the least of several rounds: a JIT or GC event can intrude
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < 1_000; i++) {
                calls.run();
            }
            least = Math.min(least, threads.getCurrentThreadAllocatedBytes() - before);
        }
        assertTrue(least < 1_000, "allocated " + least + " bytes in 1000 calls");
    }

    @Test
    void manyThreadsGetTheSingleThreadedAnswers() throws Exception {
        Random random = new Random(9);
        float[][] inputs = new float[64][784];
        float[][] expected = new float[64][];
        for (int n = 0; n < inputs.length; n++) {
            for (int i = 0; i < 784; i++) {
                inputs[n][i] = random.nextFloat();
            }
            expected[n] = FrozenMnistFrozen.predict(inputs[n]);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    float[] output = new float[10];
                    for (int k = 0; k < 400; k++) {
                        int n = (k * 7 + offset) % inputs.length;
                        FrozenMnistFrozen.predict(inputs[n], output);
                        if (!java.util.Arrays.equals(expected[n], output)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] classBytes(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return in.readAllBytes();
        }
    }
}
