/**
 * ONNX export of generated models: {@link dev.autonet.runtime.onnx.OnnxExport} turns a FLOAT or DOUBLE
 * model into an ONNX file (IR version 8, opset 17) that computes the same function as its {@code predict}.
 * The protobuf encoding is written by hand, so the package, like the whole runtime, needs only java.base.
 * docs/onnx.md describes the graph.
 */
package dev.autonet.runtime.onnx;
