package dev.autonet.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.autonet.LossFunction;
import dev.autonet.processor.model.LayerModel;
import dev.autonet.processor.model.NetworkModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The trainer's constants (the model's shape and offsets, plus the target width and per-layer bounds)
 * and its fields: the weights, the gradient and its backups, and every buffer a tile's forward and
 * backward pass needs, all allocated once so that a training step allocates nothing.
 */
final class TrainerFields {
    private final TrainerContext context;
    private final NetworkModel network;
    private final Numeric numeric;

    TrainerFields(TrainerContext context) {
        this.context = context;
        this.network = context.network();
        this.numeric = context.numeric();
    }

    /*
     * public static final int INPUTS = 2; OUTPUTS, PARAMETER_COUNT, TARGET_WIDTH likewise;
     * private static final int DENSE1_WEIGHTS = 0; ...
     * private static final int[] LAYER_STARTS = {DENSE1_WEIGHTS, DENSE2_WEIGHTS, PARAMETER_COUNT};
     * private static final String METRIC = "accuracy";
     * private static final double HUBER_DELTA = 1.0;   (HUBER only)
     */
    List<FieldSpec> constants() {
        List<FieldSpec> fields = new ArrayList<>(new ModelFactories(context.model()).constants());
        fields.add(FieldSpec.builder(int.class, "TARGET_WIDTH", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Target values per row: $L.\n", context.loss() == LossFunction.SPARSE_CATEGORICAL_CROSS_ENTROPY
                        ? "one class index, as a whole number in [0, OUTPUTS)" : "one per output")
                .initializer("$L", context.targetWidth())
                .build());
        CodeBlock.Builder starts = CodeBlock.builder().add("{");
        for (LayerModel layer : network.layers()) {
            starts.add("$N,$W", context.model().weightsConstant(layer));
        }
        fields.add(FieldSpec.builder(int[].class, "LAYER_STARTS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Layer k owns parameters {@code [LAYER_STARTS[k], LAYER_STARTS[k + 1])}.\n")
                .initializer(starts.add("PARAMETER_COUNT}").build())
                .build());
        fields.add(FieldSpec.builder(String.class, "METRIC", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("What {@link #evaluate} reports beside the loss.\n")
                .initializer("$S", context.classifier() ? "accuracy" : "mae")
                .build());
        if (network.vector()) {
            fields.add(new VectorKernel(context.model()).speciesField());
        }
        fields.add(FieldSpec.builder(int.class, "TILE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Rows per tile of the forward and backward passes.\n")
                .initializer("$L", TrainerBatchWriter.TILE_ROWS)
                .build());
        if (context.loss() == LossFunction.HUBER) {
            fields.add(FieldSpec.builder(double.class, "HUBER_DELTA", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Where the Huber loss turns from quadratic to linear.\n")
                    .initializer("$L", Double.toString(network.huberDelta()))
                    .build());
        }
        return fields;
    }

    /*
     * private final float[] parameters;
     * private final float[] gradient = new float[PARAMETER_COUNT];
     * ...
     * private final float[] dense1PreActivations = new float[32];
     * private final boolean[] dense1EverActive = new boolean[32];
     * private float[] batchInputs = new float[0];
     */
    List<FieldSpec> fields() {
        List<FieldSpec> fields = new ArrayList<>();
        fields.add(FieldSpec.builder(numeric.array(), "parameters", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("The weights being trained, in the model's layout.\n")
                .build());
        fields.add(buffer("gradient", "PARAMETER_COUNT",
                "The last batch's gradient of the mean loss, in the layout of {@code parameters}."));
        fields.add(buffer("backup", "PARAMETER_COUNT",
                "The weights before the last step, put back if it made one non-finite."));
        fields.add(buffer("best", "PARAMETER_COUNT", "The weights {@link #saveBest} remembered."));
        fields.add(FieldSpec.builder(boolean.class, "hasBest", Modifier.PRIVATE)
                .addJavadoc("Whether {@code best} holds weights.\n")
                .build());
        fields.add(FieldSpec.builder(TrainerContext.OPTIMIZER, "optimizer", Modifier.PRIVATE)
                .addJavadoc("Used by {@link #fit}; Adam with PyTorch's defaults until set.\n")
                .initializer("$T.defaults()", TrainerContext.ADAM)
                .build());
        fields.add(buffer("inputRow", "INPUTS", "One row's inputs, on their way from a data set into {@code inputTile}."));
        fields.add(buffer("targetRow", "TARGET_WIDTH", "The targets of the row being evaluated."));
        fields.add(tile("inputTile", "INPUTS", "The tile's input rows, feature-major."));
        fields.add(tile("inputGradientTile", "INPUTS", "The gradient with respect to {@code inputTile}."));
        fields.add(buffer("logitRow", "OUTPUTS", "The output layer's pre-activation of the row being scored."));
        fields.add(buffer("prediction", "OUTPUTS", "The output activation of the row being scored."));
        if (context.sharesExp()) {
            fields.add(FieldSpec.builder(double[].class, "expRow", Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("$L\n", "e^−|z| of each output of the row being scored, for its sigmoid and its BCE.")
                    .initializer("new double[OUTPUTS]")
                    .build());
        }
        fields.add(buffer("outputDeltaRow", "OUTPUTS",
                "The gradient of the loss with respect to {@code logitRow}, before it goes into the tile."));
        for (LayerModel layer : network.layers()) {
            fields.addAll(layerBuffers(layer).stream().map(this::allocatedLater).toList());
        }
        fields.add(growing("batchInputs",
                "The fit loop's mini-batch inputs, row-major; grown to the batch size once."));
        fields.add(growing("batchTargets",
                "The fit loop's mini-batch targets, row-major; grown with {@code batchInputs}."));
        fields.add(scalar(TypeName.INT, "batchRows", "Rows in the last batch."));
        fields.add(scalar(TypeName.DOUBLE, "batchLoss", "Mean loss of the last batch."));
        fields.add(scalar(TypeName.DOUBLE, "batchMetricSum", "The last batch's metric, summed over its predictions."));
        return fields;
    }

    /** Whether the layers' buffers are allocated by {@link #allocation} rather than by their initializers. */
    static boolean allocatesInPieces(NetworkModel network) {
        return MethodPieces.splits(network.layers().size());
    }

    private List<FieldSpec> layerBuffers(LayerModel layer) {
        List<FieldSpec> fields = new ArrayList<>();
        addLayerBuffers(fields, layer);
        return fields;
    }

    /*
     * A deep network's buffers would take the constructor past HotSpot's 8000-byte limit (about 40 bytes a
     * layer), so they lose their initializer and final, and allocation() assigns them in pieces:
     *     private float[][] dense1PreActivations;
     */
    private FieldSpec allocatedLater(FieldSpec field) {
        if (!allocatesInPieces(network)) {
            return field;
        }
        return FieldSpec.builder(field.type(), field.name(), Modifier.PRIVATE).addJavadoc(field.javadoc()).build();
    }

    /*
     * private void allocateLayerBuffers() {            (in pieces, deep networks only)
     *     dense1PreActivations = new float[1][TILE];
     *     ...
     * }
     */
    List<MethodSpec> allocation() {
        if (!allocatesInPieces(network)) {
            return List.of();
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder("allocateLayerBuffers")
                .addJavadoc("Allocates every layer's buffers; called once, by the constructor.\n")
                .addModifiers(Modifier.PRIVATE);
        List<CodeBlock> blocks = new ArrayList<>();
        for (LayerModel layer : network.layers()) {
            CodeBlock.Builder block = CodeBlock.builder();
            for (FieldSpec field : layerBuffers(layer)) {
                block.addStatement("$N = $L", field, field.initializer());
            }
            blocks.add(block.build());
        }
        return MethodPieces.split(method, blocks);
    }

    /*
     * private final float[][] dense1PreActivations = new float[32][TILE];
     * private final float[][] dense1Activations = new float[32][TILE];      (hidden layers)
     * private final float[][] dense1Deltas = new float[32][TILE];
     * private final float[][] dense1DeltaRows = new float[TILE][256];              (staged layers)
     * private final float[][] dense1StagedGradient = new float[784][256];         (staged layers)
     * private final boolean[] dense1EverActive = new boolean[32];           (RELU layers)
     */
    private void addLayerBuffers(List<FieldSpec> fields, LayerModel layer) {
        String size = Integer.toString(layer.units());
        fields.add(tile(context.preActivations(layer), size, "Pre-activations z of " + describe(layer)
                + ", feature-major."));
        if (!context.isOutput(layer)) {
            fields.add(tile(context.activations(layer), size, "Activations of " + describe(layer) + ", feature-major."));
        }
        fields.add(tile(context.deltas(layer), size, "Gradient of the loss with respect to " + describe(layer)
                + "'s pre-activations, feature-major."));
        if (TrainerGradientWriter.staged(layer)) {
            fields.add(FieldSpec.builder(ArrayTypeName.of(numeric.array()), context.deltaRows(layer), Modifier.PRIVATE,
                            Modifier.FINAL)
                    .addJavadoc("$L\n", "The same gradient row-major, for the staged weight gradient.")
                    .initializer("new $T[TILE][$L]", numeric.scalar(), size)
                    .build());
            fields.add(FieldSpec.builder(ArrayTypeName.of(numeric.array()), context.stagedGradient(layer), Modifier.PRIVATE,
                            Modifier.FINAL)
                    .addJavadoc("$L\n", "The gradient of " + layer.name() + "'s W as [fanIn][units], summed over a whole"
                            + " batch before it is copied into the flat gradient.")
                    .initializer("new $T[$L][$L]", numeric.scalar(), layer.fanIn(), size)
                    .build());
        }
        if (context.reluLayers().contains(layer)) {
            fields.add(FieldSpec.builder(boolean[].class, context.everActive(layer), Modifier.PRIVATE, Modifier.FINAL)
                    .addJavadoc("Which units of $L had a positive pre-activation since {@link #startEpoch}.\n", layer.name())
                    .initializer("new boolean[$L]", layer.units())
                    .build());
        }
    }

    private static String describe(LayerModel layer) {
        return ModelContext.describe(layer);
    }

    // private final float[][] name = new float[FEATURES][TILE];
    private FieldSpec tile(String name, String features, String doc) {
        return FieldSpec.builder(ArrayTypeName.of(numeric.array()), name, Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .initializer("new $T[$L][TILE]", numeric.scalar(), features)
                .build();
    }

    // private final float[] name = new float[SIZE];
    private FieldSpec buffer(String name, String size, String doc) {
        return FieldSpec.builder(numeric.array(), name, Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .initializer("new $T[$L]", numeric.scalar(), size)
                .build();
    }

    // private float[] name = new float[0];
    private FieldSpec growing(String name, String doc) {
        ArrayTypeName type = numeric.array();
        return FieldSpec.builder(type, name, Modifier.PRIVATE)
                .addJavadoc("$L\n", doc)
                .initializer("new $T[0]", numeric.scalar())
                .build();
    }

    // private int name;
    private static FieldSpec scalar(TypeName type, String name, String doc) {
        return FieldSpec.builder(type, name, Modifier.PRIVATE).addJavadoc("$L\n", doc).build();
    }
}
