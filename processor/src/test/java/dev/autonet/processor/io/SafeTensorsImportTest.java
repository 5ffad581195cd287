package dev.autonet.processor.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.runtime.DoubleNetwork;
import dev.autonet.runtime.FloatNetwork;
import dev.autonet.runtime.io.ModelFileException;
import dev.autonet.runtime.io.ModelFileException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * safetensors files that PyTorch wrote (tools/safetensors_reference.py; committed under
 * src/test/resources/safetensors) imported into generated models, whose predictions must match the outputs
 * PyTorch stored beside them: FLOAT models against PyTorch's float32 run within {@value #FLOAT_TOLERANCE},
 * DOUBLE models against its float64 run within {@value #DOUBLE_TOLERANCE}, both relative to
 * max(1, |expected|) (absolute for outputs up to 1). Each file is also imported into the other precision
 * (F32 widened into DOUBLE, F64 rounded into FLOAT). Then the errors a PyTorch user meets: a half-precision
 * file, a network of another shape, a Sequential with a module less, a truncated file, the wrong format.
 */
class SafeTensorsImportTest {
    static final double FLOAT_TOLERANCE = 1e-6;
    static final double DOUBLE_TOLERANCE = 1e-12;

    @TempDir
    Path directory;

    interface Importer<M> {
        M importFrom(Path file) throws IOException;
    }

    record FloatCase(String file, String model, Importer<FloatNetwork> importer) {
        @Override
        public String toString() {
            return file + " into " + model;
        }
    }

    record DoubleCase(String file, String model, Importer<DoubleNetwork> importer) {
        @Override
        public String toString() {
            return file + " into " + model;
        }
    }

    static List<FloatCase> floatCases() {
        return List.of(
                new FloatCase("BinaryF32", "FLOAT", TorchModels_BinaryF32Model::importSafetensors),
                new FloatCase("SoftmaxF32", "FLOAT", TorchModels_SoftmaxF32Model::importSafetensors),
                new FloatCase("WideF32", "FLOAT", TorchModels_WideF32Model::importSafetensors),
                new FloatCase("PreluF64", "FLOAT", TorchModels_PreluAsFloatModel::importSafetensors),
                new FloatCase("GeluF64", "FLOAT", TorchModels_GeluAsFloatModel::importSafetensors));
    }

    static List<DoubleCase> doubleCases() {
        return List.of(
                new DoubleCase("PreluF64", "DOUBLE", TorchModels_PreluF64Model::importSafetensors),
                new DoubleCase("GeluF64", "DOUBLE", TorchModels_GeluF64Model::importSafetensors),
                new DoubleCase("BinaryF32", "DOUBLE", TorchModels_BinaryAsDoubleModel::importSafetensors));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("floatCases")
    void floatModelPredictsWhatPyTorchPredicted(FloatCase c) throws IOException {
        PyTorchOutputs reference = PyTorchOutputs.load(c.file());
        FloatNetwork model = c.importer().importFrom(PyTorchOutputs.file(c.file() + ".safetensors"));
        int outputs = model.outputs();
        assertEquals(reference.rows() * outputs, reference.outputF32().length);
        double worst = 0;
        for (int r = 0; r < reference.rows(); r++) {
            double[] row = reference.row(r);
            float[] input = new float[row.length];
            for (int i = 0; i < row.length; i++) {
                input[i] = (float) row[i]; // exact: the script drew the inputs in float32
            }
            float[] output = model.predict(input);
            for (int j = 0; j < outputs; j++) {
                worst = Math.max(worst, check(reference.outputF32()[r * outputs + j], output[j], FLOAT_TOLERANCE,
                        c + ": row " + r + ", output " + j));
            }
        }
        System.out.printf("%s: largest error %.3g of %.0g%n", c, worst, FLOAT_TOLERANCE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("doubleCases")
    void doubleModelPredictsWhatPyTorchPredicted(DoubleCase c) throws IOException {
        PyTorchOutputs reference = PyTorchOutputs.load(c.file());
        DoubleNetwork model = c.importer().importFrom(PyTorchOutputs.file(c.file() + ".safetensors"));
        int outputs = model.outputs();
        assertEquals(reference.rows() * outputs, reference.outputF64().length);
        double worst = 0;
        for (int r = 0; r < reference.rows(); r++) {
            double[] output = model.predict(reference.row(r));
            for (int j = 0; j < outputs; j++) {
                worst = Math.max(worst, check(reference.outputF64()[r * outputs + j], output[j], DOUBLE_TOLERANCE,
                        c + ": row " + r + ", output " + j));
            }
        }
        System.out.printf("%s: largest error %.3g of %.0g%n", c, worst, DOUBLE_TOLERANCE);
    }

    @Test
    void preluSlopeComesFromTheFile() throws IOException {
        double[] parameters = TorchModels_PreluF64Model.importSafetensors(PyTorchOutputs.file("PreluF64.safetensors"))
                .parameters();
        double slope = parameters[3 * 5 + 5]; // after dense1's W [3][5] and b [5]
        assertTrue(slope > 0.1 && slope < 0.3 && slope != 0.2, "the script draws the slope in (0.1, 0.3): " + slope);
    }

    @Test
    void halfPrecisionIsRefused() {
        Path file = PyTorchOutputs.file("BinaryF16.safetensors");
        expect(Problem.UNSUPPORTED_DTYPE, file + ": tensor '0.weight' has dtype F16; AutoNet imports F32 and F64 only",
                () -> TorchModels_BinaryF32Model.importSafetensors(file));
    }

    @Test
    void anotherShapeIsRefused() {
        Path file = PyTorchOutputs.file("BinaryF32.safetensors");
        expect(Problem.WRONG_SHAPE, file + ": tensor '0.weight' has shape [8, 2], but TorchModels_BinaryWiderModel "
                + "needs [9, 2] for dense1's weight ([units, fanIn], as torch.nn.Linear stores it)",
                () -> TorchModels_BinaryWiderModel.importSafetensors(file));
    }

    @Test
    void aModuleLessShiftsTheNames() {
        Path file = PyTorchOutputs.file("BinaryF32.safetensors");
        expect(Problem.MISSING_TENSOR, file + " has no tensor '3.weight' (dense3's weight, shape [1, 4]) that "
                + "TorchModels_BinaryWithoutTanhModel needs; it holds '0.weight', '0.bias', '2.weight', '2.bias', "
                + "'4.weight', '4.bias'", () -> TorchModels_BinaryWithoutTanhModel.importSafetensors(file));
    }

    @Test
    void truncatedFileIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(PyTorchOutputs.file("GeluF64.safetensors"));
        Path file = Files.write(directory.resolve("GeluF64.safetensors"), Arrays.copyOf(bytes, bytes.length - 100));
        long header = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
        long data = bytes.length - 8 - header;
        expect(Problem.TRUNCATED, file + " is truncated: expected " + data + " bytes of tensor data after the header, "
                + "found " + (data - 100), () -> TorchModels_GeluF64Model.importSafetensors(file));
    }

    @Test
    void formatsAreNotConfused() throws IOException {
        Path safetensors = PyTorchOutputs.file("BinaryF32.safetensors");
        expect(Problem.NOT_A_MODEL_FILE, safetensors + " is not an AutoNet model file (bad magic)",
                () -> TorchModels_BinaryF32Model.load(safetensors));
        Path autonet = directory.resolve("binary.autonet");
        TorchModels_BinaryF32Model.initialize(1).save(autonet);
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> TorchModels_BinaryF32Model.importSafetensors(autonet));
        assertEquals(Problem.NOT_A_MODEL_FILE, e.problem());
        assertTrue(e.getMessage().startsWith(autonet + " is not a safetensors file: header length "), e.getMessage());
    }

    interface Call {
        void run() throws IOException;
    }

    private static void expect(Problem problem, String message, Call call) {
        ModelFileException e = assertThrows(ModelFileException.class, call::run);
        assertEquals(message, e.getMessage());
        assertEquals(problem, e.problem());
    }

    /** Asserts |actual − expected| ≤ tolerance · max(1, |expected|) and returns that relative error. */
    private static double check(double expected, double actual, double tolerance, String what) {
        double error = Math.abs(actual - expected) / Math.max(1, Math.abs(expected));
        assertTrue(error <= tolerance, () -> what + ": expected " + expected + " but was " + actual);
        return error;
    }
}
