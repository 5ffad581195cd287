package dev.autonet.runtime.onnx;

import dev.autonet.runtime.Architecture.Layer;
import dev.autonet.runtime.onnx.OnnxGraph.Attribute;
import java.util.List;

/**
 * The nodes of one layer's activation, computing exactly what {@code dev.autonet.runtime.internal.Activations}
 * defines. Each activation uses the ONNX operator of the same name where ONNX Runtime 1.20 runs it in the
 * graph's element type; for DOUBLE graphs, where it does not, the activation is written out from
 * operators that have double kernels:
 * <ul>
 *   <li>ELU and Softplus have no double kernel; nor has Erf, so GELU computes its erf in float.
 *   <li>SWISH as Mul(z, Sigmoid(z)) would be fused by ONNX Runtime into com.microsoft.QuickGelu, which
 *       has no double kernel either, so a DOUBLE graph writes z / (1 + e^−z).
 *   <li>LeakyRelu and Elu take alpha as a float attribute, which would round a DOUBLE network's alpha,
 *       so a DOUBLE graph keeps alpha in a double initializer: LEAKY_RELU becomes PRelu(z, alpha), and
 *       ELU's written-out form multiplies by it.
 * </ul>
 * docs/onnx.md lists every form.
 */
final class ActivationNodes {
    private final GraphBuilder graph;
    private final Layer layer;
    private final String slope;
    private final boolean isDouble;

    /** {@code slope} is the layer's PReLU slope initializer, or null if it has none. */
    ActivationNodes(GraphBuilder graph, Layer layer, String slope) {
        this.graph = graph;
        this.layer = layer;
        this.slope = slope;
        this.isDouble = graph.elementType() == OnnxGraph.DOUBLE;
    }

    /** Adds nodes computing the layer's activation of {@code z} into the value {@code out}. */
    void emit(String z, String out) {
        switch (layer.activation()) {
            case "STEP" -> step(z, out);
            case "SIGMOID" -> result("Sigmoid", List.of(z), out);
            case "TANH" -> result("Tanh", List.of(z), out);
            case "RELU" -> result("Relu", List.of(z), out);
            case "LEAKY_RELU" -> leakyRelu(z, out);
            case "PRELU" -> result("PRelu", List.of(z, slope), out);
            case "ELU" -> elu(z, out);
            case "SWISH" -> swish(z, out);
            case "GELU" -> gelu(z, out);
            case "SOFTPLUS" -> softplus(z, out);
            case "SOFTMAX" -> result("Softmax", List.of(z), out, Attribute.ofInt("axis", -1));
            default -> throw new IllegalArgumentException(
                    "layer " + layer.name() + " has activation " + layer.activation() + ", which has no ONNX form");
        }
    }

    /** STEP(z) = z ≥ 0 ? 1 : 0: Cast(GreaterOrEqual(z, 0)) to the element type; NaN compares false, so gives 0. */
    private void step(String z, String out) {
        String zero = graph.constant("zero", 0);
        String nonNegative = intermediate("GreaterOrEqual", List.of(z, zero), "nonNegative");
        result("Cast", List.of(nonNegative), out, Attribute.ofInt("to", graph.elementType()));
    }

    /** z &gt; 0 ? z : alpha·z; a DOUBLE graph as PRelu(z, alpha) so alpha stays a double. */
    private void leakyRelu(String z, String out) {
        if (isDouble) {
            result("PRelu", List.of(z, graph.layerScalar(layer.name() + ".alpha", layer.alpha())), out);
        } else {
            result("LeakyRelu", List.of(z), out, Attribute.ofFloat("alpha", (float) layer.alpha()));
        }
    }

    /** z &gt; 0 ? z : alpha·(e^z − 1); a DOUBLE graph as Where(z &gt; 0, z, alpha·(Exp(z) − 1)). */
    private void elu(String z, String out) {
        if (!isDouble) {
            result("Elu", List.of(z), out, Attribute.ofFloat("alpha", (float) layer.alpha()));
            return;
        }
        String positive = intermediate("Greater", List.of(z, graph.constant("zero", 0)), "positive");
        String exp = intermediate("Exp", List.of(z), "exp");
        String expm1 = intermediate("Sub", List.of(exp, graph.constant("one", 1)), "expm1");
        String alpha = graph.layerScalar(layer.name() + ".alpha", layer.alpha());
        String negative = intermediate("Mul", List.of(expm1, alpha), "negativeSide");
        result("Where", List.of(positive, z, negative), out);
    }

    /** z·σ(z): Mul(z, Sigmoid(z)); a DOUBLE graph as Div(z, 1 + Exp(Neg(z))). */
    private void swish(String z, String out) {
        if (!isDouble) {
            String sigmoid = intermediate("Sigmoid", List.of(z), "sigmoidOfZ");
            result("Mul", List.of(z, sigmoid), out);
            return;
        }
        String negated = intermediate("Neg", List.of(z), "negated");
        String exp = intermediate("Exp", List.of(negated), "expNegated");
        String denominator = intermediate("Add", List.of(exp, graph.constant("one", 1)), "denominator");
        result("Div", List.of(z, denominator), out);
    }

    /** Exact GELU 0.5·z·(1 + erf(z/√2)); in a DOUBLE graph erf alone is computed in float. */
    private void gelu(String z, String out) {
        String scaled = intermediate("Div", List.of(z, graph.constant("sqrt2", Math.sqrt(2))), "scaled");
        String erf;
        if (isDouble) {
            String narrowed = intermediate("Cast", List.of(scaled), "scaledFloat",
                    Attribute.ofInt("to", OnnxGraph.FLOAT));
            String erfFloat = intermediate("Erf", List.of(narrowed), "erfFloat");
            erf = intermediate("Cast", List.of(erfFloat), "erf", Attribute.ofInt("to", OnnxGraph.DOUBLE));
        } else {
            erf = intermediate("Erf", List.of(scaled), "erf");
        }
        String onePlusErf = intermediate("Add", List.of(erf, graph.constant("one", 1)), "onePlusErf");
        String product = intermediate("Mul", List.of(z, onePlusErf), "zTimesOnePlusErf");
        result("Mul", List.of(product, graph.constant("half", 0.5)), out);
    }

    /** log(1 + e^z); a DOUBLE graph in the stable form Relu(z) + Log(1 + Exp(−|z|)). */
    private void softplus(String z, String out) {
        if (!isDouble) {
            result("Softplus", List.of(z), out);
            return;
        }
        String positivePart = intermediate("Relu", List.of(z), "positivePart");
        String abs = intermediate("Abs", List.of(z), "abs");
        String negated = intermediate("Neg", List.of(abs), "negatedAbs");
        String exp = intermediate("Exp", List.of(negated), "expNegatedAbs");
        String onePlus = intermediate("Add", List.of(exp, graph.constant("one", 1)), "onePlusExp");
        String log = intermediate("Log", List.of(onePlus), "log");
        result("Add", List.of(positivePart, log), out);
    }

    /**
     * Adds a node named "&lt;layer&gt;.&lt;what&gt;" writing the value of the same name; returns that name.
     * Within one layer each {@code what} is used once, so node and value names stay unique.
     */
    private String intermediate(String opType, List<String> inputs, String what, Attribute... attributes) {
        String name = layer.name() + "." + what;
        graph.node(name, opType, inputs, name, attributes);
        return name;
    }

    /** Adds the node named "&lt;layer&gt;.&lt;opType&gt;" that writes {@code out}, the activation's result. */
    private void result(String opType, List<String> inputs, String out, Attribute... attributes) {
        graph.node(layer.name() + "." + opType, opType, inputs, out, attributes);
    }
}
