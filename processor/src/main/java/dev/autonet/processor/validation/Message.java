package dev.autonet.processor.validation;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every message the processor prints, in one place, so tests and docs refer to the same text. Each
 * starts with its rule's stable tag {@code [autonet.<rule>]}, says what is wrong, then how to fix it.
 * Several messages may share a rule id; the id is what {@code @SuppressWarnings} names.
 */
public enum Message {
    INTERNAL_ERROR("internal",
            "AutoNet failed unexpectedly on %s: %s. This is a bug in AutoNet; please report it with this declaration."),
    PROCESSOR_PATH("processor-path",
            "AutoNet cannot generate the classes of %1$s: javac's processor path lacks %2$s, which the processor "
                    + "runs on. Put the processor's dependencies on the processor path beside it (autonet-annotations, "
                    + "autonet-runtime and javapoet): Maven's <annotationProcessorPaths> and Gradle's "
                    + "annotationProcessor configuration add them by themselves; with javac itself, list every jar "
                    + "in -processorpath."),

    // Misuse of the annotations: DeclarationRules and TaskRules.
    NOT_INTERFACE("not-interface",
            "%1$s is %2$s, but @Network, @Dense and @Loss belong on an interface: AutoNet generates the classes "
                    + "that implement it. Declare it as 'interface %3$s'."),
    MISSING_NETWORK("missing-network",
            "%1$s has @%2$s but no @Network, so it declares no network and nothing is generated. "
                    + "Add @Network(inputs = <number of input features>) beside it."),
    NO_LAYERS("no-layers",
            "%s has @Network but no @Dense, so the network has no layers. Add one @Dense(units = ..., "
                    + "activation = ...) per layer, input side first; the last one is the output layer."),
    GENERIC_INTERFACE("generic-interface",
            "%1$s declares the type parameters <%2$s>, but a generated network has fixed float[] or double[] "
                    + "inputs and outputs and cannot fill them in. Remove the type parameters."),
    NOT_ACCESSIBLE("not-accessible",
            "%s is private or nested in a private type, so the classes AutoNet generates beside it in the same "
                    + "package cannot implement it. Make it, and every type enclosing it, package-private or public."),
    DECLARES_METHODS("declares-methods",
            "%1$s declares the abstract method %2$s, which the generated model cannot implement: the model "
                    + "declares no method of that name and parameters. Remove it or give it a default body; an "
                    + "abstract method may only re-declare one of the model's own, such as float[] predict(float[])."),
    ABSTRACT_METHOD_CLASH("declares-methods",
            "%1$s declares the abstract method %2$s, but the generated model's method with that name and "
                    + "parameters is %3$s, which cannot implement it. Remove it, or re-declare the model's method "
                    + "exactly as it is."),
    DEFAULT_METHOD_CLASH("declares-methods",
            "%1$s declares the default method %2$s, but the generated model declares %3$s with the same name "
                    + "and parameters, which would override your method or fail to compile beside it. Rename your "
                    + "method."),
    SEALED_INTERFACE("sealed-interface",
            "%1$s is sealed and does not permit %2$s, the model class AutoNet generates to implement it. Remove "
                    + "'sealed' (and its permits clause), or add %2$s to the permits clause."),
    NAME_CLASH_EXISTING("name-clash",
            "%1$s needs the name %2$s for its generated %3$s, but a type %2$s already exists. Rename %2$s, or "
                    + "rename %1$s: AutoNet names the classes it generates after the interface (<Name>Model, "
                    + "<Name>Trainer, <Name>Frozen), in the same package."),
    NAME_CLASH_NETWORK("name-clash",
            "%1$s generates %3$s, which %2$s generates too: a nested interface's generated names join the names "
                    + "of its enclosing types with '_', so both flatten to the same name. Rename %1$s or %2$s."),
    WRITE_FAILED("io",
            "Could not write %1$s, generated from %2$s: %3$s. Nothing more is generated for %2$s. If an earlier "
                    + "build left a generated %1$s among the sources being compiled, delete it (e.g. mvn clean) "
                    + "and compile again."),
    FOREIGN_SUPERTYPE("foreign-supertype",
            "%1$s extends %2$s, which the generated model cannot implement. Extend at most one of "
                    + "dev.autonet.runtime.BinaryClassifier, MultiClassifier or Regressor, and nothing else."),
    MULTIPLE_TASKS("multiple-tasks",
            "%1$s extends %2$s, but a network performs one task. Extend only the one that matches its output "
                    + "layer and loss."),
    BINARY_CLASSIFIER_MISMATCH("task-mismatch",
            "BinaryClassifier needs exactly 1 SIGMOID output unit and @Loss(BCE) or no @Loss, but the last @Dense "
                    + "is %2$s with units = %1$d and the declaration has %3$s. Use @Dense(units = 1, activation = "
                    + "SIGMOID) last with @Loss(BCE); for several classes extend MultiClassifier, for real values "
                    + "Regressor."),
    MULTI_CLASSIFIER_MISMATCH("task-mismatch",
            "MultiClassifier needs a SOFTMAX output layer and @Loss(CATEGORICAL_CROSS_ENTROPY), "
                    + "@Loss(SPARSE_CATEGORICAL_CROSS_ENTROPY) or no @Loss, but the last @Dense is %2$s with "
                    + "units = %1$d and the declaration has %3$s. Use @Dense(units = <classes>, activation = SOFTMAX) "
                    + "last with a cross-entropy loss; for one yes/no output extend BinaryClassifier, for real values "
                    + "Regressor."),
    REGRESSOR_MISMATCH("task-mismatch",
            "Regressor needs an output layer that is neither SOFTMAX nor STEP and @Loss(MSE), @Loss(MAE), "
                    + "@Loss(HUBER) or no @Loss, but the last @Dense is %2$s with units = %1$d and the declaration "
                    + "has %3$s. Use a LINEAR output with @Loss(MSE); for classification extend BinaryClassifier or "
                    + "MultiClassifier."),
    UNKNOWN_SUPPRESSION("unknown-suppression",
            "@SuppressWarnings(\"%1$s\") names no AutoNet rule, so it silences nothing. The AutoNet warnings "
                    + "that can be suppressed are %2$s; correct the id, or remove it."),
    VECTOR_MODULE_MISSING("vector-module",
            "%s has @Network(backend = VECTOR), which generates code on the Vector API, but this compilation "
                    + "cannot see the module jdk.incubator.vector. Add --add-modules jdk.incubator.vector to javac "
                    + "(Maven: maven-compiler-plugin <compilerArgs>) and to the java command that runs the code "
                    + "(Maven: surefire's or exec's argLine), or use backend = SCALAR, which needs no flags."),

    // Values of @Network and @Dense: DeclarationRules, LayerRules, LayerNameRules, SizeRules.
    INPUTS("inputs",
            "@Network(inputs = %d) declares no input features; a network needs at least 1. Set inputs to the "
                    + "number of features per example, e.g. inputs = 2 for points in the plane."),
    UNITS("units",
            "Layer %1$d has units = %2$d, but a layer needs at least 1 unit. Set units to the number of outputs "
                    + "of the layer, e.g. units = 16."),
    TOO_DEEP("too-deep",
            "The network has %1$,d @Dense layers, more than the %2$d AutoNet generates code for: beyond that, "
                    + "methods that do work for every layer grow past HotSpot's 8000-byte limit and would never be "
                    + "compiled to machine code. Use at most %2$d layers (wider ones, if you need the capacity)."),
    TOO_LARGE("too-large",
            "The network needs %1$,d parameters by layer %2$d, more than one Java array can index (%3$,d); "
                    + "AutoNet keeps all parameters in one flat array. Use fewer units."),
    ALPHA_LEAKY_RELU("alpha-range",
            "LEAKY_RELU alpha = %s is out of range: the negative slope must be in (0, 1) (default 0.01). "
                    + "Use e.g. alpha = 0.01, or leave alpha out; for slope 0 use RELU."),
    ALPHA_PRELU("alpha-range",
            "PRELU alpha = %s is out of range: the initial slope must be in [0, 1) (default 0.25). "
                    + "Use e.g. alpha = 0.25, or leave alpha out."),
    ALPHA_ELU("alpha-range",
            "ELU alpha = %s is out of range: it must be a finite number greater than 0 (default 1.0). "
                    + "Use e.g. alpha = 1.0, or leave alpha out."),
    ALPHA_UNUSED("alpha-unused",
            "alpha = %1$s has no effect on %2$s; only LEAKY_RELU, PRELU and ELU take alpha. Remove alpha, or "
                    + "choose one of those activations."),
    LAYER_NAME_INVALID("layer-name",
            "Layer name \"%s\" is not a valid Java identifier, and generated code names fields after it. Use "
                    + "letters, digits and '_', starting with a letter, and no keyword, e.g. name = \"encoder\"."),
    LAYER_NAME_DUPLICATE("layer-name",
            "Layer name \"%1$s\" is used by layers %2$d and %3$d (unnamed layers are called dense1, dense2, ...); "
                    + "each layer needs its own name. Rename one of them."),
    HIDDEN_SOFTMAX("hidden-softmax",
            "SOFTMAX belongs only on the output layer, but hidden layer %d uses it: forcing a layer's outputs to "
                    + "sum to 1 throws away their scale and starves the next layer of signal. Use RELU (or another "
                    + "hidden activation) here and SOFTMAX only on the last @Dense."),
    SOFTMAX_UNITS("softmax-units",
            "SOFTMAX needs at least 2 units, but layer %d has 1: a 1-unit softmax always outputs 1.0 and learns "
                    + "nothing. For two classes use 2 SOFTMAX units with @Loss(CATEGORICAL_CROSS_ENTROPY), or 1 "
                    + "SIGMOID unit with @Loss(BCE)."),
    STEP_TRAINED("step-trained",
            "STEP in layer %1$d cannot be trained with @Loss(%2$s): its gradient is zero everywhere, so no weight "
                    + "up to it would ever change. Train with SIGMOID (or RELU in hidden layers) instead; STEP is for "
                    + "inference-only networks, without @Loss."),
    VANISHING_GRADIENT("vanishing-gradient",
            "SIGMOID in hidden layer %d makes gradients vanish: its slope is at most 0.25 and near 0 once it "
                    + "saturates, so the layers before it learn slowly. Use RELU (or LEAKY_RELU, GELU, SWISH) in "
                    + "hidden layers and keep SIGMOID for the output, or suppress with "
                    + "@SuppressWarnings(\"autonet.vanishing-gradient\")."),

    // @Loss on its own: LossRules.
    ZERO_ONE_LOSS("zero-one-loss",
            "ZERO_ONE cannot be trained: its gradient is zero almost everywhere; train with "
                    + "BCE/CATEGORICAL_CROSS_ENTROPY/HINGE and measure 0-1 error as accuracy."),
    HUBER_DELTA("huber-delta",
            "HUBER delta = %s is invalid: it must be a finite number greater than 0 (default 1.0), the error size "
                    + "at which the loss turns from quadratic to linear. Use e.g. delta = 1.0."),
    DELTA_UNUSED("delta-unused",
            "delta = %1$s has no effect on %2$s; only HUBER takes delta. Remove delta, or use "
                    + "@Loss(value = HUBER, delta = %1$s)."),

    // Output layer × loss: PairingRules. Every pairing message takes (loss, output activation).
    BCE_ON_SOFTMAX("loss-activation",
            "%1$s needs a SIGMOID output layer, but the last @Dense uses %2$s. For mutually exclusive classes use "
                    + "@Loss(CATEGORICAL_CROSS_ENTROPY); for multi-label use activation = SIGMOID."),
    BCE_ON_LINEAR("loss-activation",
            "%1$s needs a SIGMOID output layer, but the last @Dense uses %2$s. Use activation = SIGMOID: the "
                    + "trainer fuses it with BCE and computes the loss from the logits, as stably as BCE with logits."),
    BCE_ON_NON_PROBABILITY("loss-activation",
            "%1$s needs a SIGMOID output layer, but the last @Dense uses %2$s, whose outputs are not probabilities "
                    + "in (0, 1). Use activation = SIGMOID on the last @Dense, or a regression loss such as "
                    + "@Loss(MSE) if the targets are not classes."),
    CROSS_ENTROPY_ON_SIGMOID("loss-activation",
            "%1$s needs a SOFTMAX output layer, but the last @Dense uses %2$s, whose outputs are independent and "
                    + "do not sum to 1. For mutually exclusive classes use activation = SOFTMAX; for binary or "
                    + "multi-label targets keep SIGMOID and use @Loss(BCE)."),
    CROSS_ENTROPY_ON_LINEAR("loss-activation",
            "%1$s needs a SOFTMAX output layer, but the last @Dense uses %2$s. Use activation = SOFTMAX: the "
                    + "trainer fuses it with the loss and computes it from the logits (log-sum-exp), as stably as "
                    + "cross-entropy with logits."),
    CROSS_ENTROPY_ON_NON_DISTRIBUTION("loss-activation",
            "%1$s needs a SOFTMAX output layer, but the last @Dense uses %2$s, whose outputs are not a probability "
                    + "distribution. Use activation = SOFTMAX on the last @Dense, with one unit per class."),
    HINGE_ON_SIGMOID("loss-activation",
            "%1$s needs a LINEAR output scoring labels -1 and +1, but the last @Dense uses %2$s, whose outputs lie "
                    + "in (0, 1) and can never score a -1 label. Use activation = LINEAR with HINGE, or keep SIGMOID "
                    + "and use @Loss(BCE) with labels 0 and 1."),
    HINGE_ON_SOFTMAX("loss-activation",
            "%1$s needs 1 LINEAR output unit scoring labels -1 and +1, but the last @Dense uses %2$s. For several "
                    + "classes keep SOFTMAX and use @Loss(CATEGORICAL_CROSS_ENTROPY); for a margin classifier use "
                    + "@Dense(units = 1, activation = LINEAR)."),
    HINGE_ON_TANH("loss-activation",
            "%1$s on a %2$s output trains, but TANH stays inside (-1, 1), so no example ever reaches a margin of 1 "
                    + "and the loss keeps pushing the unit into saturation. Prefer activation = LINEAR with HINGE, "
                    + "or suppress with @SuppressWarnings(\"autonet.loss-activation\")."),
    HINGE_ON_NON_LINEAR("loss-activation",
            "%1$s needs a LINEAR output scoring labels -1 and +1, but the last @Dense uses %2$s, which cuts off or "
                    + "squashes the negative scores that -1 labels need. Use activation = LINEAR on the last @Dense."),
    REGRESSION_ON_SOFTMAX("loss-activation",
            "%1$s on a %2$s output trains poorly: the outputs are coupled through their sum of 1 and their "
                    + "gradients vanish as they saturate. To fit class probabilities use "
                    + "@Loss(CATEGORICAL_CROSS_ENTROPY); for regression use activation = LINEAR; or suppress with "
                    + "@SuppressWarnings(\"autonet.loss-activation\")."),
    REGRESSION_ON_UNUSUAL("loss-activation",
            "%1$s on a %2$s output is unusual: the output cannot reach every target value, and a ReLU-like output "
                    + "unit whose input turns negative can stop learning for good (a dead unit). For regression use "
                    + "activation = LINEAR, or SOFTPLUS for positive targets; or suppress with "
                    + "@SuppressWarnings(\"autonet.loss-activation\")."),
    HINGE_UNITS("hinge-units",
            "HINGE scores one margin per example, so it needs exactly 1 output unit, but the last @Dense has "
                    + "units = %d. Use @Dense(units = 1, activation = LINEAR) with labels -1 and +1; for several "
                    + "classes use SOFTMAX with @Loss(CATEGORICAL_CROSS_ENTROPY)."),

    // @Network(weights): WeightsFileRule. Each takes (resource, ...) and names the file.
    WEIGHTS_MISSING("weights-file",
            "weights = \"%1$s\" names no file: looked for the resource %1$s in %2$s. Put the .autonet file "
                    + "there (in Maven under src/main/resources, which is copied to target/classes before "
                    + "compiling), or correct the path, which is relative to the resource root."),
    WEIGHTS_UNREADABLE("weights-file",
            "weights = \"%1$s\" could not be read from %2$s: %3$s. Check that the file is readable."),
    WEIGHTS_CORRUPTED("weights-file",
            "weights = \"%1$s\" is not a loadable model file: %2$s. Save it again with %3$s.save(path)."),
    WEIGHTS_MISMATCH("weights-file",
            "weights = \"%1$s\" was saved by a different network: %2$s. Point weights at a file that %3$s "
                    + "saved, or declare the network that saved this one."),
    WEIGHTS_NOT_FINITE("weights-file",
            "weights = \"%1$s\" cannot be frozen: %2$s, and every parameter must be finite. Retrain, or "
                    + "save a model that loads.");

    /** The messages printed as warnings, which {@code @SuppressWarnings("autonet.<rule>")} can silence. */
    private static final Set<Message> WARNINGS = EnumSet.of(
            HINGE_ON_TANH, REGRESSION_ON_SOFTMAX, REGRESSION_ON_UNUSUAL, VANISHING_GRADIENT, UNKNOWN_SUPPRESSION);

    private final String rule;
    private final String template;

    Message(String rule, String template) {
        this.rule = rule;
        this.template = template;
    }

    /** The rule id, as used in tags and in {@code @SuppressWarnings("autonet.<rule>")}. */
    public String rule() {
        return rule;
    }

    /** Whether this message is printed as a warning (never as an error). */
    public boolean isWarning() {
        return WARNINGS.contains(this);
    }

    /** Every rule id in the catalogue, without the "autonet." prefix. */
    public static Set<String> rules() {
        return Stream.of(values()).map(Message::rule).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The ids that silence warnings, "autonet.loss-activation", ..., sorted. */
    public static List<String> suppressibleIds() {
        return WARNINGS.stream().map(message -> "autonet." + message.rule()).distinct().sorted().toList();
    }

    /** The full text with its tag, {@code args} filled in. */
    public String format(Object... args) {
        return "[autonet." + rule + "] " + String.format(Locale.ROOT, template, args);
    }
}
