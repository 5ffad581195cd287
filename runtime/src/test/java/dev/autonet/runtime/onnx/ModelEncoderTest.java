package dev.autonet.runtime.onnx;

import static dev.autonet.runtime.onnx.ProtoWriterTest.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.runtime.onnx.OnnxGraph.Attribute;
import dev.autonet.runtime.onnx.OnnxGraph.Node;
import dev.autonet.runtime.onnx.OnnxGraph.Tensor;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ONNX messages against bytes worked out by hand from the field numbers of onnx/onnx.proto, and a whole
 * ModelProto read back field by field with {@link ProtoReader}.
 */
class ModelEncoderTest {
    @Test
    void intAttribute() {
        // name = 1 "axis", i = 3 (-1: ten bytes), type = 20 INT (2)
        assertEquals("0a 04 61 78 69 73 18 ff ff ff ff ff ff ff ff ff 01 a0 01 02",
                hex(ModelEncoder.attribute(Attribute.ofInt("axis", -1))));
    }

    @Test
    void floatAttribute() {
        // name = 1 "alpha", f = 2 (0.5f = 0x3f000000), type = 20 FLOAT (1)
        assertEquals("0a 05 61 6c 70 68 61 15 00 00 00 3f a0 01 01",
                hex(ModelEncoder.attribute(Attribute.ofFloat("alpha", 0.5f))));
    }

    @Test
    void node() {
        // input = 1, output = 2, name = 3, op_type = 4, domain = 7 ("")
        Node relu = new Node("d.Relu", "Relu", List.of("x"), List.of("y"), List.of());
        assertEquals("0a 01 78 12 01 79 1a 06 64 2e 52 65 6c 75 22 04 52 65 6c 75 3a 00",
                hex(ModelEncoder.node(relu)));
    }

    @Test
    void floatTensor() {
        // dims = 1 packed [2], data_type = 2 FLOAT (1), float_data = 4 packed [1, -2], name = 8 "b"
        Tensor tensor = new Tensor("b", new long[] {2}, new double[] {1, -2});
        assertEquals("0a 01 02 10 01 22 08 00 00 80 3f 00 00 00 c0 42 01 62",
                hex(ModelEncoder.tensor(tensor, OnnxGraph.FLOAT)));
    }

    @Test
    void doubleScalarTensor() {
        // no dims (a scalar), data_type = 2 DOUBLE (11), double_data = 10 packed [0.5], name = 8 "c"
        Tensor tensor = new Tensor("c", new long[0], new double[] {0.5});
        assertEquals("10 0b 52 08 00 00 00 00 00 00 e0 3f 42 01 63",
                hex(ModelEncoder.tensor(tensor, OnnxGraph.DOUBLE)));
    }

    @Test
    void batchValueInfo() {
        // ValueInfoProto{name = 1 "input", type = 2 TypeProto{tensor_type = 1 Tensor{elem_type = 1 FLOAT,
        // shape = 2 TensorShapeProto{dim = 1 {dim_param = 2 "batch"}, dim = 1 {dim_value = 1 3}}}}}
        assertEquals("0a 05 69 6e 70 75 74 12 13 0a 11 08 01 12 0d 0a 07 12 05 62 61 74 63 68 0a 02 08 03",
                hex(ModelEncoder.batchValue("input", OnnxGraph.FLOAT, 3)));
    }

    @Test
    void modelHeaderAndOpset() {
        OnnxGraph graph = new OnnxGraph("g", OnnxGraph.FLOAT, 1, 1, List.of(), List.of());
        byte[] model = ModelEncoder.encode(graph, "doc", Map.of());
        byte[] graphBytes = ModelEncoder.graph(graph).toByteArray();
        assertTrue(graphBytes.length < 128, "a one-byte length below");
        // ir_version = 1 (8), producer_name = 2 "AutoNet", doc_string = 6 "doc", graph = 7 (length, bytes),
        // opset_import = 8 {domain = 1 "", version = 2 (17)}
        String expected = "08 08 12 07 41 75 74 6f 4e 65 74 32 03 64 6f 63 3a "
                + String.format("%02x ", graphBytes.length) + HexFormat.ofDelimiter(" ").formatHex(graphBytes)
                + " 42 04 0a 00 10 11";
        assertEquals(expected, HexFormat.ofDelimiter(" ").formatHex(model));
    }

    @Test
    void wholeModelReadsBack() {
        Tensor weight = new Tensor("d.weight", new long[] {2, 1}, new double[] {0.25, -4});
        Tensor bias = new Tensor("d.bias", new long[] {1}, new double[] {1.5});
        Node gemm = new Node("d.Gemm", "Gemm", List.of("input", "d.weight", "d.bias"), List.of("output"),
                List.of());
        OnnxGraph graph = new OnnxGraph("Net", OnnxGraph.DOUBLE, 2, 1, List.of(weight, bias), List.of(gemm));
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("k1", "v1");
        metadata.put("k2", "v2");

        ProtoReader model = new ProtoReader(ModelEncoder.encode(graph, "a doc", metadata));
        assertEquals(List.of(1, 2, 6, 7, 8, 14, 14), model.numbers());
        assertEquals(8, model.one(1).number64());
        assertEquals("AutoNet", model.one(2).string());
        assertEquals("a doc", model.one(6).string());
        ProtoReader opset = model.one(8).message();
        assertEquals("", opset.one(1).string());
        assertEquals(17, opset.one(2).number64());
        assertEquals("k2", model.all(14).get(1).message().one(1).string());
        assertEquals("v2", model.all(14).get(1).message().one(2).string());

        ProtoReader read = model.one(7).message();
        assertEquals(List.of(1, 2, 5, 5, 11, 12), read.numbers(), "node, name, initializers, input, output");
        assertEquals("Net", read.one(2).string());
        ProtoReader node = read.one(1).message();
        assertEquals(List.of("input", "d.weight", "d.bias"),
                node.all(1).stream().map(ProtoReader.Field::string).toList());
        assertEquals("output", node.one(2).string());
        assertEquals("Gemm", node.one(4).string());
        ProtoReader first = read.all(5).get(0).message();
        assertEquals("d.weight", first.one(8).string());
        assertEquals(OnnxGraph.DOUBLE, first.one(2).number64());
        assertArrayEquals(new long[] {2, 1}, ProtoReader.packedVarints(first.one(1).bytes()));
        assertArrayEquals(new double[] {0.25, -4}, ProtoReader.packedDoubles(first.one(10).bytes()));
        ProtoReader output = read.one(12).message();
        assertEquals("output", output.one(1).string());
        ProtoReader tensorType = output.one(2).message().one(1).message();
        assertEquals(OnnxGraph.DOUBLE, tensorType.one(1).number64());
        List<ProtoReader.Field> dims = tensorType.one(2).message().all(1);
        assertEquals("batch", dims.get(0).message().one(2).string());
        assertEquals(1, dims.get(1).message().one(1).number64());
    }
}
