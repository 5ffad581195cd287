package dev.autonet.processor.validation;

import dev.autonet.processor.spec.NetworkSpec;
import dev.autonet.processor.spec.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The methods a declaration writes itself, against the methods of the model generated for it (rule
 * {@code declares-methods}). Judged once the model's code exists and before it is written, so that the
 * check and the generated class can never disagree.
 */
public final class ModelMethodRules {
    private final Types types;

    public ModelMethodRules(Types types) {
        this.types = types;
    }

    /** The errors about {@code spec}'s own methods, each on its method; empty when all of them fit. */
    public List<Diagnostic> check(NetworkSpec spec, List<GeneratedMethod> model) {
        List<Diagnostic> findings = new ArrayList<>();
        for (ExecutableElement method : spec.methods()) {
            Optional<GeneratedMethod> same = model.stream().filter(generated -> sameSignature(method, generated)).findFirst();
            String name = DeclarationRules.name(spec);
            if (method.getModifiers().contains(Modifier.DEFAULT)) {
                same.ifPresent(generated -> findings.add(Diagnostic.error(Message.DEFAULT_METHOD_CLASH,
                        Origin.of(method), name, declared(method), generated.display())));
            } else if (same.isEmpty()) {
                findings.add(Diagnostic.error(Message.DECLARES_METHODS, Origin.of(method), name, signature(method)));
            } else if (!implementsIt(method, same.get())) {
                findings.add(Diagnostic.error(Message.ABSTRACT_METHOD_CLASH, Origin.of(method), name,
                        declared(method), same.get().display()));
            }
        }
        return findings;
    }

    /*
     * An abstract method that re-declares one of the model's public methods as it is, e.g.
     * "double probability(float[] input)", is implemented by the model like any interface method: accepted.
     */
    private boolean implementsIt(ExecutableElement method, GeneratedMethod generated) {
        return generated.isPublic() && !generated.isStatic() && generated.returnType().equals(erased(method.getReturnType()));
    }

    private boolean sameSignature(ExecutableElement method, GeneratedMethod generated) {
        return method.getSimpleName().contentEquals(generated.name())
                && method.getParameters().stream().map(parameter -> erased(parameter.asType())).toList()
                        .equals(generated.parameterTypes());
    }

    private String erased(TypeMirror type) {
        return types.erasure(type).toString();
    }

    // "score(float[])", as the method is named in the older message.
    private static String signature(ExecutableElement method) {
        return method.getSimpleName() + method.getParameters().stream()
                .map(parameter -> GeneratedMethod.withoutPackages(parameter.asType().toString()))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    // "String predict(float[])".
    private static String declared(ExecutableElement method) {
        return GeneratedMethod.withoutPackages(method.getReturnType().toString()) + " " + signature(method);
    }
}
