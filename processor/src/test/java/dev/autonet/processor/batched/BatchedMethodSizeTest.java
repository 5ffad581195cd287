package dev.autonet.processor.batched;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.processor.codegen.ClassFiles;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every batched method of every generated model, read from its class file, stays under HotSpot's 8000-byte
 * huge-method limit (above it a method is never JIT-compiled); the tile methods are loops, so far under.
 */
class BatchedMethodSizeTest {
    private static final int HUGE_METHOD_LIMIT = 8000;

    static Iterable<String> models() {
        return BatchedModel.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void batchedMethodsAreSmall(String className) throws ClassNotFoundException {
        Map<String, Integer> sizes = ClassFiles.methodSizes(Class.forName(className));
        int checked = 0;
        for (Map.Entry<String, Integer> method : sizes.entrySet()) {
            String name = method.getKey();
            if (name.contains(".tile") || name.contains(".batchedForward(") || name.contains(".checkBatch(")
                    || name.contains("([FI[F)") || name.contains("([DI[D)")) {
                assertTrue(method.getValue() < HUGE_METHOD_LIMIT, name + " has " + method.getValue() + " bytes");
                checked++;
            }
        }
        assertTrue(checked >= 6, "found only " + checked + " batched methods in " + sizes.keySet());
    }
}
