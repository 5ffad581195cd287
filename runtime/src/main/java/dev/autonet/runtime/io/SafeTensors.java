package dev.autonet.runtime.io;

import dev.autonet.runtime.Architecture;
import dev.autonet.runtime.internal.AtomicWrite;
import dev.autonet.runtime.io.ModelFileException.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Exchanges parameters with PyTorch through <a href="https://github.com/huggingface/safetensors">safetensors</a>
 * files whose tensors are the {@code state_dict} of the equivalent {@code torch.nn.Sequential}. The names,
 * shapes and modules are in the package documentation; {@link #torchSequential(Architecture)} prints the
 * Sequential for a given network.
 *
 * <p>Export writes F32 for a FLOAT network and F64 for a DOUBLE one, atomically. Import reads F32 or F64
 * tensors (one file may mix them) into either precision: F32 into DOUBLE widens exactly; F64 into FLOAT
 * rounds to nearest, and a value beyond FLOAT's range is rejected as not finite. Import requires exactly
 * the network's tensors: a missing, misshapen, extra or non-F32/F64 tensor is a {@link ModelFileException}
 * naming the file and the tensor, as is a NaN or infinite value (with its index). The {@code __metadata__}
 * is checked to be string-to-string and otherwise ignored, so a file exported from a FLOAT model imports
 * into its DOUBLE twin.
 */
public final class SafeTensors {
    /** The customary file name extension; nothing checks it. */
    public static final String EXTENSION = ".safetensors";

    private SafeTensors() {}

    /** Writes a FLOAT network's parameters to {@code file} as F32 tensors; arguments are checked as in {@link ModelFiles#save}. */
    public static void export(Path file, Architecture architecture, float[] parameters) throws IOException {
        SaveChecks.check("export", file, architecture, parameters);
        double[] widened = new double[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            widened[i] = parameters[i];
        }
        AtomicWrite.write(file, encode(file, architecture, widened, "F32"), "safetensors file");
    }

    /** Writes a DOUBLE network's parameters to {@code file} as F64 tensors. */
    public static void export(Path file, Architecture architecture, double[] parameters) throws IOException {
        SaveChecks.check("export", file, architecture, parameters);
        AtomicWrite.write(file, encode(file, architecture, parameters, "F64"), "safetensors file");
    }

    /**
     * The parameters in {@code file}, converted to FLOAT and laid out flat for {@code architecture}.
     *
     * @param networkName what the messages call the importing network, e.g. "MoonsModel"
     * @throws ModelFileException if the file is not a well-formed safetensors file holding exactly this
     *     network's tensors, all finite
     */
    public static float[] importFloats(Path file, Architecture architecture, String networkName) throws IOException {
        double[] values = importValues(file, architecture, networkName, true);
        float[] parameters = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            parameters[i] = (float) values[i]; // exact: importValues already rounded to float
        }
        return parameters;
    }

    /** The parameters in {@code file}, converted to DOUBLE; see {@link #importFloats}. */
    public static double[] importDoubles(Path file, Architecture architecture, String networkName) throws IOException {
        return importValues(file, architecture, networkName, false);
    }

    /**
     * The equivalent {@code torch.nn.Sequential} as Python source, e.g. "torch.nn.Sequential(torch.nn.Linear(2, 8),
     * torch.nn.ReLU(), torch.nn.Linear(8, 1), torch.nn.Sigmoid())"; its {@code state_dict()} has exactly the
     * tensors that export writes and import requires.
     */
    public static String torchSequential(Architecture architecture) {
        return TorchLayout.sequential(architecture);
    }

    /** "0.weight [8, 2], 0.bias [8], 2.weight [1, 8], 2.bias [1]": the tensors of {@code architecture}. */
    public static String tensorNames(Architecture architecture) {
        return TorchLayout.tensors(architecture).stream()
                .map(t -> t.name() + " " + Locations.shape(t.shape())).collect(Collectors.joining(", "));
    }

    private static byte[] encode(Path file, Architecture architecture, double[] parameters, String dtype) {
        int width = dtype.equals("F32") ? Float.BYTES : Double.BYTES;
        StringBuilder header = new StringBuilder("{\"__metadata__\":{\"format\":\"pt\",\"autonet.fingerprint\":")
                .append(Json.quote(architecture.fingerprint())).append(",\"autonet.sequential\":")
                .append(Json.quote(TorchLayout.sequential(architecture))).append('}');
        long offset = 0;
        List<TorchLayout.Tensor> tensors = TorchLayout.tensors(architecture);
        for (TorchLayout.Tensor tensor : tensors) {
            long end = offset + tensor.elements() * width;
            header.append(',').append(Json.quote(tensor.name())).append(":{\"dtype\":\"").append(dtype)
                    .append("\",\"shape\":").append(tensor.shape().toString().replace(" ", ""))
                    .append(",\"data_offsets\":[").append(offset).append(',').append(end).append("]}");
            offset = end;
        }
        header.append('}');
        while ((Long.BYTES + header.length()) % 8 != 0) {
            header.append(' '); // the data starts 8-byte aligned, as the reference writer does
        }
        byte[] text = header.toString().getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(Long.BYTES + text.length + offset))
                .order(ByteOrder.LITTLE_ENDIAN).putLong(text.length).put(text);
        for (TorchLayout.Tensor tensor : tensors) {
            for (int i = 0; i < tensor.elements(); i++) {
                double value = parameters[flatIndex(architecture, tensor, i)];
                if (width == Float.BYTES) {
                    out.putFloat((float) value);
                } else {
                    out.putDouble(value);
                }
            }
        }
        return out.array();
    }

    /** Where element {@code i} (row-major) of {@code tensor} lives in the flat layout; W is transposed. */
    private static int flatIndex(Architecture architecture, TorchLayout.Tensor tensor, int i) {
        return switch (tensor.role()) {
            case WEIGHT -> {
                int fanIn = architecture.layers().get(tensor.layer()).fanIn();
                int units = architecture.layers().get(tensor.layer()).units();
                int unit = i / fanIn;
                int input = i % fanIn;
                yield architecture.weightOffset(tensor.layer()) + input * units + unit;
            }
            case BIAS -> architecture.biasOffset(tensor.layer()) + i;
            case SLOPE -> architecture.slopeOffset(tensor.layer());
        };
    }

    private static double[] importValues(Path file, Architecture architecture, String networkName, boolean toFloat)
            throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(networkName, "networkName");
        SafeTensorsFile contents = SafeTensorsFile.read(file);
        List<TorchLayout.Tensor> expected = TorchLayout.tensors(architecture);
        Map<TorchLayout.Tensor, SafeTensorsFile.Entry> found = match(file, contents, expected, architecture, networkName);
        double[] parameters = new double[architecture.parameterCount()];
        for (TorchLayout.Tensor tensor : expected) {
            SafeTensorsFile.Entry entry = found.get(tensor);
            ByteBuffer bytes = entry.bytes(contents.data());
            for (int i = 0; i < tensor.elements(); i++) {
                double value = entry.dtype().equals("F32") ? bytes.getFloat() : bytes.getDouble();
                double converted = toFloat ? (float) value : value;
                if (!Double.isFinite(converted)) {
                    throw ModelFileException.of(file, Problem.NOT_FINITE, ": tensor '" + tensor.name() + "' element "
                            + index(tensor, i) + " is " + Locations.value(value)
                            + (Double.isFinite(value) ? ", beyond FLOAT's range" : ""));
                }
                parameters[flatIndex(architecture, tensor, i)] = converted;
            }
        }
        return parameters;
    }

    /** Each expected tensor's entry, after checking presence, dtype and shape, then that nothing is left over. */
    private static Map<TorchLayout.Tensor, SafeTensorsFile.Entry> match(Path file, SafeTensorsFile contents,
            List<TorchLayout.Tensor> expected, Architecture architecture, String networkName) throws ModelFileException {
        Map<TorchLayout.Tensor, SafeTensorsFile.Entry> found = new LinkedHashMap<>();
        for (TorchLayout.Tensor tensor : expected) {
            String layer = architecture.layers().get(tensor.layer()).name();
            SafeTensorsFile.Entry entry = contents.tensors().get(tensor.name());
            if (entry == null) {
                throw ModelFileException.of(file, Problem.MISSING_TENSOR, " has no tensor '" + tensor.name() + "' ("
                        + layer + "'s " + tensor.role().words + ", shape " + Locations.shape(tensor.shape())
                        + ") that " + networkName + " needs; it holds "
                        + Locations.names(List.copyOf(contents.tensors().keySet())));
            }
            if (!entry.dtype().equals("F32") && !entry.dtype().equals("F64")) {
                throw ModelFileException.of(file, Problem.UNSUPPORTED_DTYPE, ": tensor '" + tensor.name()
                        + "' has dtype " + entry.dtype() + "; AutoNet imports F32 and F64 only");
            }
            if (!entry.shape().equals(tensor.shape())) {
                throw ModelFileException.of(file, Problem.WRONG_SHAPE, ": tensor '" + tensor.name() + "' has shape "
                        + Locations.shape(entry.shape()) + ", but " + networkName + " needs "
                        + Locations.shape(tensor.shape()) + " for " + layer + "'s " + tensor.role().words
                        + tensor.role().shapeHint);
            }
            found.put(tensor, entry);
        }
        Set<String> names = expected.stream().map(TorchLayout.Tensor::name).collect(Collectors.toSet());
        for (SafeTensorsFile.Entry entry : contents.tensors().values()) {
            if (!names.contains(entry.name())) {
                throw ModelFileException.of(file, Problem.UNEXPECTED_TENSOR, " holds tensor '" + entry.name() + "' "
                        + Locations.shape(entry.shape()) + ", which " + networkName
                        + " has no place for; its tensors are exactly " + tensorNames(architecture));
            }
        }
        return found;
    }

    /** "[3, 1]": the row-major element {@code i} of {@code tensor} as an index per dimension. */
    private static String index(TorchLayout.Tensor tensor, int i) {
        List<Long> position = new ArrayList<>();
        long rest = i;
        for (int d = tensor.shape().size() - 1; d >= 0; d--) {
            position.add(0, rest % tensor.shape().get(d));
            rest /= tensor.shape().get(d);
        }
        return Locations.shape(position);
    }
}
