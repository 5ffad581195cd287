package dev.autonet.processor;

import com.google.auto.service.AutoService;
import dev.autonet.processor.spec.SpecReader;
import dev.autonet.processor.validation.Message;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * The AutoNet annotation processor: for each type carrying {@code @Network}, {@code @Dense} or
 * {@code @Loss}, hands it to {@link NetworkStep}. All work happens there; this class only finds the types.
 */
@AutoService(Processor.class)
public final class AutoNetProcessor extends AbstractProcessor {
    private List<String> missingLibraries = List.of();

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        missingLibraries = ProcessorPath.missing(AutoNetProcessor.class.getClassLoader());
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(SpecReader.NETWORK, SpecReader.DENSE, SpecReader.DENSE_LIST, SpecReader.LOSS);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public Set<String> getSupportedOptions() {
        // Gradle: each generated file comes from exactly one annotated type.
        return Set.of("org.gradle.annotation.processing.isolating");
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (!missingLibraries.isEmpty()) {
            // Before NetworkStep is loaded: it links against the missing libraries.
            String missing = String.join(", ", missingLibraries);
            for (Element element : annotatedElements(annotations, round)) {
                processingEnv.getMessager().printMessage(Kind.ERROR,
                        Message.PROCESSOR_PATH.format(element.getSimpleName(), missing), element);
            }
            return false;
        }
        NetworkStep step = new NetworkStep(processingEnv);
        for (Element element : annotatedElements(annotations, round)) {
            step.process(element);
        }
        return false;
    }

    // Source order within a round, each type once, whichever AutoNet annotations it carries.
    private static Set<Element> annotatedElements(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Set<Element> elements = new LinkedHashSet<>();
        for (TypeElement annotation : annotations) {
            elements.addAll(round.getElementsAnnotatedWith(annotation));
        }
        return elements;
    }
}
