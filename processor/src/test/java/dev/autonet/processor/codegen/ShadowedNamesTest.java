package dev.autonet.processor.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.autonet.processor.AutoNetProcessor;
import dev.autonet.runtime.Architecture;
import dev.autonet.runtime.DoubleNetwork;
import dev.autonet.runtime.FloatNetwork;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user's package may hold types named like java.lang's ({@code Math}, {@code Double}, {@code System},
 * even {@code Override} and {@code Object}), which shadow java.lang's implicit import inside that package;
 * the network interface itself may be named {@code Math} or {@code Double}. Generated code must still
 * compile and compute the same: the declarations of Pairings (DOUBLE, every loss and activation), Pairings
 * in FLOAT, Vectors (backend = VECTOR) and two frozen networks are compiled twice, in package
 * {@code clean} and in package {@code shadow} beside a class named after every public java.lang type and a
 * few runtime types, and every model, trainer and frozen class of one must match the other's, same seed.
 */
class ShadowedNamesTest {
    private static final List<String> DECLARATIONS = List.of("training/Pairings.java", "good/Vectors.java",
            "frozen/FrozenMixedFloat.java", "frozen/FrozenMixedDouble.java");
    private static final List<String> RUNTIME_NAMES = List.of("Architecture", "Activations", "Trainable", "Dataset",
            "FloatNetwork", "DoubleNetwork", "Optimizer", "Workspace");

    private static Compilation compilation;
    private static ClassLoader loader;

    @BeforeAll
    static void compileTwice() throws IOException {
        List<JavaFileObject> sources = new ArrayList<>();
        for (String pkg : List.of("clean", "shadow")) {
            for (String declaration : DECLARATIONS) {
                sources.add(inPackage(pkg, declaration));
            }
            sources.add(withPackage(pkg, pairingsInFloat()));
        }
        for (String name : shadowingNames()) {
            sources.add(JavaFileObjects.forSourceString("shadow." + name,
                    "package shadow;\n\npublic final class " + name + " {}\n"));
        }
        // Interfaces named Math and Double in a package of their own, against the same network named Net.
        sources.add(namedNetwork("named", "Math"));
        sources.add(namedNetwork("named", "Double"));
        sources.add(namedNetwork("plain", "Net"));
        compilation = Compiler.javac()
                .withProcessors(new AutoNetProcessor())
                .withOptions("--add-modules", "jdk.incubator.vector")
                .compile(sources);
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), () -> compilation.errors().stream()
                .limit(20).map(Object::toString).reduce("", (a, b) -> a + "\n" + b));
        loader = new GeneratedClassLoader(compilation);
    }

    @Test
    void everyModelPredictsAsInTheCleanPackage() throws Exception {
        List<String> models = generated("clean", "Model.java");
        assertTrue(models.size() > 50, "models: " + models);
        for (String model : models) {
            assertSamePredictions(load("clean." + model), load("shadow." + model));
        }
    }

    @Test
    void everyTrainerComputesTheSameLossAndGradient() throws Exception {
        List<String> trainers = generated("clean", "Trainer.java");
        assertTrue(trainers.size() > 50, "trainers: " + trainers);
        for (String trainer : trainers) {
            String model = trainer.replace("Trainer", "Model");
            assertSameGradient(load("clean." + model), load("clean." + trainer), load("shadow." + model),
                    load("shadow." + trainer));
        }
    }

    @Test
    void frozenClassesPredictAsInTheCleanPackage() throws Exception {
        for (String frozen : List.of("FrozenMixedFloatFrozen", "FrozenMixedDoubleFrozen")) {
            Class<?> clean = load("clean." + frozen);
            Class<?> shadow = load("shadow." + frozen);
            boolean floats = clean.getField("FINGERPRINT").get(null).toString().contains("precision=FLOAT");
            Class<?> array = floats ? float[].class : double[].class;
            Method cleanPredict = clean.getMethod("predict", array);
            Method shadowPredict = shadow.getMethod("predict", array);
            for (Object input : inputs(floats, 3, 1)) {
                assertArrayEquals(copy(cleanPredict.invoke(null, input)), copy(shadowPredict.invoke(null, input)), frozen);
            }
        }
    }

    @Test
    void interfacesNamedMathAndDoubleWorkLikeAnyOther() throws Exception {
        for (String name : List.of("Math", "Double")) {
            assertSamePredictions(load("plain.NetModel"), load("named." + name + "Model"));
            assertSameGradient(load("plain.NetModel"), load("plain.NetTrainer"), load("named." + name + "Model"),
                    load("named." + name + "Trainer"));
        }
    }

    private static void assertSamePredictions(Class<?> clean, Class<?> shadow) throws Exception {
        Object a = clean.getMethod("initialize", long.class).invoke(null, 42L);
        Object b = shadow.getMethod("initialize", long.class).invoke(null, 42L);
        int inputs = clean.getField("INPUTS").getInt(null);
        boolean floats = a instanceof FloatNetwork;
        for (Object input : inputs(floats, inputs, 1)) {
            assertArrayEquals(predict(a, input), predict(b, input), clean.getSimpleName());
        }
    }

    // lossAndGradient of 5 rows with targets valid for the network's loss, from the models' seed-42 weights.
    private static void assertSameGradient(Class<?> cleanModel, Class<?> cleanTrainer, Class<?> shadowModel,
            Class<?> shadowTrainer) throws Exception {
        Architecture architecture = (Architecture) cleanModel.getField("ARCHITECTURE").get(null);
        boolean floats = architecture.precision().equals("FLOAT");
        int rows = 5;
        int width = cleanTrainer.getField("TARGET_WIDTH").getInt(null);
        Object inputs = inputs(floats, architecture.inputs() * rows, 1).get(0);
        Object targets = targets(architecture, floats, rows, width);
        Object[] results = new Object[4];
        Class<?>[][] pairs = {{cleanModel, cleanTrainer}, {shadowModel, shadowTrainer}};
        for (int i = 0; i < 2; i++) {
            Object model = pairs[i][0].getMethod("initialize", long.class).invoke(null, 7L);
            Constructor<?> constructor = pairs[i][1].getConstructor(pairs[i][0]);
            Object trainer = constructor.newInstance(model);
            Class<?> array = floats ? float[].class : double[].class;
            Object gradient = java.lang.reflect.Array.newInstance(array.getComponentType(), architecture.parameterCount());
            Object inputGradient = java.lang.reflect.Array.newInstance(array.getComponentType(), architecture.inputs() * rows);
            results[2 * i] = pairs[i][1].getMethod("lossAndGradient", array, array, int.class, array, array)
                    .invoke(trainer, inputs, targets, rows, gradient, inputGradient);
            results[2 * i + 1] = copy(gradient);
            assertArrayEquals(copy(inputGradient), copy(inputGradient));
        }
        assertEquals(results[0], results[2], cleanTrainer.getSimpleName() + " loss");
        assertArrayEquals((double[]) results[1], (double[]) results[3], cleanTrainer.getSimpleName() + " gradient");
    }

    private static Object targets(Architecture architecture, boolean floats, int rows, int width) {
        int outputs = architecture.outputs();
        double[] targets = new double[rows * width];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < width; j++) {
                double value = switch (architecture.loss()) {
                    case "BCE" -> (r + j) % 2;
                    case "HINGE" -> (r + j) % 2 == 0 ? 1 : -1;
                    case "CATEGORICAL_CROSS_ENTROPY" -> j == r % outputs ? 1 : 0;
                    case "SPARSE_CATEGORICAL_CROSS_ENTROPY" -> r % outputs;
                    default -> 0.25 * ((r + j) % 4);
                };
                targets[r * width + j] = value;
            }
        }
        return floats ? toFloats(targets) : targets;
    }

    private static List<Object> inputs(boolean floats, int length, int count) {
        Random random = new Random(3);
        List<Object> inputs = new ArrayList<>();
        for (int n = 0; n < Math.max(count, 3); n++) {
            double[] input = new double[length];
            for (int i = 0; i < length; i++) {
                input[i] = random.nextGaussian();
            }
            inputs.add(floats ? toFloats(input) : input);
        }
        return inputs;
    }

    private static double[] predict(Object model, Object input) {
        if (model instanceof FloatNetwork network) {
            float[] output = new float[network.outputs()];
            network.predict((float[]) input, output);
            return copy(output);
        }
        DoubleNetwork network = (DoubleNetwork) model;
        double[] output = new double[network.outputs()];
        network.predict((double[]) input, output);
        return output;
    }

    private static double[] copy(Object array) {
        int length = java.lang.reflect.Array.getLength(array);
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = java.lang.reflect.Array.getDouble(array, i);
        }
        return values;
    }

    private static float[] toFloats(double[] values) {
        float[] floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = (float) values[i];
        }
        return floats;
    }

    /** The simple names of the generated classes of package {@code pkg} ending in {@code suffix}, sorted. */
    private static List<String> generated(String pkg, String suffix) {
        return compilation.generatedSourceFiles().stream()
                .map(JavaFileObject::getName)
                .filter(name -> name.contains("/" + pkg + "/") && name.endsWith(suffix))
                .map(name -> name.substring(name.lastIndexOf('/') + 1, name.length() - ".java".length()))
                .sorted().toList();
    }

    private static Class<?> load(String name) throws ClassNotFoundException {
        return Class.forName(name, true, loader);
    }

    /** Every public top-level type of java.lang, and a few types of the runtime that generated code imports. */
    private static List<String> shadowingNames() throws IOException {
        TreeSet<String> names = new TreeSet<>(RUNTIME_NAMES);
        try (FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
                Stream<Path> files = Files.list(jrt.getPath("modules", "java.base", "java", "lang"))) {
            files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".class") && !file.contains("$") && !file.equals("package-info.class"))
                    .map(file -> file.substring(0, file.length() - ".class".length()))
                    .filter(ShadowedNamesTest::isPublicJavaLangType)
                    .forEach(names::add);
        } catch (UnsupportedOperationException e) {
            // the jrt file system is not closeable; Files.list's stream is closed above
        }
        assertTrue(names.containsAll(List.of("Math", "Double", "Float", "System", "Object", "Override", "String")));
        return List.copyOf(names);
    }

    private static boolean isPublicJavaLangType(String simpleName) {
        try {
            return Modifier.isPublic(Class.forName("java.lang." + simpleName, false, null).getModifiers());
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static JavaFileObject inPackage(String pkg, String declaration) throws IOException {
        String text = Files.readString(LintTest.testSources().resolve(declaration), StandardCharsets.UTF_8);
        return withPackage(pkg, text);
    }

    private static JavaFileObject withPackage(String pkg, String text) {
        // The declarations' own @SuppressWarnings would mean shadow.SuppressWarnings, as in a user's package.
        String source = text.replaceFirst("package [a-z.]+;", "package " + pkg + ";")
                .replace("@SuppressWarnings(", "@java.lang.SuppressWarnings(");
        String type = source.replaceFirst("(?s).*?\\n(?:public )?(?:final )?(?:class|interface) (\\w+).*", "$1");
        return JavaFileObjects.forSourceString(pkg + "." + type, source);
    }

    private static String pairingsInFloat() throws IOException {
        return Files.readString(LintTest.testSources().resolve("training/Pairings.java"), StandardCharsets.UTF_8)
                .replace("import static dev.autonet.Precision.DOUBLE;", "import static dev.autonet.Precision.FLOAT;")
                .replace("precision = DOUBLE", "precision = FLOAT")
                .replace("final class Pairings ", "final class PairingsFloat ")
                .replace("private Pairings()", "private PairingsFloat()");
    }

    // A FLOAT classifier with a RELU, a PRELU and a looped layer, trained with BCE.
    private static JavaFileObject namedNetwork(String pkg, String name) {
        return JavaFileObjects.forSourceLines(pkg + "." + name,
                "package " + pkg + ";",
                "",
                "import dev.autonet.*;",
                "import static dev.autonet.Activation.*;",
                "import static dev.autonet.LossFunction.*;",
                "",
                "@Network(inputs = 3)",
                "@Dense(units = 40, activation = RELU)",
                "@Dense(units = 6, activation = PRELU)",
                "@Dense(units = 4, activation = TANH)",
                "@Dense(units = 2, activation = SIGMOID)",
                "@Loss(BCE)",
                "interface " + name + " {}");
    }

    /** Loads the classes a compile-testing compilation wrote, in memory, over the test's class path. */
    private static final class GeneratedClassLoader extends ClassLoader {
        private final Map<String, JavaFileObject> classes = new HashMap<>();

        GeneratedClassLoader(Compilation compilation) {
            super(ShadowedNamesTest.class.getClassLoader());
            for (JavaFileObject file : compilation.generatedFiles()) {
                if (file.getKind() == JavaFileObject.Kind.CLASS) {
                    String path = file.getName().replaceFirst("^/CLASS_OUTPUT/", "");
                    classes.put(path.substring(0, path.length() - ".class".length()).replace('/', '.'), file);
                }
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            JavaFileObject file = classes.get(name);
            if (file == null) {
                throw new ClassNotFoundException(name);
            }
            try (InputStream in = file.openInputStream()) {
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
