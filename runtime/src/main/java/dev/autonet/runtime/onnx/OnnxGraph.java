package dev.autonet.runtime.onnx;

import java.util.List;

/**
 * An ONNX graph as plain data, before encoding: what {@link GraphBuilder} produces from a network and
 * {@link ModelEncoder} writes. Names follow ONNX's rule that every value is produced exactly once.
 *
 * @param name the graph's name (the model class's simple name)
 * @param elementType {@link #FLOAT} or {@link #DOUBLE}: of the input, the output and every initializer
 * @param inputs width of the input "input" [batch, inputs]
 * @param outputs width of the output "output" [batch, outputs]
 * @param initializers constant tensors: weights, biases, slopes and the scalars some activations need
 * @param nodes the operators, in topological order
 */
record OnnxGraph(String name, int elementType, int inputs, int outputs, List<Tensor> initializers,
        List<Node> nodes) {

    /** TensorProto.DataType FLOAT (onnx.proto). */
    static final int FLOAT = 1;
    /** TensorProto.DataType BOOL (onnx.proto). */
    static final int BOOL = 9;
    /** TensorProto.DataType DOUBLE (onnx.proto). */
    static final int DOUBLE = 11;

    /** Name of the graph's one input, [batch, inputs]. */
    static final String INPUT = "input";
    /** Name of the graph's one output, [batch, outputs]. */
    static final String OUTPUT = "output";
    /** The symbolic batch dimension of input and output. */
    static final String BATCH = "batch";

    OnnxGraph {
        initializers = List.copyOf(initializers);
        nodes = List.copyOf(nodes);
    }

    /**
     * A constant tensor, stored as doubles whatever its element type: a float parameter widened to
     * double and narrowed back is unchanged, so FLOAT tensors keep their exact values.
     *
     * @param name the initializer's name, e.g. "dense1.weight"
     * @param dims the shape; empty for a scalar
     * @param values row-major
     */
    record Tensor(String name, long[] dims, double[] values) {
        Tensor {
            dims = dims.clone();
            values = values.clone();
        }

        @Override
        public long[] dims() {
            return dims.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    /**
     * One operator of the default ONNX domain.
     *
     * @param name a name unique in the graph, e.g. "dense1.Gemm"
     * @param opType the operator, e.g. "Gemm"
     * @param inputs names of the values it reads
     * @param outputs names of the values it writes
     * @param attributes its attributes; empty where the defaults are wanted
     */
    record Node(String name, String opType, List<String> inputs, List<String> outputs,
            List<Attribute> attributes) {
        Node {
            inputs = List.copyOf(inputs);
            outputs = List.copyOf(outputs);
            attributes = List.copyOf(attributes);
        }
    }

    /**
     * An INT or FLOAT attribute, the only kinds the export needs.
     *
     * @param name e.g. "alpha"
     * @param isFloat whether {@code floatValue} (AttributeType FLOAT) or {@code intValue} (INT) is meant
     * @param intValue the value of an INT attribute
     * @param floatValue the value of a FLOAT attribute
     */
    record Attribute(String name, boolean isFloat, long intValue, float floatValue) {
        static Attribute ofInt(String name, long value) {
            return new Attribute(name, false, value, 0f);
        }

        static Attribute ofFloat(String name, float value) {
            return new Attribute(name, true, 0L, value);
        }
    }
}
