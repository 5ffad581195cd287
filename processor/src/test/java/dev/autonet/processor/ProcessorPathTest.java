package dev.autonet.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.autonet.Activation;
import dev.autonet.processor.validation.Message;
import dev.autonet.runtime.io.ModelFiles;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A processor path without the processor's own dependencies is one clear error per declaration, naming
 * what is missing and how to add it, instead of a {@code NoClassDefFoundError} stack trace: checked on the
 * lookup itself and on a real {@code javac} command, whose processor class loader sees only the jars it is
 * given (javac in this JVM would find the libraries through the test class path).
 */
class ProcessorPathTest {
    private static final String MOONS = String.join("\n",
            "package demo;",
            "",
            "import dev.autonet.Activation;",
            "import dev.autonet.Dense;",
            "import dev.autonet.Loss;",
            "import dev.autonet.LossFunction;",
            "import dev.autonet.Network;",
            "import dev.autonet.runtime.BinaryClassifier;",
            "",
            "@Network(inputs = 2)",
            "@Dense(units = 16, activation = Activation.RELU)",
            "@Dense(units = 1, activation = Activation.SIGMOID)",
            "@Loss(LossFunction.BCE)",
            "public interface Moons extends BinaryClassifier {}",
            "");

    @TempDir
    Path temp;

    @Test
    void namesEachLibraryItsLoaderCannotSee() throws IOException {
        try (URLClassLoader processorOnly = loader(location(AutoNetProcessor.class));
                URLClassLoader withJavaPoet = loader(location(AutoNetProcessor.class), location(JavaFile.class))) {
            assertEquals(List.of("dev.autonet:autonet-annotations", "dev.autonet:autonet-runtime",
                    "com.palantir.javapoet:javapoet"), ProcessorPath.missing(processorOnly));
            assertEquals(List.of("dev.autonet:autonet-annotations", "dev.autonet:autonet-runtime"),
                    ProcessorPath.missing(withJavaPoet));
        }
        assertEquals(List.of(), ProcessorPath.missing(AutoNetProcessor.class.getClassLoader()));
    }

    @Test
    void javacWithAnIncompleteProcessorPathGetsOneErrorOnTheDeclaration() throws Exception {
        Result result = javac(location(AutoNetProcessor.class), location(JavaFile.class));
        assertEquals(1, result.status, result.output);
        String expected = Message.PROCESSOR_PATH.format("Moons",
                "dev.autonet:autonet-annotations, dev.autonet:autonet-runtime");
        assertTrue(result.output.contains("Moons.java:14: error: " + expected), result.output);
        assertTrue(result.output.contains("1 error"), result.output);
        assertFalse(result.output.contains("uncaught exception"), result.output);
        assertFalse(Files.exists(temp.resolve("out/demo/MoonsModel.java")), "nothing is generated");
    }

    @Test
    void javacWithTheWholeProcessorPathGeneratesTheModel() throws Exception {
        Result result = javac(location(AutoNetProcessor.class), location(JavaFile.class),
                location(Activation.class), location(ModelFiles.class));
        assertEquals(0, result.status, result.output);
        assertTrue(Files.exists(temp.resolve("out/demo/MoonsModel.java")), result.output);
        assertTrue(Files.exists(temp.resolve("out/demo/MoonsTrainer.class")), result.output);
    }

    private record Result(int status, String output) {}

    private Result javac(Path... processorPath) throws IOException, InterruptedException {
        Path source = temp.resolve("src/demo/Moons.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, MOONS, StandardCharsets.UTF_8);
        Path out = Files.createDirectories(temp.resolve("out"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-d", out.toString(), "-s", out.toString(),
                "-classpath", path(location(Activation.class), location(ModelFiles.class)),
                "-processorpath", path(processorPath),
                source.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private static String path(Path... entries) {
        return Stream.of(entries).map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private static URLClassLoader loader(Path... entries) throws IOException {
        URL[] urls = new URL[entries.length];
        for (int i = 0; i < entries.length; i++) {
            urls[i] = entries[i].toUri().toURL();
        }
        return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    }

    /** The jar or class directory {@code type} was loaded from. */
    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
