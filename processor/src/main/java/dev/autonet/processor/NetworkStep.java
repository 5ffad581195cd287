package dev.autonet.processor;

import com.palantir.javapoet.JavaFile;
import dev.autonet.processor.codegen.FrozenGenerator;
import dev.autonet.processor.codegen.ModelGenerator;
import dev.autonet.processor.codegen.TrainerGenerator;
import dev.autonet.processor.model.FrozenParameters;
import dev.autonet.processor.model.ModelBuilder;
import dev.autonet.processor.model.NetworkModel;
import dev.autonet.processor.spec.NetworkSpec;
import dev.autonet.processor.spec.SpecReader;
import dev.autonet.processor.spec.UnreadableDeclarationException;
import dev.autonet.processor.validation.Diagnostic;
import dev.autonet.processor.validation.DiagnosticReporter;
import dev.autonet.processor.validation.Message;
import dev.autonet.processor.validation.Validator;
import dev.autonet.processor.validation.WeightsFileRule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * One declaration, start to finish: read → validate → (if no error) model → generate. Every finding is
 * reported before anything is generated; nothing thrown here ever reaches javac.
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

    NetworkStep(ProcessingEnvironment env) {
        this.env = env;
        this.reader = new SpecReader(env.getElementUtils());
        this.weightsFileRule = new WeightsFileRule(env.getFiler());
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
        List<Diagnostic> findings = validator.validate(spec);
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
        write(modelGenerator.generate(network), type);
        if (network.trainable()) {
            write(trainerGenerator.generate(network), type);
        }
        frozen.ifPresent(parameters -> write(frozenGenerator.generate(network, parameters), type));
    }

    // All findings of the declaration together, in source order, each on the value that caused it.
    private void report(NetworkSpec spec, List<Diagnostic> findings) {
        new DiagnosticReporter(env).report(spec, findings);
    }

    private void write(JavaFile file, TypeElement type) {
        try {
            file.writeTo(env.getFiler());
        } catch (IOException e) {
            env.getMessager().printMessage(Kind.ERROR,
                    "[autonet.io] Could not write " + file.packageName() + "." + file.typeSpec().name()
                            + ": " + e.getMessage(), type);
        }
    }

    private static String stackTraceOf(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
