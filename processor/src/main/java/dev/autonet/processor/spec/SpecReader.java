package dev.autonet.processor.spec;

import dev.autonet.Activation;
import dev.autonet.LossFunction;
import dev.autonet.Backend;
import dev.autonet.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads the AutoNet annotations on one type into a {@link NetworkSpec}. Reading checks nothing: it keeps
 * what was written and where, for validation to judge.
 */
public final class SpecReader {
    public static final String NETWORK = "dev.autonet.Network";
    public static final String DENSE = "dev.autonet.Dense";
    public static final String DENSE_LIST = "dev.autonet.Dense.List";
    public static final String LOSS = "dev.autonet.Loss";
    /**
     * The Vector API's module: in javac's module graph only when javac runs with
     * {@code --add-modules jdk.incubator.vector}. Asked for by module, not by looking up one of its
     * classes: a class lookup that fails searches every module and cost about 70 ms of a cold javac.
     */
    public static final String VECTOR_MODULE = "jdk.incubator.vector";

    private static final String SUPPRESS_WARNINGS = "java.lang.SuppressWarnings";

    private final Elements elements;

    public SpecReader(Elements elements) {
        this.elements = elements;
    }

    /** The declaration on {@code type} as written. */
    public NetworkSpec read(TypeElement type) {
        Optional<AnnotationMirror> network = find(type, NETWORK);
        return new NetworkSpec(
                type,
                type.getKind(),
                network.map(mirror -> Origin.of(type, mirror)),
                network.map(mirror -> this.<Integer>attribute(type, mirror, "inputs"))
                        .orElse(new Value<>(0, false, Origin.of(type))),
                network.map(mirror -> enumAttribute(type, mirror, "precision", Precision.class))
                        .orElse(new Value<>(Precision.FLOAT, false, Origin.of(type))),
                network.map(mirror -> this.<String>attribute(type, mirror, "weights"))
                        .orElse(new Value<>("", false, Origin.of(type))),
                network.map(mirror -> enumAttribute(type, mirror, "backend", Backend.class))
                        .orElse(new Value<>(Backend.SCALAR, false, Origin.of(type))),
                elements.getModuleElement(VECTOR_MODULE) != null,
                readLayers(type),
                find(type, LOSS).map(mirror -> readLoss(type, mirror)),
                readSupertypes(type),
                ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                        .filter(method -> !method.getModifiers().contains(Modifier.STATIC)
                                && !method.getModifiers().contains(Modifier.PRIVATE))
                        .toList(),
                type.getModifiers().contains(Modifier.SEALED),
                permitted(type),
                !type.getTypeParameters().isEmpty(),
                isPrivate(type),
                suppressions(type));
    }

    // @Dense written once appears as itself; written several times, javac wraps the copies, in source
    // order, in one synthesized @Dense.List.
    private List<LayerSpec> readLayers(TypeElement type) {
        List<AnnotationMirror> mirrors = new ArrayList<>();
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            String name = nameOf(mirror);
            if (name.equals(DENSE)) {
                mirrors.add(mirror);
            } else if (name.equals(DENSE_LIST)) {
                for (AnnotationValue nested : arrayAttribute(mirror, "value")) {
                    mirrors.add((AnnotationMirror) nested.getValue());
                }
            }
        }
        List<LayerSpec> layers = new ArrayList<>();
        for (AnnotationMirror mirror : mirrors) {
            layers.add(new LayerSpec(
                    layers.size(),
                    Origin.of(type, mirror),
                    attribute(type, mirror, "units"),
                    enumAttribute(type, mirror, "activation", Activation.class),
                    attribute(type, mirror, "alpha"),
                    attribute(type, mirror, "name")));
        }
        return layers;
    }

    private LossSpec readLoss(TypeElement type, AnnotationMirror mirror) {
        return new LossSpec(
                Origin.of(type, mirror),
                enumAttribute(type, mirror, "value", LossFunction.class),
                attribute(type, mirror, "delta"));
    }

    private List<Supertype> readSupertypes(TypeElement type) {
        List<Supertype> supertypes = new ArrayList<>();
        List<? extends TypeMirror> interfaces = type.getInterfaces();
        for (int i = 0; i < interfaces.size(); i++) {
            if (interfaces.get(i) instanceof DeclaredType declared) {
                String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
                supertypes.add(new Supertype(Supertype.Task.forName(name), name, Origin.ofSupertype(type, i)));
            }
        }
        return supertypes;
    }

    private static List<String> permitted(TypeElement type) {
        List<String> names = new ArrayList<>();
        for (TypeMirror subclass : type.getPermittedSubclasses()) {
            if (subclass instanceof DeclaredType declared) {
                names.add(((TypeElement) declared.asElement()).getQualifiedName().toString());
            }
        }
        return names;
    }

    private static boolean isPrivate(Element element) {
        for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                return true;
            }
        }
        return false;
    }

    // Each "autonet.*" string of @SuppressWarnings on the type and the types enclosing it, innermost first:
    // honoured on every enclosing type, as javac does for its own lint categories.
    private static List<Value<String>> suppressions(TypeElement type) {
        List<Value<String>> ids = new ArrayList<>();
        for (Element e = type; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            Optional<AnnotationMirror> suppress = find(e, SUPPRESS_WARNINGS);
            AnnotationValue written = suppress.map(mirror -> explicitValue(mirror, "value")).orElse(null);
            // Not a list only when javac has already reported the value as erroneous.
            if (written != null && written.getValue() instanceof List<?> items) {
                for (Object item : items) {
                    if (item instanceof AnnotationValue value && value.getValue() instanceof String id
                            && id.startsWith(NetworkSpec.SUPPRESS_PREFIX)) {
                        ids.add(new Value<>(id, true, new Origin(e, suppress.get(), value)));
                    }
                }
            }
        }
        return ids;
    }

    private static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
        return element.getAnnotationMirrors().stream()
                .filter(mirror -> nameOf(mirror).equals(qualifiedName))
                .map(mirror -> (AnnotationMirror) mirror)
                .findFirst();
    }

    private static String nameOf(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    @SuppressWarnings("unchecked")
    private <T> Value<T> attribute(Element element, AnnotationMirror mirror, String name) {
        AnnotationValue written = explicitValue(mirror, name);
        AnnotationValue value = written != null ? written : defaultValue(mirror, name);
        Object raw = value.getValue();
        if (raw == null || raw instanceof String string && string.contains("<error>")) {
            throw new UnreadableDeclarationException();
        }
        return new Value<>((T) raw, written != null, new Origin(element, mirror, written));
    }

    private <E extends Enum<E>> Value<E> enumAttribute(
            Element element, AnnotationMirror mirror, String name, Class<E> enumType) {
        Value<Object> raw = attribute(element, mirror, name);
        if (!(raw.get() instanceof VariableElement constant)) {
            throw new UnreadableDeclarationException();
        }
        try {
            return new Value<>(
                    Enum.valueOf(enumType, constant.getSimpleName().toString()), raw.explicit(), raw.origin());
        } catch (IllegalArgumentException e) {
            throw new UnreadableDeclarationException();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<? extends AnnotationValue> arrayAttribute(AnnotationMirror mirror, String name) {
        AnnotationValue value = explicitValue(mirror, name);
        return value == null ? List.of() : (List<? extends AnnotationValue>) value.getValue();
    }

    private static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private AnnotationValue defaultValue(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        // A required attribute left out: javac has already reported it.
        throw new UnreadableDeclarationException();
    }
}
