package dev.autonet.processor.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autonet.processor.good.Chains_MixedDoubleModel;
import dev.autonet.processor.good.Chains_UnrolledDoubleModel;
import dev.autonet.processor.good.Chains_UnrolledFloatModel;
import dev.autonet.processor.good.MnistDoubleModel;
import dev.autonet.processor.good.MnistModel;
import dev.autonet.processor.good.MoonsModel;
import dev.autonet.processor.good.TinyModel;
import dev.autonet.runtime.DoubleNetwork;
import dev.autonet.runtime.FloatNetwork;
import dev.autonet.runtime.io.SafeTensors;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated models exported with {@code exportSafetensors} and imported back with {@code importSafetensors}:
 * bit-exact in the same precision, exactly widened or correctly rounded across precisions.
 *
 * <p>Each export is also written, with a few inputs and the model's predictions, to
 * {@code target/safetensors-export/}, for {@code tools/safetensors_reference.py check} to load into
 * {@code torch.nn.Sequential} and compare (run by hand; CI does not run Python).
 */
class SafeTensorsExportTest {
    @TempDir
    Path directory;

    interface Writer {
        void write(Path file) throws IOException;
    }

    interface Reader<M> {
        M read(Path file) throws IOException;
    }

    record FloatCase(String name, FloatNetwork model, Writer export, Reader<FloatNetwork> importer) {
        @Override
        public String toString() {
            return name;
        }
    }

    record DoubleCase(String name, DoubleNetwork model, Writer export, Reader<DoubleNetwork> importer) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<FloatCase> floatCases() {
        MoonsModel moons = MoonsModel.initialize(1);
        TinyModel tiny = TinyModel.initialize(2);
        MnistModel mnist = MnistModel.initialize(3);
        Chains_UnrolledFloatModel chain = Chains_UnrolledFloatModel.initialize(4);
        TorchModels_BinaryF32Model binary = TorchModels_BinaryF32Model.initialize(5);
        TorchModels_SoftmaxF32Model softmax = TorchModels_SoftmaxF32Model.initialize(6);
        TorchModels_WideF32Model wide = TorchModels_WideF32Model.initialize(7);
        TorchModels_GeluAsFloatModel gelu = TorchModels_GeluAsFloatModel.initialize(8);
        return List.of(
                new FloatCase("Moons", moons, moons::exportSafetensors, MoonsModel::importSafetensors),
                new FloatCase("Tiny", tiny, tiny::exportSafetensors, TinyModel::importSafetensors),
                new FloatCase("Mnist", mnist, mnist::exportSafetensors, MnistModel::importSafetensors),
                new FloatCase("ChainsUnrolledFloat", chain, chain::exportSafetensors,
                        Chains_UnrolledFloatModel::importSafetensors),
                new FloatCase("BinaryF32", binary, binary::exportSafetensors, TorchModels_BinaryF32Model::importSafetensors),
                new FloatCase("SoftmaxF32", softmax, softmax::exportSafetensors,
                        TorchModels_SoftmaxF32Model::importSafetensors),
                new FloatCase("WideF32", wide, wide::exportSafetensors, TorchModels_WideF32Model::importSafetensors),
                new FloatCase("GeluAsFloat", gelu, gelu::exportSafetensors, TorchModels_GeluAsFloatModel::importSafetensors));
    }

    static List<DoubleCase> doubleCases() {
        MnistDoubleModel mnist = MnistDoubleModel.initialize(11);
        Chains_UnrolledDoubleModel chain = Chains_UnrolledDoubleModel.initialize(12);
        Chains_MixedDoubleModel mixed = Chains_MixedDoubleModel.initialize(13);
        TorchModels_PreluF64Model prelu = TorchModels_PreluF64Model.initialize(14);
        TorchModels_GeluF64Model gelu = TorchModels_GeluF64Model.initialize(15);
        return List.of(
                new DoubleCase("MnistDouble", mnist, mnist::exportSafetensors, MnistDoubleModel::importSafetensors),
                new DoubleCase("ChainsUnrolledDouble", chain, chain::exportSafetensors,
                        Chains_UnrolledDoubleModel::importSafetensors),
                new DoubleCase("ChainsMixedDouble", mixed, mixed::exportSafetensors,
                        Chains_MixedDoubleModel::importSafetensors),
                new DoubleCase("PreluF64", prelu, prelu::exportSafetensors, TorchModels_PreluF64Model::importSafetensors),
                new DoubleCase("GeluF64", gelu, gelu::exportSafetensors, TorchModels_GeluF64Model::importSafetensors));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("floatCases")
    void floatExportImportsBitExactly(FloatCase c) throws Exception {
        Path file = directory.resolve(c.name() + ".safetensors");
        c.export().write(file);
        FloatNetwork imported = c.importer().read(file);
        assertArrayEquals(bits(c.model().parameters()), bits(imported.parameters()));
        writeForPython(c.name(), file, c.model().inputs(), c.model().architecture().precision(), (input, out) -> {
            float[] output = c.model().predict(toFloats(input));
            for (float value : output) {
                out.add((double) value);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("doubleCases")
    void doubleExportImportsBitExactly(DoubleCase c) throws Exception {
        Path file = directory.resolve(c.name() + ".safetensors");
        c.export().write(file);
        DoubleNetwork imported = c.importer().read(file);
        assertArrayEquals(bits(c.model().parameters()), bits(imported.parameters()));
        writeForPython(c.name(), file, c.model().inputs(), c.model().architecture().precision(), (input, out) -> {
            for (double value : c.model().predict(input)) {
                out.add(value);
            }
        });
    }

    @Test
    void floatExportWidensExactlyIntoDouble() throws IOException {
        TorchModels_BinaryF32Model model = TorchModels_BinaryF32Model.initialize(21);
        Path file = directory.resolve("binary.safetensors");
        model.exportSafetensors(file);
        double[] widened = TorchModels_BinaryAsDoubleModel.importSafetensors(file).parameters();
        float[] original = model.parameters();
        for (int i = 0; i < original.length; i++) {
            assertEquals((double) original[i], widened[i], 0.0, "parameter " + i);
        }
    }

    @Test
    void doubleExportRoundsIntoFloat() throws IOException {
        TorchModels_PreluF64Model model = TorchModels_PreluF64Model.initialize(22);
        Path file = directory.resolve("prelu.safetensors");
        model.exportSafetensors(file);
        float[] rounded = TorchModels_PreluAsFloatModel.importSafetensors(file).parameters();
        double[] original = model.parameters();
        for (int i = 0; i < original.length; i++) {
            assertEquals((float) original[i], rounded[i], 0.0f, "parameter " + i);
        }
    }

    @Test
    void sequentialOfTheDocumentation() {
        assertEquals("torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.Linear(3, 5), torch.nn.GELU(), "
                + "torch.nn.Linear(5, 4), torch.nn.Softplus(), torch.nn.Linear(4, 2), torch.nn.Sigmoid())",
                SafeTensors.torchSequential(TorchModels_GeluF64Model.ARCHITECTURE));
        assertEquals("0.weight [3, 4], 0.bias [3], 1.weight [5, 3], 1.bias [5], 3.weight [4, 5], 3.bias [4], "
                + "5.weight [2, 4], 5.bias [2]", SafeTensors.tensorNames(TorchModels_GeluF64Model.ARCHITECTURE));
    }

    interface Predictor {
        void predict(double[] input, List<Double> out);
    }

    /** Copies the export and writes inputs and predictions beside it, for tools/safetensors_reference.py check. */
    private static void writeForPython(String name, Path file, int inputs, String precision, Predictor predictor)
            throws IOException, URISyntaxException {
        Path target = Path.of(SafeTensorsExportTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("safetensors-export");
        Files.createDirectories(target);
        Files.copy(file, target.resolve(name + ".safetensors"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Random random = new Random(name.hashCode());
        int rows = 4;
        List<Double> x = new ArrayList<>();
        List<Double> output = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            double[] input = new double[inputs];
            for (int i = 0; i < inputs; i++) {
                input[i] = (float) (random.nextGaussian() * 1.2); // exact in both precisions
                x.add(input[i]);
            }
            predictor.predict(input, output);
        }
        String text = "# Written by SafeTensorsExportTest: inputs and AutoNet's " + precision + " predictions.\n"
                + "name " + name + "\nrows " + rows + "\nx " + join(x) + "\noutput " + join(output) + "\n";
        Files.writeString(target.resolve(name + ".txt"), text);
    }

    private static String join(List<Double> values) {
        return String.join(" ", values.stream().map(String::valueOf).toList());
    }

    private static float[] toFloats(double[] values) {
        float[] floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = (float) values[i];
        }
        return floats;
    }

    private static int[] bits(float[] values) {
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        return bits;
    }

    private static long[] bits(double[] values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return bits;
    }
}
