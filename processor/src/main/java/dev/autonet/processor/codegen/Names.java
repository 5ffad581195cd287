package dev.autonet.processor.codegen;

import java.util.ArrayDeque;
import java.util.Deque;
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

    private Names() {}

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
}
