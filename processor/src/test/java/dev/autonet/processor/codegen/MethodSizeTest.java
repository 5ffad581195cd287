package dev.autonet.processor.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.processor.good.Chains_MixedDoubleModel;
import dev.autonet.processor.good.Chains_MixedFloatModel;
import dev.autonet.processor.good.Chains_UnrolledDoubleModel;
import dev.autonet.processor.good.Chains_WideDoubleModel;
import dev.autonet.processor.good.Chains_WideFloatModel;
import dev.autonet.processor.good.MnistDoubleModel;
import dev.autonet.processor.good.MnistModel;
import dev.autonet.processor.good.MoonsModel;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every method of a generated model stays under HotSpot's 8000-byte limit for JIT compilation
 * (-XX:+DontCompileHugeMethods, the default, never compiles larger ones). Sizes are read from the
 * compiled class files in target/test-classes, model and nested classes alike.
 */
class MethodSizeTest {
    private static final int HUGE_METHOD_LIMIT = 8000;

    static Stream<Class<?>> models() {
        return Stream.of(MoonsModel.class, MnistModel.class, MnistDoubleModel.class, Chains_WideFloatModel.class,
                Chains_WideDoubleModel.class, Chains_MixedFloatModel.class, Chains_MixedDoubleModel.class,
                Chains_UnrolledDoubleModel.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyMethodIsUnderTheHugeMethodLimit(Class<?> model) {
        Map<String, Integer> sizes = ClassFiles.methodSizes(model);
        assertTrue(sizes.size() > 10, "read the methods of " + model + ": " + sizes);
        sizes.forEach((method, bytes) ->
                assertTrue(bytes < HUGE_METHOD_LIMIT, method + " has " + bytes + " bytes of bytecode"));
    }

    @Test
    void theMoonsNetworkIsOneStraightLineMethod() {
        Map<String, Integer> sizes = ClassFiles.methodSizes(MoonsModel.class);
        // 2 -> 32 -> 16 -> 8 -> 1, 712 multiply-adds, all in locals.
        assertTrue(sizes.get("MoonsModel.dense1ToDense4([F[F[F)V") > 5000, sizes.toString());
        assertTrue(sizes.keySet().stream().noneMatch(m -> m.startsWith("Workspace") && m.contains("dense")));
    }

    @Test
    void theMnistLayersAreLoopsOfTheirOwn() {
        Map<String, Integer> sizes = ClassFiles.methodSizes(MnistModel.class);
        for (String layer : new String[] {"dense1", "dense2", "dense3"}) {
            assertTrue(sizes.get("MnistModel." + layer + "([F[F[F)V") < 200, layer + ": " + sizes);
        }
    }

    @Test
    void aLayerTooWideForOneMethodIsSplit() {
        Map<String, Integer> sizes = ClassFiles.methodSizes(Chains_WideDoubleModel.class);
        long pieces = sizes.keySet().stream().filter(m -> m.startsWith("Chains_WideDoubleModel.dense1Units")).count();
        assertEquals(2, pieces, sizes.toString());
    }
}
