package dev.autonet.processor.docs;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.autonet.processor.AutoNetProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * One compilation unit compiled with AutoNet, and its errors and warnings written out as command-line javac
 * prints them: {@code Name.java:12: error: message}, the source line, a caret under the reported position,
 * then {@code 1 error} / {@code 2 warnings}. The file is named without its directory, as when javac runs
 * in the source's own directory. Notes are left out, as javac prints them apart from the diagnostics.
 */
record JavacTranscript(String qualifiedName, String source, Compilation compilation) {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern TYPE = Pattern.compile("(?m)^\\s*(?:public\\s+)?interface\\s+(\\w+)");

    /** Compiles {@code source}, whose package and interface name give its file name, with AutoNet. */
    static JavacTranscript compile(String source) {
        String qualifiedName = qualifiedName(source);
        JavaFileObject file = JavaFileObjects.forSourceString(qualifiedName, source);
        return new JavacTranscript(qualifiedName, source,
                Compiler.javac().withProcessors(new AutoNetProcessor()).compile(file));
    }

    /** {@code package.Name} of the first interface in {@code source}; throws if there is none. */
    static String qualifiedName(String source) {
        Matcher type = TYPE.matcher(source);
        if (!type.find()) {
            throw new IllegalArgumentException("no 'interface <Name>' line in:\n" + source);
        }
        Matcher pkg = PACKAGE.matcher(source);
        return pkg.find() ? pkg.group(1) + "." + type.group(1) : type.group(1);
    }

    /** What javac prints for this compilation, without a trailing newline; empty when it prints nothing. */
    String text() {
        List<String> lines = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            String kind = kindWord(diagnostic.getKind());
            if (kind == null) {
                continue;
            }
            if (kind.equals("error")) {
                errors++;
            } else {
                warnings++;
            }
            lines.add(header(diagnostic) + kind + ": " + diagnostic.getMessage(Locale.ROOT));
            if (diagnostic.getSource() != null && diagnostic.getPosition() != Diagnostic.NOPOS) {
                lines.addAll(sourceAndCaret((int) diagnostic.getPosition()));
            }
        }
        if (errors > 0) {
            lines.add(errors + (errors == 1 ? " error" : " errors"));
        }
        if (warnings > 0) {
            lines.add(warnings + (warnings == 1 ? " warning" : " warnings"));
        }
        return String.join("\n", lines);
    }

    /** The name the generated model gets: {@code package.NameModel} for a top-level interface. */
    String modelName() {
        return qualifiedName + "Model";
    }

    // "Name.java:12: ", or "" for a diagnostic that names no file.
    private static String header(Diagnostic<? extends JavaFileObject> diagnostic) {
        if (diagnostic.getSource() == null) {
            return "";
        }
        String path = diagnostic.getSource().getName();
        return path.substring(path.lastIndexOf('/') + 1) + ":" + diagnostic.getLineNumber() + ": ";
    }

    // javac's word for a kind, or null for the kinds it does not print as "file:line: kind:".
    private static String kindWord(Diagnostic.Kind kind) {
        return switch (kind) {
            case ERROR -> "error";
            case WARNING, MANDATORY_WARNING -> "warning";
            default -> null;
        };
    }

    // The source line holding `position`, then a caret under it; javac keeps tabs so the caret lines up.
    private List<String> sourceAndCaret(int position) {
        int start = source.lastIndexOf('\n', position - 1) + 1;
        int end = source.indexOf('\n', position);
        String line = source.substring(start, end < 0 ? source.length() : end).stripTrailing();
        StringBuilder caret = new StringBuilder();
        for (int i = start; i < position; i++) {
            caret.append(source.charAt(i) == '\t' ? '\t' : ' ');
        }
        return List.of(line, caret.append('^').toString());
    }
}
