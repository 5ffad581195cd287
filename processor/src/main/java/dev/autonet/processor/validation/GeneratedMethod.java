package dev.autonet.processor.validation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A method of a generated class, as plain names: what a declaration's own methods are checked against
 * before anything is written. Types are erased and qualified, as {@code javac} prints them
 * ({@code float[]}, {@code java.nio.file.Path}).
 */
public record GeneratedMethod(
        String name, List<String> parameterTypes, String returnType, boolean isPublic, boolean isStatic) {
    private static final Pattern PACKAGE_PREFIX = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+(?=[A-Z])");

    public GeneratedMethod {
        parameterTypes = List.copyOf(parameterTypes);
    }

    /** The method as a user would write it, without packages: "public static NetModel load(Path)". */
    String display() {
        String modifiers = (isPublic ? "public " : "private ") + (isStatic ? "static " : "");
        return modifiers + withoutPackages(returnType) + " " + name + "("
                + withoutPackages(String.join(", ", parameterTypes)) + ")";
    }

    /** "java.nio.file.Path" gives "Path"; primitive and array types stay as they are. */
    static String withoutPackages(String types) {
        return PACKAGE_PREFIX.matcher(types).replaceAll("");
    }
}
