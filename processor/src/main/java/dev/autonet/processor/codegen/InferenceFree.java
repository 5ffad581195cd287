package dev.autonet.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * Forms of common constructs that javac compiles without type inference or lambda translation. Generated
 * models and trainers use only these (InferenceFreeSourcesTest checks it), so compiling them never runs
 * javac's inference engine or {@code LambdaToMethod}, and they bootstrap no lambda when they are
 * initialized. Frozen classes keep one method reference, because they must stay one class file
 * ({@link FrozenApi#workspace()}). Measured on the 784-256-128-10 declaration (benchmarks/results/2026-11-30-compile-time.txt):
 * <ul>
 *   <li>its generated sources, compiled without processing by a new javac process: 1.52 against 1.63 s;
 *   <li>the whole command, processor included: no difference beyond the run-to-run spread;
 *   <li>the model's first {@code initialize} and {@code predict} in a new JVM: about 20 against 29 ms.
 * </ul>
 * In a build whose own code uses generic methods or lambdas, javac pays for its inference engine anyway.
 */
final class InferenceFree {
    private static final ClassName THREAD_LOCAL = ClassName.get(ThreadLocal.class);

    private InferenceFree() {}

    /**
     * {@code private static final ThreadLocal<T> NAME = new ThreadLocal<T>() { protected T initialValue() {
     * return new T(); } };}, in place of {@code ThreadLocal.withInitial(T::new)}.
     */
    static FieldSpec threadLocal(String name, ClassName type, String javadoc) {
        TypeSpec perThread = TypeSpec.anonymousClassBuilder("")
                .superclass(ParameterizedTypeName.get(THREAD_LOCAL, type))
                .addMethod(MethodSpec.methodBuilder("initialValue")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PROTECTED)
                        .returns(type)
                        .addStatement("return new $T()", type)
                        .build())
                .build();
        return FieldSpec.builder(ParameterizedTypeName.get(THREAD_LOCAL, type), name, Modifier.PRIVATE,
                        Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(javadoc)
                .initializer("$L", perThread)
                .build();
    }

    /**
     * {@code if (variable == null) { throw new NullPointerException(message); }}, in place of
     * {@code Objects.requireNonNull(variable, message)}; {@code message} is a Java expression.
     */
    static CodeBlock nullCheck(String variable, CodeBlock message) {
        return CodeBlock.builder()
                .beginControlFlow("if ($N == null)", variable)
                .addStatement("throw new $T($L)", NullPointerException.class, message)
                .endControlFlow()
                .build();
    }

    /** {@link #nullCheck(String, CodeBlock)} with a string literal for the message. */
    static CodeBlock nullCheck(String variable, String message) {
        return nullCheck(variable, CodeBlock.of("$S", message));
    }
}
