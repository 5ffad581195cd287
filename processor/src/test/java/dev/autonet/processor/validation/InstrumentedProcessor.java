package dev.autonet.processor.validation;

import dev.autonet.processor.AutoNetProcessor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The real AutoNet processor in a wrapped environment that can make reading fail (a stand-in for any bug
 * inside the processor) and records the source files it creates (compile-testing hides them once a
 * compilation has failed). Being wrapped, it also runs the reporter's fallback from javac's Trees to
 * the plain Messager, as under a build tool that wraps the environment.
 */
final class InstrumentedProcessor extends AbstractProcessor {
    static final String FAILURE = "simulated failure";

    private final AutoNetProcessor autonet = new AutoNetProcessor();
    private final boolean failReading;
    private final List<String> createdSources = new ArrayList<>();

    private InstrumentedProcessor(boolean failReading) {
        this.failReading = failReading;
    }

    /** AutoNet whose {@code Elements.getElementValuesWithDefaults} throws IllegalStateException. */
    static InstrumentedProcessor failingToRead() {
        return new InstrumentedProcessor(true);
    }

    /** AutoNet as it is, recording what it generates. */
    static InstrumentedProcessor recordingSources() {
        return new InstrumentedProcessor(false);
    }

    /** Qualified names of the source files AutoNet created. */
    List<String> createdSources() {
        return createdSources;
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        Elements elements = proxy(Elements.class, env.getElementUtils(), (method, args) -> {
            if (failReading && method.getName().equals("getElementValuesWithDefaults")) {
                throw new IllegalStateException(FAILURE);
            }
        });
        Filer filer = proxy(Filer.class, env.getFiler(), (method, args) -> {
            if (method.getName().equals("createSourceFile")) {
                createdSources.add(args[0].toString());
            }
        });
        autonet.init(proxy(ProcessingEnvironment.class, env, null, elements, filer));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return autonet.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return autonet.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return autonet.process(annotations, round);
    }

    /** Sees each call before it is forwarded. */
    private interface Spy {
        void before(Method method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, T delegate, Spy spy) {
        return proxy(type, delegate, spy, null, null);
    }

    // Forwards every call to delegate; the environment's getElementUtils and getFiler return the spies.
    private static <T> T proxy(Class<T> type, T delegate, Spy spy, Elements elements, Filer filer) {
        InvocationHandler handler = (self, method, args) -> {
            if (spy != null) {
                spy.before(method, args);
            }
            if (elements != null && method.getName().equals("getElementUtils")) {
                return elements;
            }
            if (filer != null && method.getName().equals("getFiler")) {
                return filer;
            }
            try {
                return method.invoke(delegate, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
