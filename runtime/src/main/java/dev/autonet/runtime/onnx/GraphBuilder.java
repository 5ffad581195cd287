package dev.autonet.runtime.onnx;

import dev.autonet.runtime.Architecture;
import dev.autonet.runtime.Architecture.Layer;
import dev.autonet.runtime.onnx.OnnxGraph.Attribute;
import dev.autonet.runtime.onnx.OnnxGraph.Node;
import dev.autonet.runtime.onnx.OnnxGraph.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an architecture and its flat parameters into an {@link OnnxGraph}: per layer one Gemm over the
 * layer's weight [fanIn, units] and bias [units] initializers, then its activation (see
 * {@link ActivationNodes}). The last value is called "output"; the others are named after their layer
 * ("dense1.linear", "dense1.relu"), which cannot collide because layer names are Java identifiers and
 * so contain no dot.
 */
final class GraphBuilder {
    private final int elementType;
    private final List<Tensor> initializers = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Double> constants = new LinkedHashMap<>();

    private GraphBuilder(int elementType) {
        this.elementType = elementType;
    }

    /**
     * The graph of a network. {@code parameters} is in the flat layout of {@code architecture} (for a
     * FLOAT network, its float values widened to double) and is assumed checked by the caller.
     */
    static OnnxGraph build(String name, Architecture architecture, double[] parameters) {
        int elementType = architecture.precision().equals("DOUBLE") ? OnnxGraph.DOUBLE : OnnxGraph.FLOAT;
        GraphBuilder builder = new GraphBuilder(elementType);
        String value = OnnxGraph.INPUT;
        List<Layer> layers = architecture.layers();
        for (int i = 0; i < layers.size(); i++) {
            value = builder.layer(architecture, i, parameters, value, i == layers.size() - 1);
        }
        List<Tensor> tensors = new ArrayList<>(builder.initializers);
        builder.constants.forEach((constant, number) ->
                tensors.add(new Tensor(constant, new long[0], new double[] {number})));
        return new OnnxGraph(name, elementType, architecture.inputs(), architecture.outputs(), tensors,
                builder.nodes);
    }

    /** Adds layer {@code index}'s initializers and nodes; returns the name of its output. */
    private String layer(Architecture architecture, int index, double[] parameters, String input, boolean last) {
        Layer layer = architecture.layers().get(index);
        String weight = initializer(layer.name() + ".weight", new long[] {layer.fanIn(), layer.units()},
                parameters, architecture.weightOffset(index), layer.fanIn() * layer.units());
        String bias = initializer(layer.name() + ".bias", new long[] {layer.units()},
                parameters, architecture.biasOffset(index), layer.units());
        String slope = layer.hasLearnedSlope()
                ? initializer(layer.name() + ".slope", new long[] {1}, parameters,
                        architecture.slopeOffset(index), 1)
                : null;
        boolean linear = layer.activation().equals("LINEAR");
        String output = last ? OnnxGraph.OUTPUT : layer.name() + "." + layer.activation().toLowerCase(Locale.ROOT);
        String linearOutput = last && linear ? OnnxGraph.OUTPUT : layer.name() + ".linear";
        // Gemm: Y = A·B + C with transA = transB = 0 and alpha = beta = 1, the defaults.
        node(layer.name() + ".Gemm", "Gemm", List.of(input, weight, bias), linearOutput);
        if (linear) {
            return linearOutput;
        }
        new ActivationNodes(this, layer, slope).emit(linearOutput, output);
        return output;
    }

    private String initializer(String name, long[] dims, double[] parameters, int offset, int length) {
        initializers.add(new Tensor(name, dims, Arrays.copyOfRange(parameters, offset, offset + length)));
        return name;
    }

    /** Element type of the graph's values: {@link OnnxGraph#FLOAT} or {@link OnnxGraph#DOUBLE}. */
    int elementType() {
        return elementType;
    }

    /** Adds a node with one output. */
    void node(String name, String opType, List<String> inputs, String output, Attribute... attributes) {
        nodes.add(new Node(name, opType, inputs, List.of(output), List.of(attributes)));
    }

    /** Adds a scalar initializer of the graph's element type, e.g. a layer's fixed alpha; returns its name. */
    String layerScalar(String name, double value) {
        initializers.add(new Tensor(name, new long[0], new double[] {value}));
        return name;
    }

    /**
     * The name of a scalar initializer of the graph's element type holding {@code value}, added once
     * however often it is asked for. "const" is a Java keyword, so no layer can be called that.
     */
    String constant(String name, double value) {
        String key = "const." + name;
        Double previous = constants.putIfAbsent(key, value);
        if (previous != null && Double.doubleToLongBits(previous) != Double.doubleToLongBits(value)) {
            throw new IllegalStateException(key + " is both " + previous + " and " + value); // our bug
        }
        return key;
    }
}
