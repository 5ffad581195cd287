package dev.autonet.processor.frozen;

import dev.autonet.processor.AutoNetProcessor;
import java.lang.reflect.InvocationTargetException;
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

/**
 * AutoNet with its Filer wrapped to record every source file it creates, since compile-testing hides
 * generated files once a compilation has failed.
 */
final class RecordingProcessor extends AbstractProcessor {
    private final AutoNetProcessor autonet = new AutoNetProcessor();
    private final List<String> created = new ArrayList<>();

    /** Qualified names of the source files AutoNet created. */
    List<String> created() {
        return created;
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        Filer filer = proxy(Filer.class, env.getFiler(), (name, args) -> {
            if (name.equals("createSourceFile")) {
                created.add(args[0].toString());
            }
        });
        autonet.init((ProcessingEnvironment) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ProcessingEnvironment.class},
                (proxy, method, args) -> method.getName().equals("getFiler") ? filer : invoke(method, env, args)));
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

    private interface Observer {
        void called(String name, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Observer observer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            observer.called(method.getName(), args);
            return invoke(method, target, args);
        });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
