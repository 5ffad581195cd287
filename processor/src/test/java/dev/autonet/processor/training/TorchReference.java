package dev.autonet.processor.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One file written by tools/torch_reference.py: a network's parameters (AutoNet's flat layout), a batch
 * and the float64 outputs, loss and gradients PyTorch computed for it. One "key value value ..." line
 * per field; numbers are Python reprs, which {@link Double#parseDouble} reads back exactly.
 */
record TorchReference(String name, int inputs, String layers, String loss, int rows, double[] parameters,
        double[] x, double[] y, double[] output, double lossValue, double[] parameterGradient,
        double[] inputGradient) {

    /** The resource directory holding the files, one per network, named {@code <name>.txt}. */
    static final String DIRECTORY = "/torch";
    /** Vectors written with the script's output-sigmoid defect fixed; see the README.md there. */
    static TorchReference load(String name) {
        return load(DIRECTORY, name);
    }

    private static TorchReference load(String directory, String name) {
        Map<String, String> fields = read(directory + "/" + name + ".txt");
        return new TorchReference(fields.get("name"), Integer.parseInt(fields.get("inputs")), fields.get("layers"),
                fields.get("loss"), Integer.parseInt(fields.get("rows")), numbers(fields, "parameters"),
                numbers(fields, "x"), numbers(fields, "y"), numbers(fields, "output"),
                Double.parseDouble(fields.get("lossValue")), numbers(fields, "parameterGradient"),
                numbers(fields, "inputGradient"));
    }

    private static Map<String, String> read(String resource) {
        try (InputStream in = TorchReference.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            Map<String, String> fields = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                fields.put(line.substring(0, space), line.substring(space + 1).trim());
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
