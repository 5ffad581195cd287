package dev.autonet.runtime.io;

import dev.autonet.runtime.Architecture;
import java.util.List;
import java.util.stream.Collectors;

/** Words for places in a network and a file, shared by the messages of both formats. */
final class Locations {
    private static final int LISTED_NAMES = 12;

    private Locations() {}

    /** Where flat parameter {@code index} sits: "dense1's W[0][17]", "dense1's b[3]", "dense2's PReLU slope". */
    static String parameter(Architecture architecture, int index) {
        for (int k = 0; k < architecture.layers().size(); k++) {
            Architecture.Layer layer = architecture.layers().get(k);
            int weights = architecture.weightOffset(k);
            int bias = architecture.biasOffset(k);
            if (index < bias) {
                int i = index - weights;
                return layer.name() + "'s W[" + i / layer.units() + "][" + i % layer.units() + "]";
            }
            if (index < bias + layer.units()) {
                return layer.name() + "'s b[" + (index - bias) + "]";
            }
            if (index == architecture.slopeOffset(k)) {
                return layer.name() + "'s PReLU slope";
            }
        }
        throw new IndexOutOfBoundsException(index);
    }

    /** A float or double as a message shows it: "NaN", "Infinity", "-Infinity", "1.0E300". */
    static String value(double value) {
        return Double.toString(value);
    }

    /** "[16, 32]". */
    static String shape(List<Long> shape) {
        return shape.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }

    /** "'0.weight', '0.bias', …": names quoted, cut after a dozen so that a large file cannot flood a log. */
    static String names(List<String> names) {
        String listed = names.stream().limit(LISTED_NAMES).map(name -> "'" + name + "'")
                .collect(Collectors.joining(", "));
        return names.size() > LISTED_NAMES ? listed + " and " + (names.size() - LISTED_NAMES) + " more" : listed;
    }
}
