package dev.autonet.runtime.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.runtime.Architecture;
import dev.autonet.runtime.Architecture.Layer;
import dev.autonet.runtime.onnx.OnnxGraph.Attribute;
import dev.autonet.runtime.onnx.OnnxGraph.Node;
import dev.autonet.runtime.onnx.OnnxGraph.Tensor;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The graph each activation becomes, in each precision (the table of docs/onnx.md), that every graph is
 * well formed (each value produced once, before it is read), and that initializers follow the flat
 * parameter layout. Whether the graphs compute the right numbers is checked in the processor module,
 * where ONNX Runtime runs them against generated models.
 */
class GraphBuilderTest {
    static final List<String> ALL = List.of("STEP", "SIGMOID", "TANH", "RELU", "LEAKY_RELU", "PRELU", "ELU",
            "SWISH", "GELU", "SOFTPLUS", "LINEAR", "SOFTMAX");

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "STEP, FLOAT, Gemm GreaterOrEqual Cast",
        "STEP, DOUBLE, Gemm GreaterOrEqual Cast",
        "SIGMOID, FLOAT, Gemm Sigmoid",
        "SIGMOID, DOUBLE, Gemm Sigmoid",
        "TANH, FLOAT, Gemm Tanh",
        "TANH, DOUBLE, Gemm Tanh",
        "RELU, FLOAT, Gemm Relu",
        "RELU, DOUBLE, Gemm Relu",
        "LEAKY_RELU, FLOAT, Gemm LeakyRelu",
        "LEAKY_RELU, DOUBLE, Gemm PRelu",
        "PRELU, FLOAT, Gemm PRelu",
        "PRELU, DOUBLE, Gemm PRelu",
        "ELU, FLOAT, Gemm Elu",
        "ELU, DOUBLE, Gemm Greater Exp Sub Mul Where",
        "SWISH, FLOAT, Gemm Sigmoid Mul",
        "SWISH, DOUBLE, Gemm Neg Exp Add Div",
        "GELU, FLOAT, Gemm Div Erf Add Mul Mul",
        "GELU, DOUBLE, Gemm Div Cast Erf Cast Add Mul Mul",
        "SOFTPLUS, FLOAT, Gemm Softplus",
        "SOFTPLUS, DOUBLE, Gemm Relu Abs Neg Exp Add Log Add",
        "SOFTMAX, FLOAT, Gemm Softmax",
        "SOFTMAX, DOUBLE, Gemm Softmax",
        "LINEAR, FLOAT, Gemm",
        "LINEAR, DOUBLE, Gemm",
    })
    void operatorsOfEachActivation(String activation, String precision, String operators) {
        OnnxGraph graph = build(precision, activation);
        assertEquals(operators, graph.nodes().stream().map(Node::opType).collect(Collectors.joining(" ")));
        assertWellFormed(graph);
        assertEquals("output", last(graph).outputs().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FLOAT", "DOUBLE"})
    void chainOfEveryActivationIsWellFormed(String precision) {
        OnnxGraph graph = build(precision, ALL.toArray(String[]::new));
        assertWellFormed(graph);
        assertEquals(precision.equals("FLOAT") ? OnnxGraph.FLOAT : OnnxGraph.DOUBLE, graph.elementType());
        assertEquals("Softmax", last(graph).opType());
        Node gemmAfterLinear = graph.nodes().stream()
                .filter(n -> n.name().equals("l12.Gemm")).findFirst().orElseThrow();
        assertEquals("l11.linear", gemmAfterLinear.inputs().get(0), "a hidden LINEAR layer's output is its Gemm's");
    }

    @Test
    void initializersFollowTheFlatLayout() {
        Architecture architecture = architecture("FLOAT", "TANH", "PRELU");
        double[] parameters = new double[architecture.parameterCount()];
        Arrays.setAll(parameters, i -> i);
        OnnxGraph graph = GraphBuilder.build("Net", architecture, parameters);
        List<Tensor> tensors = graph.initializers();
        assertEquals(List.of("l1.weight", "l1.bias", "l2.weight", "l2.bias", "l2.slope"),
                tensors.stream().map(Tensor::name).toList());
        assertArrayEquals(new long[] {2, 3}, tensors.get(0).dims(), "[fanIn, units]");
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, tensors.get(0).values(), "W row-major as stored");
        assertArrayEquals(new double[] {6, 7, 8}, tensors.get(1).values());
        assertArrayEquals(new long[] {3, 3}, tensors.get(2).dims());
        assertArrayEquals(new double[] {18, 19, 20}, tensors.get(3).values());
        assertArrayEquals(new long[] {1}, tensors.get(4).dims());
        assertArrayEquals(new double[] {21}, tensors.get(4).values());
        assertEquals(List.of("input", "l1.weight", "l1.bias"), graph.nodes().get(0).inputs());
    }

    @Test
    void alphasAreFloatAttributesInFloatAndDoubleScalarsInDouble() {
        Node leaky = nodeOf(build("FLOAT", "LEAKY_RELU"), "LeakyRelu");
        assertEquals(List.of(Attribute.ofFloat("alpha", 0.3f)), leaky.attributes());
        OnnxGraph doubles = build("DOUBLE", "LEAKY_RELU", "ELU");
        assertEquals(List.of("l1.linear", "l1.alpha"), nodeOf(doubles, "PRelu").inputs());
        Tensor alpha = initializer(doubles, "l2.alpha");
        assertArrayEquals(new long[0], alpha.dims(), "a scalar");
        assertArrayEquals(new double[] {0.3}, alpha.values(), "0.3 exactly as a double");
    }

    @Test
    void constantsAreSharedScalars() {
        OnnxGraph graph = build("DOUBLE", "GELU", "STEP", "GELU");
        List<String> constants = graph.initializers().stream()
                .map(Tensor::name).filter(n -> n.startsWith("const.")).toList();
        assertEquals(List.of("const.sqrt2", "const.one", "const.half", "const.zero"), constants);
        assertArrayEquals(new double[] {Math.sqrt(2)}, initializer(graph, "const.sqrt2").values());
    }

    @Test
    void attributesOfSoftmaxCastAndStep() {
        assertEquals(List.of(Attribute.ofInt("axis", -1)),
                nodeOf(build("FLOAT", "SOFTMAX"), "Softmax").attributes());
        assertEquals(List.of(Attribute.ofInt("to", OnnxGraph.DOUBLE)),
                nodeOf(build("DOUBLE", "STEP"), "Cast").attributes());
        List<Node> casts = build("DOUBLE", "GELU").nodes().stream().filter(n -> n.opType().equals("Cast")).toList();
        assertEquals(List.of(Attribute.ofInt("to", OnnxGraph.FLOAT)), casts.get(0).attributes(), "erf in float");
        assertEquals(List.of(Attribute.ofInt("to", OnnxGraph.DOUBLE)), casts.get(1).attributes(), "and back");
    }

    @Test
    void unknownActivationIsRefusedNamingTheLayer() {
        Architecture architecture = new Architecture(2, "FLOAT",
                List.of(new Layer("encoder", 2, 1, "MISH", Double.NaN)), "", Double.NaN);
        var e = assertThrows(IllegalArgumentException.class,
                () -> GraphBuilder.build("Net", architecture, new double[3]));
        assertEquals("layer encoder has activation MISH, which has no ONNX form", e.getMessage());
    }

    /** A 2 → 3 → 3 … network with the given activations on layers l1, l2, …; alpha 0.3 where one applies. */
    static Architecture architecture(String precision, String... activations) {
        Layer[] layers = new Layer[activations.length];
        for (int i = 0; i < activations.length; i++) {
            boolean hasAlpha = Set.of("LEAKY_RELU", "PRELU", "ELU").contains(activations[i]);
            layers[i] = new Layer("l" + (i + 1), i == 0 ? 2 : 3, 3, activations[i], hasAlpha ? 0.3 : Double.NaN);
        }
        return new Architecture(2, precision, List.of(layers), "", Double.NaN);
    }

    static OnnxGraph build(String precision, String... activations) {
        Architecture architecture = architecture(precision, activations);
        return GraphBuilder.build("Net", architecture, new double[architecture.parameterCount()]);
    }

    static Node nodeOf(OnnxGraph graph, String opType) {
        return graph.nodes().stream().filter(n -> n.opType().equals(opType)).findFirst().orElseThrow();
    }

    static Tensor initializer(OnnxGraph graph, String name) {
        return graph.initializers().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    static Node last(OnnxGraph graph) {
        return graph.nodes().get(graph.nodes().size() - 1);
    }

    /**
     * Every node reads only the input, initializers and earlier outputs; every value has one producer;
     * node and initializer names are unique; "output" is produced, and every other output is read.
     */
    static void assertWellFormed(OnnxGraph graph) {
        Set<String> defined = new HashSet<>(Set.of("input"));
        for (Tensor tensor : graph.initializers()) {
            assertTrue(defined.add(tensor.name()), "initializer " + tensor.name() + " defined twice");
        }
        Set<String> nodeNames = new HashSet<>();
        Set<String> read = new HashSet<>();
        for (Node node : graph.nodes()) {
            assertTrue(nodeNames.add(node.name()), "node name " + node.name() + " used twice");
            for (String input : node.inputs()) {
                assertTrue(defined.contains(input), node.name() + " reads " + input + " before it exists");
                read.add(input);
            }
            for (String output : node.outputs()) {
                assertTrue(defined.add(output), output + " is produced twice");
            }
        }
        assertTrue(defined.contains("output"), "no node writes output");
        for (Node node : graph.nodes()) {
            for (String output : node.outputs()) {
                assertTrue(output.equals("output") || read.contains(output), output + " is never read");
            }
        }
    }
}
