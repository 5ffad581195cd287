package dev.autonet.processor.spec;

import dev.autonet.Backend;
import dev.autonet.Precision;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * One annotated type exactly as declared, before any checking: the plain description that validation
 * reads. Every value keeps its {@link Origin} so a diagnostic can point at it.
 *
 * @param type the annotated type
 * @param kind interface, class, enum, record or annotation type
 * @param network the {@code @Network} origin, or empty when only {@code @Dense}/{@code @Loss} are present
 * @param inputs {@code @Network(inputs)}; 0 when {@code @Network} is absent
 * @param precision {@code @Network(precision)}
 * @param weights {@code @Network(weights)}: a class-path resource to freeze into {@code <Name>Frozen}; "" for none
 * @param backend {@code @Network(backend)}
 * @param vectorModuleVisible whether this compilation can see {@code jdk.incubator.vector}, which
 *     {@link Backend#VECTOR} needs (javac's {@code --add-modules jdk.incubator.vector})
 * @param layers the {@code @Dense} annotations in source order
 * @param loss the {@code @Loss}, if any
 * @param supertypes interfaces the type extends directly, in declaration order
 * @param methods the instance methods the type declares itself, abstract or default (not static, not private):
 *     the generated model inherits or implements them, so they must agree with its own methods
 * @param sealed whether the interface is {@code sealed}
 * @param permitted the names in its {@code permits} clause (or the subclasses javac inferred), as javac knows
 *     them: qualified where javac resolved them, as written where not (a class not yet generated)
 * @param generic whether the type declares type parameters
 * @param privateAccess whether the type, or a type enclosing it, is private (generated code could not see it)
 * @param suppressions each {@code "autonet.*"} string of the {@code @SuppressWarnings} on the type or its enclosing
 *     types, as written, with where
 */
public record NetworkSpec(
        TypeElement type,
        ElementKind kind,
        Optional<Origin> network,
        Value<Integer> inputs,
        Value<Precision> precision,
        Value<String> weights,
        Value<Backend> backend,
        boolean vectorModuleVisible,
        List<LayerSpec> layers,
        Optional<LossSpec> loss,
        List<Supertype> supertypes,
        List<ExecutableElement> methods,
        boolean sealed,
        List<String> permitted,
        boolean generic,
        boolean privateAccess,
        List<Value<String>> suppressions) {

    /** The prefix of AutoNet's ids in {@code @SuppressWarnings}: "autonet.vanishing-gradient". */
    public static final String SUPPRESS_PREFIX = "autonet.";

    /** The rule ids {@link #suppressions} name, less the prefix: "vanishing-gradient". */
    public Set<String> suppressed() {
        Set<String> ids = new LinkedHashSet<>();
        for (Value<String> suppression : suppressions) {
            ids.add(suppression.get().substring(SUPPRESS_PREFIX.length()));
        }
        return ids;
    }

    /** The last layer, or empty when there are no layers. */
    public Optional<LayerSpec> outputLayer() {
        return layers.isEmpty() ? Optional.empty() : Optional.of(layers.get(layers.size() - 1));
    }
}
