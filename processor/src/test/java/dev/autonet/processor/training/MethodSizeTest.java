package dev.autonet.processor.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.processor.good.MnistDoubleTrainer;
import dev.autonet.processor.good.MnistTrainer;
import dev.autonet.processor.good.MoonsTrainer;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every method of the generated trainers stays under HotSpot's 8000-byte limit for JIT compilation
 * (-XX:+DontCompileHugeMethods), read from the compiled class files by the model tests' reader
 * {@code codegen.ClassFiles}, called here through reflection as it is package-private to those tests.
 */
class MethodSizeTest {
    static final int HUGE_METHOD_LIMIT = 8000;

    static List<Class<?>> trainers() {
        return List.of(
                TrainingNetworks_MnistTrainer.class,
                TrainingNetworks_MnistDoubleTrainer.class,
                TrainingNetworks_MoonsTrainer.class,
                TrainingNetworks_WideTrainer.class,
                TrainingNetworks_LoopedTrainer.class,
                TrainingNetworks_LoopedChainTrainer.class,
                TrainingNetworks_TwinFloatTrainer.class,
                TorchNetworks_CategoricalNetTrainer.class,
                Pairings_MseSoftmaxATrainer.class,
                MoonsTrainer.class,
                MnistTrainer.class,
                MnistDoubleTrainer.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trainers")
    void everyMethodIsUnderTheLimit(Class<?> trainer) throws ReflectiveOperationException {
        Map<String, Integer> sizes = methodSizes(trainer);
        Map.Entry<String, Integer> largest = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        System.out.printf("%s: %d methods, largest %s = %d bytes%n", trainer.getSimpleName(), sizes.size(),
                largest.getKey(), largest.getValue());
        assertTrue(largest.getValue() < HUGE_METHOD_LIMIT, () -> largest.getKey() + " has " + largest.getValue()
                + " bytes of bytecode, at or above HotSpot's limit of " + HUGE_METHOD_LIMIT);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> methodSizes(Class<?> type) throws ReflectiveOperationException {
        Method reader = Class.forName("dev.autonet.processor.codegen.ClassFiles")
                .getDeclaredMethod("methodSizes", Class.class);
        reader.setAccessible(true);
        return (Map<String, Integer>) reader.invoke(null, type);
    }
}
