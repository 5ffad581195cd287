package dev.autonet.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The model's files: {@code save}/{@code load} in AutoNet's own format and {@code exportSafetensors}/
 * {@code importSafetensors} for PyTorch, each one line over {@code dev.autonet.runtime.io}, which holds
 * the formats, the checks and their documentation.
 */
final class PersistenceMethods {
    private static final ClassName MODEL_FILES = ClassName.get("dev.autonet.runtime.io", "ModelFiles");
    private static final ClassName SAFE_TENSORS = ClassName.get("dev.autonet.runtime.io", "SafeTensors");
    private static final ClassName MODEL_FILE_EXCEPTION = ClassName.get("dev.autonet.runtime.io", "ModelFileException");

    private final ModelContext context;

    private PersistenceMethods(ModelContext context) {
        this.context = context;
    }

    /** save, load, exportSafetensors, importSafetensors. */
    static List<MethodSpec> of(ModelContext context) {
        PersistenceMethods methods = new PersistenceMethods(context);
        return List.of(methods.save(), methods.load(), methods.exportSafetensors(), methods.importSafetensors());
    }

    // public void save(Path file) throws IOException { ModelFiles.save(file, ARCHITECTURE, parameters); }
    private MethodSpec save() {
        return writer("save", MODEL_FILES)
                .addJavadoc("Saves the parameters to {@code file} in AutoNet's format (conventionally {@code *.autonet}),\n"
                        + "replacing it atomically: a crash while saving leaves the previous file as it was.\n"
                        + "{@link #load(Path)} reads it back bit for bit.\n\n"
                        + "@param file where to write; its directory must exist\n"
                        + "@throws IOException if the file cannot be written\n")
                .build();
    }

    // public static MoonsModel load(Path file) throws IOException { return fromParameters(ModelFiles.loadFloats(file, ARCHITECTURE, "MoonsModel")); }
    private MethodSpec load() {
        return reader("load", MODEL_FILES, "load")
                .addJavadoc("A model with the parameters that {@link #save(Path)} wrote to {@code file}.\n\n"
                        + "@param file a file saved by this network\n"
                        + "@return a new model\n"
                        + "@throws $T naming the file if it is not an AutoNet model file, is truncated or\n"
                        + "    corrupted, holds another network, or holds a value that is not finite\n"
                        + "@throws IOException if the file cannot be read\n", MODEL_FILE_EXCEPTION)
                .build();
    }

    // public void exportSafetensors(Path file) throws IOException { SafeTensors.export(file, ARCHITECTURE, parameters); }
    private MethodSpec exportSafetensors() {
        return writer("exportSafetensors", SAFE_TENSORS)
                .addJavadoc("Writes the parameters to {@code file} as safetensors with $L tensors that load into the\n"
                        + "equivalent {@code torch.nn.Sequential}: each layer a {@code Linear} followed by its\n"
                        + "activation's module. {@code $T.torchSequential(ARCHITECTURE)} prints it; tensor names\n"
                        + "and shapes are documented in {@code dev.autonet.runtime.io}.\n\n"
                        + "@param file where to write, conventionally {@code *.safetensors}; replaced atomically\n"
                        + "@throws IOException if the file cannot be written\n",
                        context.numeric() == Numeric.FLOAT ? "F32" : "F64", SAFE_TENSORS)
                .build();
    }

    // public static MoonsModel importSafetensors(Path file) throws IOException { return fromParameters(SafeTensors.importFloats(file, ARCHITECTURE, "MoonsModel")); }
    private MethodSpec importSafetensors() {
        return reader("importSafetensors", SAFE_TENSORS, "import")
                .addJavadoc("A model with the parameters of a safetensors file, such as PyTorch's\n"
                        + "{@code state_dict()} of the Sequential described at {@link #exportSafetensors(Path)};\n"
                        + "F32 and F64 tensors are both accepted and converted to this model's precision.\n\n"
                        + "@param file the safetensors file\n"
                        + "@return a new model\n"
                        + "@throws $T naming the file and the tensor if one is missing, misshapen,\n"
                        + "    left over, of another dtype or not finite, or the file is not well-formed\n"
                        + "@throws IOException if the file cannot be read\n", MODEL_FILE_EXCEPTION)
                .build();
    }

    /** {@code public void name(Path file) throws IOException { Helper.verb(file, ARCHITECTURE, parameters); }} */
    private static MethodSpec.Builder writer(String name, ClassName helper) {
        String verb = helper.equals(MODEL_FILES) ? "save" : "export";
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Path.class, "file")
                .addException(IOException.class)
                .addStatement("$T.$N(file, ARCHITECTURE, parameters)", helper, verb);
    }

    /** {@code public static MoonsModel name(Path file) throws IOException { return fromParameters(Helper.loadFloats(...)); }} */
    private MethodSpec.Builder reader(String name, ClassName helper, String verb) {
        String method = verb + (context.numeric() == Numeric.FLOAT ? "Floats" : "Doubles");
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(context.modelClass())
                .addParameter(Path.class, "file")
                .addException(IOException.class)
                .addStatement("return fromParameters($T.$N(file, ARCHITECTURE, $S))", helper, method,
                        context.modelClass().simpleName());
    }
}
