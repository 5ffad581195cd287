package dev.autonet.benchmarks;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Where a cold javac spends its time on the 784-256-128-10 declaration (issue "Performance", item 7): one
 * compilation with the AutoNet processor in this fresh JVM, timed per javac phase and source file with a
 * {@link TaskListener}. Run it in a JVM of its own, as the compile-time profile does: a second compilation
 * in the same JVM is warm and says nothing about a cold one. A measurement, not a test: nothing is asserted.
 *
 * <p>Events overlap: {@code ANNOTATION_PROCESSING} contains the processing rounds and the parsing and
 * entering of the generated files, and {@code COMPILATION} everything after the set-up; javac enters the
 * generated files together, so their {@code ENTER} lines show the same interval.
 */
public final class CompilePhases {
    private CompilePhases() {}

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args.length > 0 ? args[0] : "benchmarks/src/main/java/dev/autonet/benchmarks/Mnist.java");
        String classPath = CompileTime.libraries();
        Path output = Files.createTempDirectory("autonet-compile-phases");
        long start = System.nanoTime();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StandardJavaFileManager files = javac.getStandardFileManager(null, null, null);
        Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(source.toFile());
        List<String> options = List.of("-d", output.toString(), "-s", output.toString(), "-classpath", classPath,
                "-processorpath", classPath, "-processor", CompileTime.PROCESSOR, "-implicit:none");
        StringWriter diagnostics = new StringWriter();
        JavacTask task = (JavacTask) javac.getTask(diagnostics, files, null, options, null, units);
        Map<String, Long> started = new HashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        task.addTaskListener(new TaskListener() {
            @Override
            public void started(TaskEvent event) {
                started.put(key(event), System.nanoTime());
            }

            @Override
            public void finished(TaskEvent event) {
                String key = key(event);
                Long began = started.remove(key);
                if (began != null) {
                    totals.merge(key, System.nanoTime() - began, Long::sum);
                }
            }
        });
        long setUp = System.nanoTime();
        boolean compiled = task.call();
        long end = System.nanoTime();
        if (!compiled) {
            throw new IllegalStateException("javac failed:\n" + diagnostics);
        }
        System.out.printf("cold javac %s with the AutoNet processor, %s: set-up %.0f ms, compilation %.0f ms%n",
                Runtime.version(), source.getFileName(), (setUp - start) / 1e6, (end - setUp) / 1e6);
        totals.forEach((phase, nanos) -> System.out.printf("  %-50s %6.0f ms%n", phase, nanos / 1e6));
        CompileTime.deleteTree(output);
    }

    private static String key(TaskEvent event) {
        JavaFileObject file = event.getSourceFile();
        return file == null ? event.getKind().toString()
                : event.getKind() + " " + file.getName().substring(file.getName().lastIndexOf(File.separatorChar) + 1);
    }
}
