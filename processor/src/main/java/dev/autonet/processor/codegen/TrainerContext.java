package dev.autonet.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.autonet.Activation;
import dev.autonet.LossFunction;
import dev.autonet.processor.model.LayerModel;
import dev.autonet.processor.model.NetworkModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One trainable network as the trainer's writers see it: the {@link ModelContext} (types, offset
 * constants, layer names), the loss, and the names of the trainer's per-layer buffers and methods.
 */
final class TrainerContext {
    static final ClassName OPTIMIZER = ClassName.get("dev.autonet.runtime.optim", "Optimizer");
    static final ClassName ADAM = ClassName.get("dev.autonet.runtime.optim", "Adam");
    static final ClassName DATASET = ClassName.get("dev.autonet.runtime.data", "Dataset");
    static final ClassName BATCHES = ClassName.get("dev.autonet.runtime.data", "Batches");
    static final ClassName DATA_CHECKS = ClassName.get("dev.autonet.runtime.data", "DataChecks");
    static final ClassName TARGET_CHECKS = ClassName.get("dev.autonet.runtime.data", "TargetChecks");
    static final ClassName TRAINABLE = ClassName.get("dev.autonet.runtime.train", "Trainable");
    static final ClassName FIT_LOOP = ClassName.get("dev.autonet.runtime.train", "FitLoop");
    static final ClassName FIT_OPTIONS = ClassName.get("dev.autonet.runtime.train", "FitOptions");
    static final ClassName HISTORY = ClassName.get("dev.autonet.runtime.train", "History");
    static final ClassName EVALUATION = ClassName.get("dev.autonet.runtime.train", "Evaluation");

    /*
     * Fields the trainer always declares. A layer's buffers are named after the layer plus a suffix
     * ("dense1Deltas"); the layer's stem gets '_' appended while any of its names would collide.
     */
    private static final Set<String> FIXED_NAMES = Set.of(
            "parameters", "gradient", "backup", "best", "hasBest", "optimizer", "inputRow", "targetRow",
            "inputTile", "inputGradientTile", "logitRow", "outputDeltaRow", "prediction", "expRow", "batchInputs",
            "batchTargets", "batchRows", "batchLoss", "batchMetricSum");
    private static final List<String> LAYER_SUFFIXES = List.of(
            "PreActivations", "Activations", "Deltas", "DeltaRows", "StagedGradient", "EverActive",
            "Forward", "WeightGradient", "InputGradient", "ActivationGradient");

    private final ModelContext model;
    private final NetworkModel network;
    private final LossFunction loss;
    private final ClassName trainerClass;
    private final List<String> stems;

    TrainerContext(NetworkModel network) {
        this.model = new ModelContext(network);
        this.network = network;
        this.loss = network.loss().orElseThrow(() -> new IllegalStateException("a trainer needs a loss"));
        if (loss == LossFunction.ZERO_ONE) {
            throw new IllegalStateException("ZERO_ONE cannot be trained; validation should have rejected it");
        }
        this.trainerClass = ClassName.get(network.packageName(), Names.trainerName(network.baseName()));
        this.stems = stems(network.layers().stream().map(model::variable).toList());
    }

    private static List<String> stems(List<String> variables) {
        Set<String> used = new HashSet<>(FIXED_NAMES);
        List<String> stems = new ArrayList<>();
        for (String variable : variables) {
            String stem = variable;
            while (collides(stem, used)) {
                stem += "_";
            }
            for (String suffix : LAYER_SUFFIXES) {
                used.add(stem + suffix);
            }
            stems.add(stem);
        }
        return stems;
    }

    private static boolean collides(String stem, Set<String> used) {
        for (String suffix : LAYER_SUFFIXES) {
            if (used.contains(stem + suffix)) {
                return true;
            }
        }
        return false;
    }

    ModelContext model() {
        return model;
    }

    NetworkModel network() {
        return network;
    }

    Numeric numeric() {
        return model.numeric();
    }

    LossFunction loss() {
        return loss;
    }

    LayerModel outputLayer() {
        return network.outputLayer();
    }

    /** The generated class, e.g. {@code MoonsTrainer}. */
    ClassName trainerClass() {
        return trainerClass;
    }

    /** Whether the output activation is folded into the loss and differentiated as one (p − y). */
    boolean fused() {
        return loss == LossFunction.BCE || crossEntropy(); // validation pairs them with SIGMOID and SOFTMAX
    }

    /** CATEGORICAL or SPARSE_CATEGORICAL cross-entropy. */
    boolean crossEntropy() {
        return loss == LossFunction.CATEGORICAL_CROSS_ENTROPY || loss == LossFunction.SPARSE_CATEGORICAL_CROSS_ENTROPY;
    }

    /**
     * Whether the row's sigmoid and its BCE share one {@code exp(-|z|)} per output through {@code expRow}:
     * BCE on SIGMOID outputs.
     */
    boolean sharesExp() {
        return loss == LossFunction.BCE && outputLayer().activation() == Activation.SIGMOID;
    }

    /** Whether the loss is a mean over output units as well as rows (all but cross-entropy). */
    boolean meanOverOutputs() {
        return !crossEntropy();
    }

    /** Whether {@code evaluate} reports accuracy (classification losses) rather than mean absolute error. */
    boolean classifier() {
        return loss == LossFunction.BCE || crossEntropy() || loss == LossFunction.HINGE;
    }

    /** Target values per row: one class index for sparse cross-entropy, else one per output. */
    int targetWidth() {
        return loss == LossFunction.SPARSE_CATEGORICAL_CROSS_ENTROPY ? 1 : network.outputs();
    }

    /** Predictions the metric counts per row: one per row for cross-entropy, else one per output. */
    int metricWidth() {
        return crossEntropy() ? 1 : network.outputs();
    }

    /** Layers whose units can die, for which the trainer tracks activity. */
    List<LayerModel> reluLayers() {
        return network.layers().stream().filter(layer -> layer.activation() == Activation.RELU).toList();
    }

    // Buffers and methods of one layer.

    String preActivations(LayerModel layer) {
        return stem(layer) + "PreActivations";
    }

    /** The activations array of a hidden layer; the first layer's input is {@code inputRow}. */
    String activations(LayerModel layer) {
        return stem(layer) + "Activations";
    }

    /** What layer {@code layer} reads: the input tile for the first layer, else the previous activations. */
    String inputOf(LayerModel layer) {
        return layer.index() == 0 ? "inputTile" : activations(previous(layer));
    }

    /** The tile of a layer's deltas (dL/dz), feature-major: {@code [units][TILE]}. */
    String deltas(LayerModel layer) {
        return stem(layer) + "Deltas";
    }

    /** The same deltas row-major, {@code [TILE][units]}, for a {@link TrainerGradientWriter#staged} weight gradient. */
    String deltaRows(LayerModel layer) {
        return stem(layer) + "DeltaRows";
    }

    /** A {@link TrainerGradientWriter#staged} layer's weight gradient, {@code [fanIn][units]}, before it goes into g. */
    String stagedGradient(LayerModel layer) {
        return stem(layer) + "StagedGradient";
    }

    /** The layers whose weight gradient is {@link TrainerGradientWriter#staged}. */
    List<LayerModel> stagedLayers() {
        return network.layers().stream().filter(TrainerGradientWriter::staged).toList();
    }

    String everActive(LayerModel layer) {
        return stem(layer) + "EverActive";
    }

    /** A kernel's name: "dense1Forward", or "dense1WeightGradientPart2" when the work is split. */
    String kernel(LayerModel layer, String kind, int part, int parts) {
        return stem(layer) + kind + (parts > 1 ? "Part" + part : "");
    }

    LayerModel previous(LayerModel layer) {
        return network.layers().get(layer.index() - 1);
    }

    boolean isOutput(LayerModel layer) {
        return model.isOutput(layer);
    }

    private String stem(LayerModel layer) {
        return stems.get(layer.index());
    }

    /** {@code value} narrowed to the network's precision: {@code (float) (value)} for FLOAT, as is for DOUBLE. */
    CodeBlock narrow(CodeBlock value) {
        return numeric() == Numeric.FLOAT ? CodeBlock.of("(float) ($L)", value) : value;
    }

    /** {@code Float} or {@code Double}, whose {@code isFinite} checks a value of the network's precision. */
    Class<?> boxed() {
        return numeric() == Numeric.FLOAT ? Float.class : Double.class;
    }
}
