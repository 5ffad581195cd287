package dev.autonet.processor;

import com.google.auto.service.AutoService;
import dev.autonet.processor.codegen.Names;
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
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
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
    // One for the whole compilation: it remembers the names claimed in earlier rounds. Created only once
    // the libraries it links against are known to be there.
    private NetworkStep step;

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        missingLibraries = ProcessorPath.missing(AutoNetProcessor.class.getClassLoader());
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(SpecReader.NETWORK, SpecReader.DENSE, SpecReader.DENSE_LIST, SpecReader.LOSS, Names.MARKER,
                Names.GENERATED);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    /*
     * No Gradle incremental-processing declaration (no META-INF/gradle/incremental.annotation.processors, and no
     * "org.gradle.annotation.processing.isolating" option, which Gradle reads only from processors registered
     * as dynamic there), so Gradle runs AutoNet as a full, non-incremental processor. Deliberately: a
     * network's generated code depends on more than its interface, on the names of the other types in its
     * package (which it qualifies around, see GeneratedFiles) and on its weights file, and an isolating
     * processor would not be re-run when those change.
     */

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (!missingLibraries.isEmpty()) {
            // Before NetworkStep is loaded: it links against the missing libraries.
            String missing = String.join(", ", missingLibraries);
            for (Element element : declarations(annotations, round)) {
                processingEnv.getMessager().printMessage(Kind.ERROR,
                        Message.PROCESSOR_PATH.format(element.getSimpleName(), missing), element);
            }
            return claims(annotations, round);
        }
        if (step == null) {
            step = new NetworkStep(processingEnv);
        }
        for (Element element : declarations(annotations, round)) {
            step.process(element);
        }
        return claims(annotations, round);
    }

    /*
     * Whether to claim this round's annotations. AutoNet owns @Network, @Dense and @Loss and its marker, and
     * no other processor has anything to do with them; left unclaimed, javac's -Xlint:processing (part of
     * -Xlint:all) warns "No processor claimed any of these annotations" on every correct declaration, and
     * again on the generated classes' @Generated in the next round, which -Werror turns into a failed
     * build. The JDK's @Generated is everyone's: claimed only when every class carrying it in this round
     * is one AutoNet generated, so other generators' classes reach other processors as before.
     */
    private static boolean claims(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            if (annotation.getQualifiedName().contentEquals(Names.GENERATED)
                    && !round.getElementsAnnotatedWith(annotation).stream().allMatch(AutoNetProcessor::generatedHere)) {
                return false;
            }
        }
        return true;
    }

    // @Generated("dev.autonet.processor.AutoNetProcessor"), as every generated class carries it.
    private static boolean generatedHere(Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(Names.GENERATED)) {
                return mirror.getElementValues().values().stream()
                        .anyMatch(value -> value.getValue() instanceof List<?> names && names.stream().anyMatch(
                                name -> AutoNetProcessor.class.getName().equals(((AnnotationValue) name).getValue())));
            }
        }
        return false;
    }

    // The declarations to check, in source order within a round, each type once, whichever of @Network,
    // @Dense and @Loss it carries (the generated classes' annotations are only claimed).
    private static Set<Element> declarations(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Set<Element> elements = new LinkedHashSet<>();
        for (TypeElement annotation : annotations) {
            String name = annotation.getQualifiedName().toString();
            if (!name.equals(Names.MARKER) && !name.equals(Names.GENERATED)) {
                elements.addAll(round.getElementsAnnotatedWith(annotation));
            }
        }
        return elements;
    }
}
