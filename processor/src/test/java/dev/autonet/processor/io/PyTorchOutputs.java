package dev.autonet.processor.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The text file tools/safetensors_reference.py writes beside each {@code .safetensors} file: the inputs and
 * the outputs PyTorch computed from the file's parameters, in float32 and in float64. Numbers are Python
 * reprs, which {@link Double#parseDouble} reads back exactly.
 */
record PyTorchOutputs(String name, String dtype, int rows, double[] x, double[] outputF32, double[] outputF64) {
    static final String DIRECTORY = "/safetensors";

    static PyTorchOutputs load(String name) {
        Map<String, String> fields = read(DIRECTORY + "/" + name + ".txt");
        return new PyTorchOutputs(fields.get("name"), fields.get("dtype"), Integer.parseInt(fields.get("rows")),
                numbers(fields, "x"), numbers(fields, "output_f32"), numbers(fields, "output_f64"));
    }

    /** The committed file {@code <name>.safetensors} (or any other name) as a path. */
    static Path file(String name) {
        try {
            return Path.of(PyTorchOutputs.class.getResource(DIRECTORY + "/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource " + DIRECTORY + "/" + name, e);
        }
    }

    /** Row {@code r} of the inputs. */
    double[] row(int r) {
        int inputs = x.length / rows;
        return Arrays.copyOfRange(x, r * inputs, (r + 1) * inputs);
    }

    private static Map<String, String> read(String resource) {
        try (InputStream in = PyTorchOutputs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            Map<String, String> fields = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int space = line.indexOf(' ');
                    fields.put(line.substring(0, space), line.substring(space + 1).trim());
                }
            }
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[] numbers(Map<String, String> fields, String key) {
        String text = fields.get(key);
        if (text == null) {
            throw new IllegalStateException("reference file has no '" + key + "' line");
        }
        return Arrays.stream(text.split(" ")).mapToDouble(Double::parseDouble).toArray();
    }
}
