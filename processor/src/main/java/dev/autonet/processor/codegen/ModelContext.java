package dev.autonet.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.autonet.processor.model.LayerModel;
import dev.autonet.processor.model.NetworkModel;
import java.util.List;

/** One network as the generators see it: the model, its precision's types, and every layer's generated names. */
final class ModelContext {
    static final ClassName ACTIVATIONS = ClassName.get("dev.autonet.runtime.internal", "Activations");
    static final ClassName CHECKS = ClassName.get("dev.autonet.runtime.internal", "Checks");

    private final NetworkModel network;
    private final Numeric numeric;
    private final ClassName modelClass;
    private final List<String> variables;
    private final List<String> constants;

    ModelContext(NetworkModel network) {
        this.network = network;
        this.numeric = Numeric.of(network.precision());
        this.modelClass = ClassName.get(network.packageName(), Names.modelName(network.baseName()));
        List<String> layerNames = network.layers().stream().map(LayerModel::name).toList();
        this.variables = Names.layerVariables(layerNames);
        this.constants = Names.layerConstants(layerNames);
    }

    NetworkModel network() {
        return network;
    }

    Numeric numeric() {
        return numeric;
    }

    /** The generated class, e.g. {@code MoonsModel}. */
    ClassName modelClass() {
        return modelClass;
    }

    /** The nested per-thread scratch class. */
    ClassName workspaceClass() {
        return modelClass.nestedClass("Workspace");
    }

    /** The nested per-thread tile buffers of batched predictions, for both backends. */
    ClassName batchWorkspaceClass() {
        return modelClass.nestedClass("BatchWorkspace");
    }

    /** Whether {@code layer} is the output layer, whose method writes pre-activations (the logits). */
    boolean isOutput(LayerModel layer) {
        return layer.index() == network.layers().size() - 1;
    }

    /** The layer's identifier: its buffer, its method, its unit locals' prefix. */
    String variable(LayerModel layer) {
        return variables.get(layer.index());
    }

    /** The name of the array a layer method reads: {@code input} for the first layer, else the previous layer's buffer. */
    String inputArray(LayerModel layer) {
        return layer.index() == 0 ? Names.INPUT : variables.get(layer.index() - 1);
    }

    /** The name of the array a layer method writes: {@code output} for the output layer, else the layer's buffer. */
    String outputArray(LayerModel layer) {
        return isOutput(layer) ? Names.OUTPUT : variable(layer);
    }

    String weightsConstant(LayerModel layer) {
        return Names.weightsConstant(constants.get(layer.index()));
    }

    String biasConstant(LayerModel layer) {
        return Names.biasConstant(constants.get(layer.index()));
    }

    String alphaConstant(LayerModel layer) {
        return Names.alphaConstant(constants.get(layer.index()));
    }

    /** An index into the parameters as a named offset plus a constant: {@code DENSE1_WEIGHTS + 35}. */
    static CodeBlock offset(String constant, int plus) {
        return plus == 0 ? CodeBlock.of("$N", constant) : CodeBlock.of("$N + $L", constant, plus);
    }

    /** "dense1 (2 -> 32, RELU)", for comments and Javadoc. */
    static String describe(LayerModel layer) {
        return layer.name() + " (" + layer.fanIn() + " -> " + layer.units() + ", " + layer.activation() + ")";
    }
}
