package dev.autonet.processor.codegen;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Frozen parameters stored as Base64 chunks decode to exactly the values written, also when an array needs
 * more chunks than one loader method takes, so that the loader is split into parts. With the real limits
 * (60,000 characters a chunk, 300 chunks a method) the split starts at 3.4 million float weights in one
 * array; here the limits are 32 characters (6 floats, 3 doubles) and 3 chunks a method, so 100 values
 * take 6 or 12 parts.
 */
class FrozenArraysTest {
    @Test
    void splitLoadersGiveBackEveryFloatBitForBit() throws Exception {
        double[] values = values(100, 1);
        float[] decoded = (float[]) load(Numeric.FLOAT, values, 6);
        float[] expected = new float[values.length];
        for (int k = 0; k < values.length; k++) {
            expected[k] = (float) values[k];
        }
        assertEquals(Arrays.toString(expected), Arrays.toString(decoded));
        for (int k = 0; k < values.length; k++) {
            assertEquals(Float.floatToRawIntBits(expected[k]), Float.floatToRawIntBits(decoded[k]), "value " + k);
        }
    }

    @Test
    void splitLoadersGiveBackEveryDoubleBitForBit() throws Exception {
        double[] values = values(101, 2);
        double[] decoded = (double[]) load(Numeric.DOUBLE, values, 12);
        for (int k = 0; k < values.length; k++) {
            assertEquals(Double.doubleToRawLongBits(values[k]), Double.doubleToRawLongBits(decoded[k]), "value " + k);
        }
    }

    @Test
    void oneLoaderWhenTheChunksFit() throws Exception {
        double[] values = values(5, 3);
        float[] decoded = (float[]) load(Numeric.FLOAT, values, 0);
        assertEquals(5, decoded.length);
        assertEquals((float) values[4], decoded[4]);
    }

    @Test
    void limitsThatWouldSplitAValueAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FrozenArrays(Numeric.FLOAT, 40, 3));
        assertThrows(IllegalArgumentException.class, () -> new FrozenArrays(Numeric.FLOAT, 32, 0));
    }

    // Values of every kind: ordinary, negative zero, subnormal, huge and tiny, so the bits are a real test.
    private static double[] values(int count, long seed) {
        Random random = new Random(seed);
        double[] values = new double[count];
        for (int k = 0; k < count; k++) {
            values[k] = random.nextGaussian() * Math.pow(10, random.nextInt(20) - 10);
        }
        values[0] = -0.0;
        values[1] = Float.MIN_VALUE;
        values[2] = -Float.MAX_VALUE;
        return values;
    }

    /**
     * Generates a class holding {@code values} as DENSE1_WEIGHTS with small limits, compiles and loads it, and
     * returns the decoded array; checks that the loader was split into {@code parts} parts (0: not split).
     */
    private static Object load(Numeric numeric, double[] values, int parts) throws Exception {
        FrozenArrays arrays = new FrozenArrays(numeric, 32, 3);
        arrays.add("DENSE1_WEIGHTS", "dense1Weights", "dense1's weights.", values);
        TypeSpec.Builder type = TypeSpec.classBuilder("Frozen").addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        arrays.fields().forEach(type::addField);
        arrays.methods().forEach(type::addMethod);
        JavaFile file = JavaFile.builder("dev.autonet.test", type.build()).build();
        Compilation compilation = javac().compile(file.toJavaFileObject());
        assertThat(compilation).succeededWithoutWarnings();

        Set<String> names = new TreeSet<>();
        for (MethodSpec method : arrays.methods()) {
            if (method.name().startsWith("dense1WeightsPart")) {
                names.add(method.name());
            }
        }
        Set<String> expected = new TreeSet<>();
        for (int part = 1; part <= parts; part++) {
            expected.add("dense1WeightsPart" + part);
        }
        assertEquals(expected, names);

        JavaFileObject classFile = compilation.generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT,
                "dev/autonet/test/Frozen.class").orElseThrow();
        Class<?> frozen = new ClassLoader(FrozenArraysTest.class.getClassLoader()) {
            Class<?> define() throws IOException {
                try (InputStream in = classFile.openInputStream()) {
                    byte[] bytes = in.readAllBytes();
                    return defineClass("dev.autonet.test.Frozen", bytes, 0, bytes.length);
                }
            }
        }.define();
        for (Method method : frozen.getDeclaredMethods()) {
            assertEquals(true, method.getName().startsWith("dense1Weights") || method.getName().equals("decode"),
                    method.getName());
        }
        Field field = frozen.getDeclaredField("DENSE1_WEIGHTS");
        field.setAccessible(true);
        return field.get(null);
    }
}
