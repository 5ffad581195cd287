package dev.autonet.processor;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import dev.autonet.processor.codegen.FrozenGenerator;
import dev.autonet.processor.codegen.ModelGenerator;
import dev.autonet.processor.codegen.Names;
import dev.autonet.processor.codegen.TrainerGenerator;
import dev.autonet.processor.model.FrozenParameters;
import dev.autonet.processor.model.ModelBuilder;
import dev.autonet.processor.model.NetworkModel;
import dev.autonet.processor.spec.NetworkSpec;
import dev.autonet.processor.spec.Origin;
import dev.autonet.processor.spec.SpecReader;
import dev.autonet.processor.spec.UnreadableDeclarationException;
import dev.autonet.processor.validation.Diagnostic;
import dev.autonet.processor.validation.DiagnosticReporter;
import dev.autonet.processor.validation.GeneratedMethod;
import dev.autonet.processor.validation.Message;
import dev.autonet.processor.validation.ModelMethodRules;
import dev.autonet.processor.validation.NameClashRule;
import dev.autonet.processor.validation.NameClashRule.GeneratedName;
import dev.autonet.processor.validation.Validator;
import dev.autonet.processor.validation.WeightsFileRule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * One declaration, start to finish: read → validate → (if no error) model → generate in memory → check
 * the generated classes against the declaration and the compilation → write. Every finding is reported
 * before anything is written; nothing thrown here ever reaches javac. One instance serves every round of
 * a compilation, so that names claimed in one round stay claimed in the next.
 */
final class NetworkStep {
    private final ProcessingEnvironment env;
    private final SpecReader reader;
    private final Validator validator = new Validator();
    private final ModelBuilder builder = new ModelBuilder();
    private final ModelGenerator modelGenerator = new ModelGenerator();
    private final TrainerGenerator trainerGenerator = new TrainerGenerator();
    private final FrozenGenerator frozenGenerator = new FrozenGenerator();
    private final WeightsFileRule weightsFileRule;
    private final ModelMethodRules modelMethodRules;
    private final NameClashRule nameClashRule;
    // A @SuppressWarnings on an enclosing type is judged with each network inside it; reported once.
    private final Set<String> reportedSuppressions = new HashSet<>();

    NetworkStep(ProcessingEnvironment env) {
        this.env = env;
        this.reader = new SpecReader(env.getElementUtils());
        this.weightsFileRule = new WeightsFileRule(env.getFiler());
        this.modelMethodRules = new ModelMethodRules(env.getTypeUtils());
        this.nameClashRule = new NameClashRule(env.getElementUtils());
    }

    void process(Element element) {
        try {
            if (element instanceof TypeElement type) {
                processType(type);
            }
        } catch (UnreadableDeclarationException e) {
            // javac has already reported what makes the annotation unreadable.
        } catch (RuntimeException | Error e) {
            env.getMessager().printMessage(Kind.ERROR,
                    Message.INTERNAL_ERROR.format(element, stackTraceOf(e)), element);
        }
    }

    private void processType(TypeElement type) {
        NetworkSpec spec = reader.read(type);
        List<Diagnostic> findings = withoutRepeats(validator.validate(spec));
        report(spec, findings);
        if (findings.stream().anyMatch(Diagnostic::isError)) {
            return;
        }
        NetworkModel network = builder.build(spec);
        Optional<FrozenParameters> frozen = Optional.empty();
        if (network.frozen()) {
            // Read before anything is written: a bad weights file stops generation of every class.
            WeightsFileRule.Result weights = weightsFileRule.check(spec.weights(), network);
            if (!weights.errors().isEmpty()) {
                report(spec, weights.errors());
                return;
            }
            frozen = weights.parameters();
        }
        List<Generated> classes = generate(network, frozen);
        List<Diagnostic> clashes = new ArrayList<>(modelMethodRules.check(spec, methodsOf(classes.get(0).file())));
        nameClashRule.check(spec, classes.stream().map(Generated::name).toList()).ifPresent(clashes::add);
        if (!clashes.isEmpty()) {
            report(spec, clashes);
            return;
        }
        write(spec, classes);
    }

    /** A generated class, not yet written, with its name and what it is. */
    private record Generated(JavaFile file, String role) {
        GeneratedName name() {
            return new GeneratedName(qualifiedName(file), role);
        }
    }

    // The model first: the checks read its methods.
    private List<Generated> generate(NetworkModel network, Optional<FrozenParameters> frozen) {
        List<Generated> classes = new ArrayList<>();
        classes.add(new Generated(modelGenerator.generate(network), "model"));
        if (network.trainable()) {
            classes.add(new Generated(trainerGenerator.generate(network), "trainer"));
        }
        frozen.ifPresent(parameters ->
                classes.add(new Generated(frozenGenerator.generate(network, parameters), NameClashRule.FROZEN)));
        return classes;
    }

    // All findings of the declaration together, in source order, each on the value that caused it.
    private void report(NetworkSpec spec, List<Diagnostic> findings) {
        new DiagnosticReporter(env).report(spec, findings);
    }

    private List<Diagnostic> withoutRepeats(List<Diagnostic> findings) {
        return findings.stream().filter(finding -> !finding.rule().equals(Message.UNKNOWN_SUPPRESSION.rule())
                || reportedSuppressions.add(finding.origin().element() + " " + finding.text())).toList();
    }

    // Stops at the first file that cannot be written: one error, and no class generated without its model.
    private void write(NetworkSpec spec, List<Generated> classes) {
        for (Generated generated : classes) {
            try {
                generated.file().writeTo(env.getFiler());
            } catch (IOException e) {
                report(spec, List.of(Diagnostic.error(Message.WRITE_FAILED, Origin.of(spec.type()),
                        generated.name().qualifiedName(), spec.type().getQualifiedName(), e.getMessage())));
                return;
            }
        }
    }

    private static List<GeneratedMethod> methodsOf(JavaFile model) {
        List<GeneratedMethod> methods = new ArrayList<>();
        for (MethodSpec method : model.typeSpec().methodSpecs()) {
            if (!method.isConstructor()) {
                methods.add(new GeneratedMethod(method.name(),
                        method.parameters().stream().map(parameter -> parameter.type().toString()).toList(),
                        method.returnType().toString(),
                        method.modifiers().contains(Modifier.PUBLIC),
                        method.modifiers().contains(Modifier.STATIC)));
            }
        }
        return methods;
    }

    private static String qualifiedName(JavaFile file) {
        return Names.qualifiedName(file.packageName(), file.typeSpec().name());
    }

    private static String stackTraceOf(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
