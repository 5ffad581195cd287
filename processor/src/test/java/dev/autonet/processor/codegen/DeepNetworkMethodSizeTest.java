package dev.autonet.processor.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.autonet.processor.AutoNetProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deep networks keep every generated method, of the model and of the trainer, under HotSpot's 8000-byte
 * limit too, up to the 450 layers validation allows ({@code too-deep}): work repeated per layer (the
 * trainer's buffers, forward and backward passes, the dead-unit record) is split into pieces. Each network is compiled in-process and the sizes are read from the class
 * files javac wrote.
 */
class DeepNetworkMethodSizeTest {
    private static final int HUGE_METHOD_LIMIT = 8000;

    @ParameterizedTest(name = "{0} x {1} units, {2}, {3}")
    @CsvSource({
        "400, 1, RELU, FLOAT",
        "150, 4, RELU, FLOAT",
        "150, 4, PRELU, DOUBLE",
        "449, 1, RELU, DOUBLE",
        "449, 1, PRELU, FLOAT",
        "449, 1, RELU, 'FLOAT, backend = Backend.VECTOR'",
        "449, 40, RELU, DOUBLE"})
    void everyMethodOfADeepNetworkIsUnderTheLimit(int layers, int units, String activation, String precision)
            throws IOException {
        Compilation compilation = Compiler.javac()
                .withProcessors(new AutoNetProcessor())
                .withOptions("--add-modules", "jdk.incubator.vector")
                .compile(deep(layers, units, activation, precision));
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> compilation.errors().toString());
        Map<String, Integer> sizes = methodSizes(compilation);
        assertTrue(sizes.keySet().stream().anyMatch(m -> m.startsWith("DeepTrainer.")), sizes.keySet().toString());
        List<String> tooLarge = new ArrayList<>();
        sizes.forEach((method, bytes) -> {
            if (bytes >= HUGE_METHOD_LIMIT) {
                tooLarge.add(method + " = " + bytes);
            }
        });
        assertEquals(List.of(), tooLarge, "methods at or above " + HUGE_METHOD_LIMIT + " bytes of bytecode");
    }

    private static Map<String, Integer> methodSizes(Compilation compilation) throws IOException {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String name = file.getName().substring(file.getName().lastIndexOf('/') + 1).replace(".class", "");
                try (InputStream in = file.openInputStream()) {
                    sizes.putAll(ClassFiles.methodSizes(name, in));
                }
            }
        }
        return sizes;
    }

    // layers hidden layers of units units, then a LINEAR output of 1 unit trained with MSE; precision may
    // carry more @Network attributes ("FLOAT, backend = Backend.VECTOR").
    private static JavaFileObject deep(int layers, int units, String activation, String precision) {
        List<String> lines = new ArrayList<>(List.of(
                "package deep;",
                "",
                "import dev.autonet.*;",
                "",
                "@SuppressWarnings(\"autonet.vanishing-gradient\")",
                "@Network(inputs = 2, precision = Precision." + precision + ")"));
        for (int l = 0; l < layers; l++) {
            lines.add("@Dense(units = " + units + ", activation = Activation." + activation + ")");
        }
        lines.add("@Dense(units = 1)");
        lines.add("@Loss(LossFunction.MSE)");
        lines.add("interface Deep {}");
        return JavaFileObjects.forSourceLines("deep.Deep", lines);
    }
}
