package dev.autonet.processor.codegen;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/** Every generated name, derived in one place. */
public final class Names {
    /** Suffix of the generated inference class. */
    public static final String MODEL_SUFFIX = "Model";
    /** Suffix of the generated trainer. */
    public static final String TRAINER_SUFFIX = "Trainer";
    /** Suffix of the generated class with frozen, compiled-in parameters. */
    public static final String FROZEN_SUFFIX = "Frozen";

    /** The parameter array inside the generated layer methods. */
    static final String PARAMETERS_LOCAL = "p";
    /** The network's input array. */
    static final String INPUT = "input";
    /** The array the output layer writes. */
    static final String OUTPUT = "output";
    /** The workspace buffer that receives the output layer's pre-activation for task methods. */
    static final String LOGITS = "logits";

    /*
     * Identifiers generated code declares itself, and the types its layer methods name (a variable would
     * shadow them). A layer name equal to one of them, or shaped like a unit local ("name_3"), gets '_'
     * appended, so user names can never shadow generated ones.
     */
    private static final Set<String> RESERVED = Set.of(
            PARAMETERS_LOCAL, INPUT, OUTPUT, LOGITS, "parameters", "scratch", "i", "j", "x", "row", "slope",
            "values", "converted", "result", "best", "random", "seed", "Activations", "System", "Checks", "Workspace");
    private static final Pattern UNIT_LOCAL_SHAPE = Pattern.compile(".*_[0-9]+");

    private Names() {}

    /** The JDK's {@code @Generated}, on every class AutoNet writes, naming the processor. */
    public static final String GENERATED = "javax.annotation.processing.Generated";
    /** The runtime's class-retained marker, naming the declaration, on every generated class but the frozen one. */
    public static final String MARKER = "dev.autonet.runtime.internal.AutoNetGenerated";

    /** "pkg.Name", or "Name" in the unnamed package. */
    public static String qualifiedName(String packageName, String simpleName) {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }

    /** The package of {@code type}; "" for the unnamed package. */
    public static String packageOf(TypeElement type) {
        Element e = type;
        while (e.getKind() != ElementKind.PACKAGE) {
            e = e.getEnclosingElement();
        }
        return ((PackageElement) e).getQualifiedName().toString();
    }

    /** The simple names from the outermost type inward joined by '_': {@code Outer.Inner} gives "Outer_Inner". */
    public static String baseName(TypeElement type) {
        Deque<String> names = new ArrayDeque<>();
        for (Element e = type; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            names.addFirst(e.getSimpleName().toString());
        }
        return String.join("_", names);
    }

    /** "MoonsModel" for base name "Moons". */
    public static String modelName(String baseName) {
        return baseName + MODEL_SUFFIX;
    }

    /** "MoonsTrainer" for base name "Moons". */
    public static String trainerName(String baseName) {
        return baseName + TRAINER_SUFFIX;
    }

    /** "MoonsFrozen" for base name "Moons". */
    public static String frozenName(String baseName) {
        return baseName + FROZEN_SUFFIX;
    }

    /**
     * A frozen class's layer method: the model's name, with '_' appended while it is one of the names
     * the frozen class's own static methods take with the same parameters (a layer named "predict").
     */
    static String frozenLayerMethod(String layerMethod) {
        String name = layerMethod;
        while (name.equals("predict") || name.equals("logits") || name.equals("forward")) {
            name += "_";
        }
        return name;
    }

    /**
     * The identifier of each layer in generated code (its workspace buffer, its method, the prefix of its
     * unit locals): the layer's own name, with '_' appended while it collides with a generated identifier,
     * looks like a unit local, or is taken by an earlier layer.
     */
    public static List<String> layerVariables(List<String> layerNames) {
        List<String> variables = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (String name : layerNames) {
            String candidate = name;
            while (RESERVED.contains(candidate) || UNIT_LOCAL_SHAPE.matcher(candidate).matches()
                    || layerNames.contains(candidate) && !candidate.equals(name) || used.contains(candidate)) {
                candidate += "_";
            }
            used.add(candidate);
            variables.add(candidate);
        }
        return variables;
    }

    /**
     * The prefix of each layer's offset constants: "hiddenLayer" gives "HIDDEN_LAYER" (then
     * "HIDDEN_LAYER_WEIGHTS"); two names that upper-case alike get their 1-based layer number appended.
     */
    public static List<String> layerConstants(List<String> layerNames) {
        List<String> upper = layerNames.stream().map(Names::upperSnake).toList();
        List<String> constants = new ArrayList<>();
        for (int i = 0; i < upper.size(); i++) {
            String name = upper.get(i);
            boolean unique = upper.indexOf(name) == upper.lastIndexOf(name);
            constants.add(unique ? name : name + "_" + (i + 1));
        }
        return constants;
    }

    /** The offset constant of a layer's W: "DENSE1_WEIGHTS". */
    static String weightsConstant(String layerConstant) {
        return layerConstant + "_WEIGHTS";
    }

    /** The offset constant of a layer's b: "DENSE1_BIAS". */
    static String biasConstant(String layerConstant) {
        return layerConstant + "_BIAS";
    }

    /** The offset constant of a PReLU layer's learned slope: "DENSE1_ALPHA". */
    static String alphaConstant(String layerConstant) {
        return layerConstant + "_ALPHA";
    }

    /** The local holding unit {@code unit} of a layer in straight-line code: "dense1_3". */
    static String unitLocal(String layerVariable, int unit) {
        return layerVariable + "_" + unit;
    }

    /** The local holding input feature {@code feature} in straight-line code: "input_0". */
    static String inputLocal(int feature) {
        return INPUT + "_" + feature;
    }

    /** The method computing layers first..last in one piece: "dense1" alone, else "dense1ToDense4". */
    static String blockMethod(String firstVariable, String lastVariable) {
        return firstVariable.equals(lastVariable) ? firstVariable : firstVariable + "To" + capitalize(lastVariable);
    }

    /**
     * The method computing units first..last (inclusive) of a layer too wide for one method:
     * "dense1Units0To255", or "dense1Unit7" for a single unit.
     */
    static String unitRangeMethod(String layerVariable, int first, int last) {
        return first == last ? layerVariable + "Unit" + first : layerVariable + "Units" + first + "To" + last;
    }

    /** The helper converting into {@code target}'s arrays: "toFloats" or "toDoubles". */
    static String conversionMethod(Numeric target) {
        return target == Numeric.FLOAT ? "toFloats" : "toDoubles";
    }

    private static String capitalize(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private static String upperSnake(String name) {
        StringBuilder constant = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))
                    && name.charAt(i - 1) != '_') {
                constant.append('_');
            }
            constant.append(Character.toUpperCase(c));
        }
        return constant.toString();
    }
}
