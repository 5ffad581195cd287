package dev.autonet.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.autonet.processor.AutoNetProcessor;
import dev.autonet.processor.model.NetworkModel;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Turns a generated class into its file, the same way for models, trainers and frozen classes. java.lang
 * is left to its implicit import, except for the names a type of the network's package takes: inside that
 * package a user's {@code Math} or {@code Double} (or the interface itself, if so named) shadows java.lang's,
 * so JavaPoet writes {@code java.lang.Math.min(...)} for exactly those. Nested types the generated class
 * inherits from the interface are avoided the same way. The names are only those of types that exist, so a
 * package without such a type gets the same source as before, byte for byte.
 */
final class GeneratedFiles {
    private GeneratedFiles() {}

    /** {@code @Generated("dev.autonet.processor.AutoNetProcessor")}, on every class AutoNet writes. */
    static AnnotationSpec generated() {
        return AnnotationSpec.builder(ClassName.bestGuess(Names.GENERATED))
                .addMember("value", "$S", AutoNetProcessor.class.getName())
                .build();
    }

    /** {@code @AutoNetGenerated("pkg.Moons")}: which declaration a model or trainer was generated from. */
    static AnnotationSpec marker(NetworkModel network) {
        return AnnotationSpec.builder(ClassName.bestGuess(Names.MARKER))
                .addMember("value", "$S", network.declaration().getQualifiedName().toString())
                .build();
    }

    /** {@code type}, in the network's package, with every clashing name qualified. */
    static JavaFile of(NetworkModel network, TypeSpec.Builder type) {
        TypeSpec spec = type.alwaysQualify(packageTypeNames(network).toArray(String[]::new))
                .avoidClashesWithNestedClasses(network.declaration())
                .build();
        return JavaFile.builder(network.packageName(), spec)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /**
     * The simple names of the top-level types of the network's package, as javac sees them (sources being
     * compiled and the class path), with the interface's outermost type and the generated classes' names,
     * sorted so the output does not depend on javac's order.
     */
    static TreeSet<String> packageTypeNames(NetworkModel network) {
        TreeSet<String> names = new TreeSet<>();
        Element outermost = network.declaration();
        while (outermost.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
            outermost = outermost.getEnclosingElement();
        }
        names.add(outermost.getSimpleName().toString());
        for (Element member : outermost.getEnclosingElement().getEnclosedElements()) {
            if (member instanceof TypeElement) {
                names.add(member.getSimpleName().toString());
            }
        }
        names.add(Names.modelName(network.baseName()));
        names.add(Names.trainerName(network.baseName()));
        names.add(Names.frozenName(network.baseName()));
        return names;
    }
}
