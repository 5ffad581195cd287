package dev.autonet.processor.model;

import dev.autonet.Activation;
import dev.autonet.Backend;
import dev.autonet.LossFunction;
import dev.autonet.Precision;
import dev.autonet.processor.spec.Supertype.Task;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * A validated network, immutable, from which code is generated. Generators read only this; anything
 * inconsistent here is a bug in the processor, not a user mistake.
 *
 * @param declaration the annotated interface (the originating element of every generated file)
 * @param packageName the declaration's package, where generated classes go
 * @param baseName the flattened simple name ({@code Outer_Inner}) that generated names extend
 * @param task the task interface the declaration extends, or empty
 * @param loss the loss, or empty for an inference-only network
 * @param huberDelta HUBER's delta; NaN for other losses
 * @param weights the {@code @Network(weights)} resource to freeze into {@code <Name>Frozen}; "" for none
 * @param backend how the model's predictions are computed: plain Java or the Vector API
 */
public record NetworkModel(
        TypeElement declaration,
        String packageName,
        String baseName,
        Precision precision,
        int inputs,
        List<LayerModel> layers,
        Optional<LossFunction> loss,
        double huberDelta,
        Optional<Task> task,
        int parameterCount,
        String weights,
        Backend backend) {

    public NetworkModel {
        layers = List.copyOf(layers);
    }

    /** A network without a weights file to freeze. */
    public NetworkModel(TypeElement declaration, String packageName, String baseName, Precision precision, int inputs,
            List<LayerModel> layers, Optional<LossFunction> loss, double huberDelta, Optional<Task> task,
            int parameterCount) {
        this(declaration, packageName, baseName, precision, inputs, layers, loss, huberDelta, task, parameterCount, "");
    }

    /** A network with the default {@link Backend#SCALAR} backend. */
    public NetworkModel(TypeElement declaration, String packageName, String baseName, Precision precision, int inputs,
            List<LayerModel> layers, Optional<LossFunction> loss, double huberDelta, Optional<Task> task,
            int parameterCount, String weights) {
        this(declaration, packageName, baseName, precision, inputs, layers, loss, huberDelta, task, parameterCount,
                weights, Backend.SCALAR);
    }

    /** Whether predictions run on {@code jdk.incubator.vector}. */
    public boolean vector() {
        return backend == Backend.VECTOR;
    }

    /** Whether the declaration names a weights file, so {@code <Name>Frozen} is generated. */
    public boolean frozen() {
        return !weights.isEmpty();
    }

    /** Width of the output layer. */
    public int outputs() {
        return outputLayer().units();
    }

    /** The last layer. */
    public LayerModel outputLayer() {
        return layers.get(layers.size() - 1);
    }

    /** Whether the output is a probability (SIGMOID or SOFTMAX), so logits are worth exposing. */
    public boolean isClassifier() {
        Activation output = outputLayer().activation();
        return output == Activation.SIGMOID || output == Activation.SOFTMAX;
    }

    /** Whether this network is trainable (has a {@code @Loss}). */
    public boolean trainable() {
        return loss.isPresent();
    }
}
