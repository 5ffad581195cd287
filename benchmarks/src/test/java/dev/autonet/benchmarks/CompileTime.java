package dev.autonet.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compile-time cost of the 784-256-128-10 declaration (issue "Performance", item 7): runs javac in this JVM
 * (ToolProvider) on {@code Mnist.java} {@code runs} times with the AutoNet processor and as many times
 * without it ({@code -proc:none}), and prints the first (cold) and median (warm) wall times of each, then
 * the generated sources' sizes in bytes and lines; then it
 * starts the {@code javac} command beside this JVM {@code runs} times each way (JVM start-up included), as a
 * build tool without a warm compiler daemon does, once with the JVM's defaults and once with
 * {@code -J-XX:TieredStopAtLevel=1}. A measurement, not a test: nothing is asserted.
 *
 * <p>{@code mvn -B -q -pl benchmarks -am -DskipTests -Pcompile-time process-test-classes}, or
 * {@code java -cp <test class path> dev.autonet.benchmarks.CompileTime [runs] [path/to/Mnist.java]}.
 * The processor, its dependencies, the annotations and the runtime come from this JVM's class path.
 */
public final class CompileTime {
    static final String PROCESSOR = "dev.autonet.processor.AutoNetProcessor";
    private static final List<String> EXCLUDED_LIBRARIES = List.of("/org/junit/", "/org/opentest4j/",
            "/org/apiguardian/", "/org/openjdk/jmh/", "/net/sf/jopt-simple/", "/org/apache/commons/");
    /**
     * C1 only in javac's JVM: a short compilation is over before C2's code pays for its compile time, and on
     * a 2-core machine C2 competes with javac for the second core.
     */
    private static final String C1_ONLY = "-J-XX:TieredStopAtLevel=1";
    private static final String DEFAULT_SOURCE = "benchmarks/src/main/java/dev/autonet/benchmarks/Mnist.java";

    private CompileTime() {}

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path source = Path.of(args.length > 1 ? args[1] : DEFAULT_SOURCE);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classPath = libraries();
        System.out.printf("javac %s (%s), %d runs each, source %s%n", Runtime.version(),
                System.getProperty("java.vm.name"), runs, source);
        System.out.printf("class path = processor path: %s%n", Arrays.stream(classPath.split(File.pathSeparator))
                .map(CompileTime::shortName).collect(Collectors.joining(" ")));

        long[] withProcessor = new long[runs];
        long[] withoutProcessor = new long[runs];
        Path lastOutput = null;
        for (int run = 0; run < runs; run++) {
            // Alternate, so that JIT warm-up of javac itself favours neither.
            lastOutput = Files.createTempDirectory("autonet-compile-time");
            withProcessor[run] = compile(javac, source, classPath, lastOutput, true);
            Path plain = Files.createTempDirectory("autonet-compile-time-plain");
            withoutProcessor[run] = compile(javac, source, classPath, plain, false);
            deleteTree(plain);
        }
        long[] launcher = new long[runs];
        long[] launcherWithout = new long[runs];
        long[] launcherC1 = new long[runs];
        long[] launcherC1Without = new long[runs];
        for (int run = 0; run < runs; run++) {
            launcher[run] = launch(source, classPath, true, List.of());
            launcherWithout[run] = launch(source, classPath, false, List.of());
            launcherC1[run] = launch(source, classPath, true, List.of(C1_ONLY));
            launcherC1Without[run] = launch(source, classPath, false, List.of(C1_ONLY));
        }
        report("with the AutoNet processor", withProcessor);
        report("without processing (-proc:none)", withoutProcessor);
        report("command, with the processor", launcher);
        report("command, -proc:none", launcherWithout);
        report("command, processor, " + C1_ONLY, launcherC1);
        report("command, -proc:none, " + C1_ONLY, launcherC1Without);
        System.out.printf("processor's share (medians, with - without): %.0f ms in one JVM, %.0f ms as a command,"
                        + " %.0f ms as a command with %s%n",
                (median(withProcessor) - median(withoutProcessor)) / 1e6,
                (median(launcher) - median(launcherWithout)) / 1e6,
                (median(launcherC1) - median(launcherC1Without)) / 1e6, C1_ONLY);
        reportSizes(lastOutput);
        deleteTree(lastOutput);
    }

    /**
     * The jars a user's build hands javac: this JVM's class path less this module's own classes (they hold
     * an already generated MnistModel) and the test and benchmark libraries (JUnit, JMH).
     */
    static String libraries() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty() && !isExcluded(Path.of(entry).toAbsolutePath().normalize()))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** A jar's file name, or {@code module/target/classes} for a reactor module's classes. */
    private static String shortName(String entry) {
        Path path = Path.of(entry).toAbsolutePath().normalize();
        if (path.getFileName().toString().equals("classes") && path.getNameCount() >= 3) {
            return path.subpath(path.getNameCount() - 3, path.getNameCount()).toString();
        }
        return path.getFileName().toString();
    }

    private static boolean isExcluded(Path entry) {
        String path = entry.toString().replace(File.separatorChar, '/');
        return path.contains("/benchmarks/target/") || EXCLUDED_LIBRARIES.stream().anyMatch(path::contains);
    }

    private static List<String> options(Path source, String classPath, Path output, boolean process) {
        List<String> options = new ArrayList<>(List.of("-d", output.toString(), "-s", output.toString(),
                "-classpath", classPath, "-implicit:none"));
        if (process) {
            options.addAll(List.of("-processorpath", classPath, "-processor", PROCESSOR));
        } else {
            options.add("-proc:none");
        }
        options.add(source.toString());
        return options;
    }

    private static long compile(JavaCompiler javac, Path source, String classPath, Path output, boolean process) {
        List<String> options = options(source, classPath, output, process);
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int status = javac.run(null, diagnostics, diagnostics, options.toArray(String[]::new));
        long elapsed = System.nanoTime() - start;
        if (status != 0) {
            throw new IllegalStateException("javac failed (" + status + "):\n" + diagnostics);
        }
        return elapsed;
    }

    /**
     * The {@code javac} command beside this JVM, as a build tool starts it: JVM start-up included, into a
     * fresh output directory; {@code jvmOptions} go to javac's JVM.
     */
    private static long launch(Path source, String classPath, boolean process, List<String> jvmOptions)
            throws IOException {
        Path output = Files.createTempDirectory("autonet-compile-time-launcher");
        Path javacCommand = Path.of(System.getProperty("java.home"), "bin", "javac");
        List<String> command = new ArrayList<>(List.of(javacCommand.toString()));
        command.addAll(jvmOptions);
        command.addAll(options(source, classPath, output, process));
        long start = System.nanoTime();
        Process javacProcess = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(javacProcess.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status;
        try {
            status = javacProcess.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        long elapsed = System.nanoTime() - start;
        deleteTree(output);
        if (status != 0) {
            throw new IllegalStateException("javac failed (" + status + "):\n" + log);
        }
        return elapsed;
    }

    private static void report(String what, long[] nanos) {
        System.out.printf("javac %-32s first (cold) %6.0f ms, median of all %6.0f ms, min %6.0f ms, max %6.0f ms%n",
                what, nanos[0] / 1e6, median(nanos) / 1e6, Arrays.stream(nanos).min().orElse(0) / 1e6,
                Arrays.stream(nanos).max().orElse(0) / 1e6);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    private static void reportSizes(Path output) throws IOException {
        List<Path> generated;
        try (Stream<Path> files = Files.walk(output)) {
            generated = files.filter(Files::isRegularFile).sorted().toList();
        }
        long totalBytes = 0;
        long totalLines = 0;
        for (Path file : generated) {
            long bytes = Files.size(file);
            String name = output.relativize(file).toString().replace(File.separatorChar, '/');
            if (name.endsWith(".java")) {
                long lines;
                try (Stream<String> text = Files.lines(file)) {
                    lines = text.count();
                }
                totalBytes += bytes;
                totalLines += lines;
                System.out.printf("generated %-50s %8d bytes %6d lines%n", name, bytes, lines);
            } else {
                System.out.printf("class     %-50s %8d bytes%n", name, bytes);
            }
        }
        System.out.printf("generated sources total %43d bytes %6d lines%n", totalBytes, totalLines);
    }

    static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
