package dev.autonet.runtime.onnx;

import dev.autonet.runtime.onnx.OnnxGraph.Attribute;
import dev.autonet.runtime.onnx.OnnxGraph.Node;
import dev.autonet.runtime.onnx.OnnxGraph.Tensor;
import java.util.Map;

/**
 * Writes an {@link OnnxGraph} as an ONNX ModelProto. Every field number below is from onnx/onnx.proto
 * (message and field named beside it); they have not changed since IR version 3. Fields are written in
 * a fixed order, so one graph always gives the same bytes.
 */
final class ModelEncoder {
    /** IR version 8: ONNX 1.10 to 1.13, which cover opsets 15 to 18. */
    static final long IR_VERSION = 8;
    /** Opset of the default domain "": every operator the export uses exists there in this form. */
    static final long OPSET = 17;
    static final String PRODUCER = "AutoNet";

    // ModelProto
    private static final int MODEL_IR_VERSION = 1;
    private static final int MODEL_PRODUCER_NAME = 2;
    private static final int MODEL_DOC_STRING = 6;
    private static final int MODEL_GRAPH = 7;
    private static final int MODEL_OPSET_IMPORT = 8;
    private static final int MODEL_METADATA_PROPS = 14;
    // OperatorSetIdProto
    private static final int OPSET_DOMAIN = 1;
    private static final int OPSET_VERSION = 2;
    // StringStringEntryProto
    private static final int ENTRY_KEY = 1;
    private static final int ENTRY_VALUE = 2;
    // GraphProto
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_NAME = 2;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_INPUT = 11;
    private static final int GRAPH_OUTPUT = 12;
    // NodeProto
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int NODE_NAME = 3;
    private static final int NODE_OP_TYPE = 4;
    private static final int NODE_ATTRIBUTE = 5;
    private static final int NODE_DOMAIN = 7;
    // AttributeProto, and its AttributeType enum
    private static final int ATTRIBUTE_NAME = 1;
    private static final int ATTRIBUTE_F = 2;
    private static final int ATTRIBUTE_I = 3;
    private static final int ATTRIBUTE_TYPE = 20;
    private static final int ATTRIBUTE_TYPE_FLOAT = 1;
    private static final int ATTRIBUTE_TYPE_INT = 2;
    // TensorProto
    private static final int TENSOR_DIMS = 1;
    private static final int TENSOR_DATA_TYPE = 2;
    private static final int TENSOR_FLOAT_DATA = 4;
    private static final int TENSOR_NAME = 8;
    private static final int TENSOR_DOUBLE_DATA = 10;
    // ValueInfoProto, TypeProto, TypeProto.Tensor, TensorShapeProto, TensorShapeProto.Dimension
    private static final int VALUE_INFO_NAME = 1;
    private static final int VALUE_INFO_TYPE = 2;
    private static final int TYPE_TENSOR_TYPE = 1;
    private static final int TENSOR_TYPE_ELEM_TYPE = 1;
    private static final int TENSOR_TYPE_SHAPE = 2;
    private static final int SHAPE_DIM = 1;
    private static final int DIMENSION_VALUE = 1;
    private static final int DIMENSION_PARAM = 2;

    private ModelEncoder() {}

    /**
     * The ModelProto: ir_version, producer_name, doc_string, graph, opset_import {"": 17}, then one
     * metadata_props entry per {@code metadata} entry, in its iteration order.
     */
    static byte[] encode(OnnxGraph graph, String docString, Map<String, String> metadata) {
        ProtoWriter model = new ProtoWriter()
                .int64(MODEL_IR_VERSION, IR_VERSION)
                .string(MODEL_PRODUCER_NAME, PRODUCER)
                .string(MODEL_DOC_STRING, docString)
                .message(MODEL_GRAPH, graph(graph))
                .message(MODEL_OPSET_IMPORT, new ProtoWriter()
                        .string(OPSET_DOMAIN, "")
                        .int64(OPSET_VERSION, OPSET));
        metadata.forEach((key, value) -> model.message(MODEL_METADATA_PROPS, new ProtoWriter()
                .string(ENTRY_KEY, key)
                .string(ENTRY_VALUE, value)));
        return model.toByteArray();
    }

    static ProtoWriter graph(OnnxGraph graph) {
        ProtoWriter out = new ProtoWriter();
        for (Node node : graph.nodes()) {
            out.message(GRAPH_NODE, node(node));
        }
        out.string(GRAPH_NAME, graph.name());
        for (Tensor tensor : graph.initializers()) {
            out.message(GRAPH_INITIALIZER, tensor(tensor, graph.elementType()));
        }
        out.message(GRAPH_INPUT, batchValue(OnnxGraph.INPUT, graph.elementType(), graph.inputs()));
        out.message(GRAPH_OUTPUT, batchValue(OnnxGraph.OUTPUT, graph.elementType(), graph.outputs()));
        return out;
    }

    static ProtoWriter node(Node node) {
        ProtoWriter out = new ProtoWriter();
        for (String input : node.inputs()) {
            out.string(NODE_INPUT, input);
        }
        for (String output : node.outputs()) {
            out.string(NODE_OUTPUT, output);
        }
        out.string(NODE_NAME, node.name()).string(NODE_OP_TYPE, node.opType());
        for (Attribute attribute : node.attributes()) {
            out.message(NODE_ATTRIBUTE, attribute(attribute));
        }
        return out.string(NODE_DOMAIN, "");
    }

    static ProtoWriter attribute(Attribute attribute) {
        ProtoWriter out = new ProtoWriter().string(ATTRIBUTE_NAME, attribute.name());
        if (attribute.isFloat()) {
            return out.float32(ATTRIBUTE_F, attribute.floatValue()).int64(ATTRIBUTE_TYPE, ATTRIBUTE_TYPE_FLOAT);
        }
        return out.int64(ATTRIBUTE_I, attribute.intValue()).int64(ATTRIBUTE_TYPE, ATTRIBUTE_TYPE_INT);
    }

    /** A TensorProto with its values in float_data or double_data (packed), as {@code elementType} says. */
    static ProtoWriter tensor(Tensor tensor, int elementType) {
        ProtoWriter out = new ProtoWriter()
                .packedInt64(TENSOR_DIMS, tensor.dims())
                .int64(TENSOR_DATA_TYPE, elementType);
        double[] values = tensor.values();
        if (elementType == OnnxGraph.FLOAT) {
            float[] floats = new float[values.length];
            for (int i = 0; i < values.length; i++) {
                floats[i] = (float) values[i];
            }
            out.packedFloats(TENSOR_FLOAT_DATA, floats);
        } else {
            out.packedDoubles(TENSOR_DOUBLE_DATA, values);
        }
        return out.string(TENSOR_NAME, tensor.name());
    }

    /** A ValueInfoProto for a tensor [batch, width]: the batch dimension symbolic, the width fixed. */
    static ProtoWriter batchValue(String name, int elementType, int width) {
        ProtoWriter shape = new ProtoWriter()
                .message(SHAPE_DIM, new ProtoWriter().string(DIMENSION_PARAM, OnnxGraph.BATCH))
                .message(SHAPE_DIM, new ProtoWriter().int64(DIMENSION_VALUE, width));
        ProtoWriter tensorType = new ProtoWriter()
                .int64(TENSOR_TYPE_ELEM_TYPE, elementType)
                .message(TENSOR_TYPE_SHAPE, shape);
        return new ProtoWriter()
                .string(VALUE_INFO_NAME, name)
                .message(VALUE_INFO_TYPE, new ProtoWriter().message(TYPE_TENSOR_TYPE, tensorType));
    }
}
