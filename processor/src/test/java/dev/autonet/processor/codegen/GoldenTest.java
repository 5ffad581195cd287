package dev.autonet.processor.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.autonet.processor.AutoNetProcessor;
import dev.autonet.processor.good.TinyModel;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated source of {@code good/Tiny} (2 -> 3 PRELU -> 1 SIGMOID, BCE, extends BinaryClassifier)
 * against the golden file {@code src/test/resources/expected/TinyModel.java}, and of
 * {@code good/Vectors.MoonsFloat} (backend = VECTOR) against {@code Vectors_MoonsFloatModel.java}, so that every change to
 * generated code shows up in review as a diff. Behaviour is tested elsewhere; this guards readability.
 *
 * <p>The source compared is the one javac's Filer wrote during this module's test-compile, found at
 * {@code target/generated-test-sources/test-annotations} beside {@code target/test-classes}. A second test
 * runs the processor in-process twice on Tiny.java (compile-testing) and requires the same text each
 * time, and the same as the build's: generation is deterministic.
 *
 * <p>To regenerate the golden after an intended change of the generator, run
 * <pre>
 *   mvn -B -pl processor test -Dtest=GoldenTest -Dautonet.updateGoldens=true
 * </pre>
 * which rewrites the file instead of comparing; review its diff and commit it. The golden directory comes
 * from the system property {@code autonet.goldenDir}, which processor/pom.xml sets for surefire.
 */
class GoldenTest {
    private static final String PACKAGE_PATH = "dev/autonet/processor/good/";

    @Test
    void tinyModelMatchesTheGolden() throws Exception {
        assertMatchesGolden("TinyModel.java");
    }

    /** {@code good/Vectors.MoonsFloat}: the backend = VECTOR model. */
    @Test
    void vectorMoonsModelMatchesTheGolden() throws Exception {
        assertMatchesGolden("Vectors_MoonsFloatModel.java");
    }

    private static void assertMatchesGolden(String file) throws Exception {
        String generated = Files.readString(generatedByTheBuild(file), StandardCharsets.UTF_8);
        Path golden = goldenDir().resolve(file);
        if (Boolean.getBoolean("autonet.updateGoldens")) {
            Files.writeString(golden, generated, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(golden), golden + " is missing; create it with -Dautonet.updateGoldens=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), generated,
                file + " differs from its golden; if the change is intended, regenerate it with "
                        + "-Dautonet.updateGoldens=true and review the diff");
    }

    @Test
    void generationIsDeterministic() throws Exception {
        Path declaration = goldenDir().resolve("../../java/" + PACKAGE_PATH + "Tiny.java").normalize();
        String source = Files.readString(declaration, StandardCharsets.UTF_8);
        String first = generateInProcess(source);
        String second = generateInProcess(source);
        assertEquals(first, second);
        assertEquals(Files.readString(generatedByTheBuild("TinyModel.java"), StandardCharsets.UTF_8), first);
    }

    private static String generateInProcess(String source) throws IOException {
        Compilation compilation = Compiler.javac()
                .withProcessors(new AutoNetProcessor())
                .compile(JavaFileObjects.forSourceString("dev.autonet.processor.good.Tiny", source));
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());
        JavaFileObject model = compilation.generatedSourceFile("dev.autonet.processor.good.TinyModel")
                .orElseThrow(() -> new AssertionError("no TinyModel among " + compilation.generatedSourceFiles()));
        return model.getCharContent(false).toString();
    }

    private static Path generatedByTheBuild(String file) throws URISyntaxException {
        return generatedByTheBuild().resolve(PACKAGE_PATH + file);
    }

    /** Where this module's test-compile wrote the generated sources: beside {@code target/test-classes}. */
    static Path generatedByTheBuild() throws URISyntaxException {
        Path testClasses = Path.of(TinyModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return testClasses.resolveSibling("generated-test-sources").resolve("test-annotations");
    }

    private static Path goldenDir() {
        String dir = System.getProperty("autonet.goldenDir");
        assertTrue(dir != null, "system property autonet.goldenDir is not set (processor/pom.xml sets it for surefire)");
        return Path.of(dir);
    }
}
