#!/usr/bin/env python3
"""safetensors files written by PyTorch for AutoNet's import tests, and a check of AutoNet's exports.

Two commands:

    /usr/bin/python3 tools/safetensors_reference.py write [DIR]
        For each network in NETWORKS, builds the torch.nn.Sequential that AutoNet's mapping calls
        equivalent, draws its parameters from a fixed seed and writes DIR/<Name>.safetensors (its
        state_dict, F32 or F64) and DIR/<Name>.txt (the inputs and the outputs PyTorch computed for them).
        DIR defaults to processor/src/test/resources/safetensors; the files there are committed, and CI
        never runs Python. Also writes BinaryF16.safetensors, BinaryF32 in half precision, which AutoNet
        must refuse with a clear message.

    /usr/bin/python3 tools/safetensors_reference.py check [DIR]
        Loads every DIR/<Name>.safetensors that AutoNet exported (with DIR/<Name>.txt beside it: inputs and
        AutoNet's predictions) into a torch.nn.Sequential built from the file's "autonet.fingerprint"
        metadata, with load_state_dict(strict=True), and compares PyTorch's predictions with AutoNet's.
        DIR defaults to processor/target/safetensors-export, which
            mvn -B -pl processor test -Dtest=SafeTensorsExportTest
        writes. Exits with status 1 if any file fails.

The `safetensors` Python package is not packaged in Debian (python3-torch is), so this script reads and
writes the format by hand from its specification: an unsigned 64-bit little-endian header length N; N
bytes of UTF-8 JSON {"<tensor>": {"dtype": "F32"|"F64"|..., "shape": [...], "data_offsets": [begin, end]},
"__metadata__": {string: string}}, padded with spaces so the data starts 8-byte aligned; then the tensors'
raw little-endian, row-major bytes, offsets relative to the end of the header.

The mapping (dev.autonet.runtime.io's package documentation has the full table): each AutoNet layer is a
torch.nn.Linear(fanIn, units) followed by its activation's module (LINEAR has none; SOFTMAX is
torch.nn.Softmax(dim=-1)); modules are numbered from 0, so a layer's tensors are "{i}.weight" [units, fanIn]
and "{i}.bias" [units], and a PRELU layer adds "{i+1}.weight" [1].

Text files: one "key value value ..." line per field, numbers written with repr() so they round-trip
exactly. "output_f32" is the Sequential run in float32 (parameters rounded to float32), "output_f64" the
same in float64 (parameters as stored, widened if F32): what a FLOAT and a DOUBLE AutoNet model importing
the file must predict.
"""
import json
import os
import re
import struct
import sys

import numpy as np
import torch

# name, inputs, [(units, activation, alpha)], dtype of the file, rows of inputs
NETWORKS = [
    ("BinaryF32", 2, [(8, "RELU", None), (4, "TANH", None), (1, "SIGMOID", None)], "F32", 6),
    ("SoftmaxF32", 3, [(6, "LEAKY_RELU", 0.1), (5, "ELU", 0.7), (4, "SOFTMAX", None)], "F32", 6),
    ("PreluF64", 3, [(5, "PRELU", 0.2), (4, "SWISH", None), (2, "LINEAR", None)], "F64", 6),
    ("GeluF64", 4, [(3, "LINEAR", None), (5, "GELU", None), (4, "SOFTPLUS", None), (2, "SIGMOID", None)], "F64", 6),
    ("WideF32", 20, [(32, "PRELU", 0.25), (10, "SOFTMAX", None)], "F32", 5),
]

DEFAULT_ALPHA = {"LEAKY_RELU": 0.01, "PRELU": 0.25, "ELU": 1.0}
TORCH_DTYPE = {"F32": torch.float32, "F64": torch.float64, "F16": torch.float16}
NUMPY_DTYPE = {"F32": "<f4", "F64": "<f8", "F16": "<f2"}


class Step(torch.nn.Module):
    """AutoNet's STEP, which torch.nn lacks: 1 for x >= 0, else 0."""

    def forward(self, x):
        return (x >= 0).to(x.dtype)


def activation(name, alpha):
    """The module that follows a layer's Linear, or None for LINEAR."""
    if name == "LINEAR":
        return None
    if name == "SIGMOID":
        return torch.nn.Sigmoid()
    if name == "TANH":
        return torch.nn.Tanh()
    if name == "RELU":
        return torch.nn.ReLU()
    if name == "LEAKY_RELU":
        return torch.nn.LeakyReLU(alpha)
    if name == "PRELU":
        return torch.nn.PReLU(num_parameters=1, init=alpha)
    if name == "ELU":
        return torch.nn.ELU(alpha)
    if name == "SWISH":
        return torch.nn.SiLU()
    if name == "GELU":
        return torch.nn.GELU()  # exact, erf-based
    if name == "SOFTPLUS":
        return torch.nn.Softplus()  # identity above 20; AutoNet's stays exact (< 2.1e-9 apart)
    if name == "SOFTMAX":
        return torch.nn.Softmax(dim=-1)
    if name == "STEP":
        return Step()
    raise ValueError(name)


def sequential(inputs, layers):
    modules, fan_in = [], inputs
    for units, name, alpha in layers:
        modules.append(torch.nn.Linear(fan_in, units))
        module = activation(name, alpha if alpha is not None else DEFAULT_ALPHA.get(name))
        if module is not None:
            modules.append(module)
        fan_in = units
    return torch.nn.Sequential(*modules)


def write_safetensors(path, tensors, metadata):
    """tensors: name -> (dtype, tensor), written in that order."""
    header, blobs, offset = {}, [], 0
    if metadata:
        header["__metadata__"] = metadata
    for name, (dtype, tensor) in tensors.items():
        data = tensor.detach().to(TORCH_DTYPE[dtype]).contiguous().numpy().astype(NUMPY_DTYPE[dtype]).tobytes()
        header[name] = {"dtype": dtype, "shape": list(tensor.shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * ((8 - (8 + len(text)) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for data in blobs:
            f.write(data)


def read_safetensors(path):
    """(name -> float64 tensor, metadata), checking that the data section is exactly covered."""
    with open(path, "rb") as f:
        content = f.read()
    (length,) = struct.unpack("<Q", content[:8])
    header = json.loads(content[8:8 + length].decode("utf-8"))
    data = content[8 + length:]
    metadata = header.pop("__metadata__", {})
    tensors, covered = {}, 0
    for name, entry in header.items():
        begin, end = entry["data_offsets"]
        array = np.frombuffer(data[begin:end], dtype=NUMPY_DTYPE[entry["dtype"]]).reshape(entry["shape"])
        tensors[name] = torch.from_numpy(array.astype("<f8"))
        covered += end - begin
    assert covered == len(data), f"{path}: tensors cover {covered} of {len(data)} data bytes"
    return tensors, metadata


def numbers(tensor):
    return " ".join(repr(float(v)) for v in tensor.reshape(-1).tolist())


def predictions(net, x, dtype):
    with torch.no_grad():
        return net.to(dtype)(x.to(dtype))


def write_reference(directory, index, name, inputs, layers, dtype, rows):
    torch.manual_seed(2000 + index)
    net = sequential(inputs, layers).to(torch.float64)
    with torch.no_grad():
        for module in net:
            if isinstance(module, torch.nn.Linear):
                module.weight.copy_(torch.randn_like(module.weight) * 0.6)
                module.bias.copy_(torch.randn_like(module.bias) * 0.3)
            elif isinstance(module, torch.nn.PReLU):
                module.weight.copy_(0.1 + 0.2 * torch.rand(1, dtype=torch.float64))
        for parameter in net.parameters():  # what the file holds is what every output is computed from
            parameter.copy_(parameter.to(TORCH_DTYPE[dtype]).to(torch.float64))
    x = (torch.randn(rows, inputs) * 1.2).to(torch.float32).to(torch.float64)  # exact in float32 too
    state = {key: (dtype, value) for key, value in net.state_dict().items()}
    write_safetensors(os.path.join(directory, name + ".safetensors"), state,
                      {"format": "pt", "written_by": "tools/safetensors_reference.py"})
    output_f64 = predictions(net, x, torch.float64)
    output_f32 = predictions(net, x, torch.float32)
    lines = [
        ("name", name),
        ("dtype", dtype),
        ("sequential", repr(net).replace("\n", " ")),
        ("tensors", " ".join(f"{k}{list(v.shape)}".replace(" ", "") for k, v in net.state_dict().items())),
        ("rows", str(rows)),
        ("x", numbers(x)),
        ("output_f32", numbers(output_f32)),
        ("output_f64", numbers(output_f64)),
    ]
    with open(os.path.join(directory, name + ".txt"), "w") as f:
        f.write(f"# Written by tools/safetensors_reference.py with PyTorch {torch.__version__}. Do not edit.\n")
        for key, text in lines:
            f.write(f"{key} {text}\n")
    if name == "BinaryF32":
        half = {key: ("F16", value) for key, value in net.state_dict().items()}
        write_safetensors(os.path.join(directory, "BinaryF16.safetensors"), half, {"format": "pt"})
    print(f"{directory}/{name}.safetensors: {dtype}, {sum(p.numel() for p in net.parameters())} parameters")


def from_fingerprint(fingerprint):
    """AutoNet's Architecture.fingerprint() -> (inputs, precision, [(units, activation, alpha)])."""
    fields = fingerprint.split(";")
    inputs = int(fields[0].removeprefix("inputs="))
    precision = fields[1].removeprefix("precision=")
    layers, fan_in = [], inputs
    for field in fields[2:-1]:
        match = re.fullmatch(r"[^=]+=(\d+)x(\d+):([A-Z_]+)(?:\((.*)\))?", field)
        assert match and int(match.group(1)) == fan_in, field
        units, name = int(match.group(2)), match.group(3)
        alpha = float(match.group(4)) if match.group(4) else None
        layers.append((units, name, alpha))
        fan_in = units
    return inputs, precision, layers


def read_text(path):
    fields = {}
    with open(path) as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                key, _, value = line.rstrip("\n").partition(" ")
                fields[key] = value
    return fields


def check(directory):
    failures, files = 0, sorted(f for f in os.listdir(directory) if f.endswith(".safetensors"))
    if not files:
        print(f"no .safetensors files in {directory}; run the Java export test first")
        return 1
    for file in files:
        tensors, metadata = read_safetensors(os.path.join(directory, file))
        inputs, precision, layers = from_fingerprint(metadata["autonet.fingerprint"])
        dtype = torch.float32 if precision == "FLOAT" else torch.float64
        net = sequential(inputs, layers).to(torch.float64)
        net.load_state_dict(tensors, strict=True)  # every name and shape must match the mapping
        net = net.to(dtype)
        fields = read_text(os.path.join(directory, file[:-len(".safetensors")] + ".txt"))
        rows = int(fields["rows"])
        x = torch.tensor([float(v) for v in fields["x"].split()], dtype=torch.float64).reshape(rows, inputs)
        expected = torch.tensor([float(v) for v in fields["output"].split()], dtype=torch.float64)
        actual = predictions(net, x, dtype).to(torch.float64).reshape(-1)
        error = ((actual - expected).abs() / expected.abs().clamp(min=1.0)).max().item()
        tolerance = 1e-6 if precision == "FLOAT" else 1e-12
        ok = error <= tolerance
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {file}: {precision}, {len(tensors)} tensors, {rows} rows, "
              f"max error {error:.3g} (tolerance {tolerance:g} relative to max(1, |output|))")
    print(f"{len(files) - failures} of {len(files)} AutoNet exports load into torch.nn.Sequential "
          f"and predict what AutoNet predicts")
    return 1 if failures else 0


def main():
    command = sys.argv[1] if len(sys.argv) > 1 else "write"
    if command == "write":
        directory = sys.argv[2] if len(sys.argv) > 2 else "processor/src/test/resources/safetensors"
        os.makedirs(directory, exist_ok=True)
        for index, (name, inputs, layers, dtype, rows) in enumerate(NETWORKS):
            write_reference(directory, index, name, inputs, layers, dtype, rows)
        return 0
    if command == "check":
        return check(sys.argv[2] if len(sys.argv) > 2 else "processor/target/safetensors-export")
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
