#!/usr/bin/env python3
"""Reference vectors for AutoNet's trainer, computed by PyTorch.

For a fixed set of small networks that together cover every trainable activation and every accepted
loss, this script draws parameters, inputs and targets from a fixed seed, runs them through the
equivalent torch.nn.Sequential in float64, and writes the outputs, the loss and the gradients with
respect to every parameter (in AutoNet's flat layout) and every input.

Run (Debian: apt-get install python3-torch):
    /usr/bin/python3 tools/torch_reference.py processor/src/test/resources/torch

Output: one text file per network, one "key value value ..." line per field, numbers written with
repr() so they round-trip exactly. CI never runs this: the files it wrote are committed.

AutoNet's flat layout, per layer: W as [fanIn][units] row-major (the transpose of Linear.weight),
then the bias, then PReLU's single slope.
"""
import math
import os
import sys

import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)

# name, inputs, [(units, activation, alpha)], loss, huber delta, rows
NETWORKS = [
    ("BceNet", 3, [(5, "RELU", None), (4, "TANH", None), (1, "SIGMOID", None)], "BCE", None, 7),
    ("MultiLabelNet", 3, [(4, "SWISH", None), (3, "SIGMOID", None)], "BCE", None, 6),
    ("CategoricalNet", 3, [(6, "LEAKY_RELU", 0.1), (5, "ELU", 0.7), (4, "SOFTMAX", None)],
     "CATEGORICAL_CROSS_ENTROPY", None, 6),
    ("SparseNet", 4, [(5, "GELU", None), (3, "SOFTMAX", None)], "SPARSE_CATEGORICAL_CROSS_ENTROPY", None, 5),
    ("MseNet", 3, [(4, "SWISH", None), (4, "SOFTPLUS", None), (2, "LINEAR", None)], "MSE", None, 6),
    ("MaeNet", 3, [(5, "PRELU", 0.2), (2, "LINEAR", None)], "MAE", None, 6),
    ("HuberNet", 3, [(4, "SIGMOID", None), (2, "LINEAR", None)], "HUBER", 0.5, 8),
    ("HingeNet", 3, [(4, "TANH", None), (1, "LINEAR", None)], "HINGE", None, 7),
    ("TanhOutputNet", 2, [(3, "RELU", None), (2, "TANH", None)], "MSE", None, 5),
    ("SigmoidRegressionNet", 2, [(3, "ELU", None), (2, "SIGMOID", None)], "MSE", None, 5),
    ("SoftplusOutputNet", 3, [(4, "GELU", None), (2, "SOFTPLUS", None)], "MAE", None, 5),
    ("ReluFamilyOutputNet", 3, [(4, "PRELU", None), (3, "LEAKY_RELU", None)], "HUBER", 1.0, 6),
    ("SwishGeluOutputNet", 2, [(3, "LINEAR", None), (3, "SWISH", None), (2, "GELU", None)], "MSE", None, 4),
    ("EluOutputNet", 2, [(3, "SOFTPLUS", None), (2, "ELU", 0.5)], "MSE", None, 4),
]

DEFAULT_ALPHA = {"LEAKY_RELU": 0.01, "PRELU": 0.25, "ELU": 1.0}


def activation(name, alpha):
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
        return torch.nn.Softplus(beta=1.0, threshold=1e9)  # no linear shortcut: the exact function
    if name in ("LINEAR", "SOFTMAX"):
        return None  # SOFTMAX is fused into the loss (cross-entropy from logits)
    raise ValueError(name)


def build(inputs, layers):
    modules, fan_in = [], inputs
    for units, act, alpha in layers:
        linear = torch.nn.Linear(fan_in, units)
        with torch.no_grad():
            linear.weight.copy_(torch.randn(units, fan_in) * 0.6)
            linear.bias.copy_(torch.randn(units) * 0.3)
        modules.append(linear)
        a = activation(act, alpha if alpha is not None else DEFAULT_ALPHA.get(act))
        if a is not None:
            modules.append(a)
        fan_in = units
    if layers[-1][1] == "SIGMOID":
        modules.pop()  # the output sigmoid is applied below (prediction) or fused into BCE (logits)
    return torch.nn.Sequential(*modules)


def targets(loss, rows, units):
    if loss == "BCE":
        return torch.rand(rows, units)  # soft targets in [0, 1]
    if loss == "CATEGORICAL_CROSS_ENTROPY":
        return F.one_hot(torch.randint(units, (rows,)), units).to(torch.float64)
    if loss == "SPARSE_CATEGORICAL_CROSS_ENTROPY":
        return torch.randint(units, (rows,)).to(torch.float64).reshape(rows, 1)
    if loss == "HINGE":
        return torch.randint(2, (rows, 1)).to(torch.float64) * 2 - 1
    return torch.randn(rows, units) * 0.8


def loss_value(loss, out, y, delta):
    """out is the last layer's activation, or its logits where the loss is fused."""
    if loss == "BCE":
        return F.binary_cross_entropy_with_logits(out, y)
    if loss == "CATEGORICAL_CROSS_ENTROPY":
        return F.cross_entropy(out, y)
    if loss == "SPARSE_CATEGORICAL_CROSS_ENTROPY":
        return F.cross_entropy(out, y.reshape(-1).long())
    if loss == "HINGE":
        return F.relu(1 - y * out).mean()  # relu'(0) = 0: zero gradient at margin exactly 1
    if loss == "MSE":
        return F.mse_loss(out, y)
    if loss == "MAE":
        return F.l1_loss(out, y)
    if loss == "HUBER":
        return F.huber_loss(out, y, delta=delta)
    raise ValueError(loss)


def flat_parameters(net):
    """AutoNet's layout: per Linear, W^T row-major then b; a following PReLU adds its slope."""
    values = []
    for module in net:
        if isinstance(module, torch.nn.Linear):
            values.append(module.weight.t().reshape(-1))
            values.append(module.bias.reshape(-1))
        elif isinstance(module, torch.nn.PReLU):
            values.append(module.weight.reshape(-1))
    return torch.cat(values)


def flat_gradients(net):
    values = []
    for module in net:
        if isinstance(module, torch.nn.Linear):
            values.append(module.weight.grad.t().reshape(-1))
            values.append(module.bias.grad.reshape(-1))
        elif isinstance(module, torch.nn.PReLU):
            values.append(module.weight.grad.reshape(-1))
    return torch.cat(values)


def numbers(tensor):
    return " ".join(repr(float(v)) for v in tensor.reshape(-1).tolist())


def write(directory, name, inputs, layers, loss, delta, rows):
    net = build(inputs, layers)
    x = (torch.randn(rows, inputs) * 1.2).requires_grad_(True)
    y = targets(loss, rows, layers[-1][0])
    logits = net(x)
    output_activation = layers[-1][1]
    if output_activation == "SIGMOID":
        prediction = torch.sigmoid(logits)
    elif output_activation == "SOFTMAX":
        prediction = torch.softmax(logits, dim=1)
    else:
        prediction = logits
    fused = loss == "BCE" or output_activation == "SOFTMAX"
    value = loss_value(loss, logits if fused else prediction, y, delta)
    value.backward()
    lines = [
        ("name", name),
        ("inputs", str(inputs)),
        ("layers", " ".join(f"{u}:{a}:{repr(al if al is not None else DEFAULT_ALPHA.get(a, float('nan')))}"
                            for u, a, al in layers)),
        ("loss", loss),
        ("delta", repr(delta if delta is not None else float("nan"))),
        ("rows", str(rows)),
        ("parameters", numbers(flat_parameters(net).detach())),
        ("x", numbers(x.detach())),
        ("y", numbers(y)),
        ("output", numbers(prediction.detach())),
        ("lossValue", repr(float(value))),
        ("parameterGradient", numbers(flat_gradients(net))),
        ("inputGradient", numbers(x.grad)),
    ]
    path = os.path.join(directory, name + ".txt")
    with open(path, "w") as f:
        f.write(f"# Written by tools/torch_reference.py with PyTorch {torch.__version__}, float64. Do not edit.\n")
        for key, text in lines:
            f.write(f"{key} {text}\n")
    print(f"{path}: loss {float(value):.6f}")


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else "processor/src/test/resources/torch"
    os.makedirs(directory, exist_ok=True)
    for index, (name, inputs, layers, loss, delta, rows) in enumerate(NETWORKS):
        torch.manual_seed(1000 + index)
        write(directory, name, inputs, layers, loss, delta, rows)


if __name__ == "__main__":
    main()
