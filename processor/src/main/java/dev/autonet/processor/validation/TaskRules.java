package dev.autonet.processor.validation;

import dev.autonet.Activation;
import dev.autonet.LossFunction;
import dev.autonet.processor.spec.LayerSpec;
import dev.autonet.processor.spec.NetworkSpec;
import dev.autonet.processor.spec.Origin;
import dev.autonet.processor.spec.Supertype;
import dev.autonet.processor.spec.Supertype.Task;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/** Rules about the interfaces a declaration extends: only task interfaces, at most one, agreeing with the network. */
final class TaskRules {
    /** The rule id of the three task-mismatch messages. */
    static final String MISMATCH = Message.BINARY_CLASSIFIER_MISMATCH.rule();

    private static final Set<LossFunction> BINARY_LOSSES = Set.of(LossFunction.BCE);
    private static final Set<LossFunction> MULTI_LOSSES =
            Set.of(LossFunction.CATEGORICAL_CROSS_ENTROPY, LossFunction.SPARSE_CATEGORICAL_CROSS_ENTROPY);
    private static final Set<LossFunction> REGRESSION_LOSSES =
            Set.of(LossFunction.MSE, LossFunction.MAE, LossFunction.HUBER);

    private TaskRules() {}

    /**
     * Adds an error for each extended interface that is not a task interface ({@code foreign-supertype}).
     * A supertype javac cannot resolve is left to javac's own error.
     */
    static void onlyTaskSupertypes(NetworkSpec spec, Findings findings) {
        for (Supertype supertype : spec.supertypes()) {
            if (supertype.task() == Task.OTHER && !unresolved(spec, supertype)) {
                findings.error(Message.FOREIGN_SUPERTYPE, supertype.origin(),
                        DeclarationRules.name(spec), supertype.qualifiedName());
            }
        }
    }

    /**
     * Adds an error if the declaration extends two or more task interfaces ({@code multiple-tasks}), once,
     * on the second of them in the {@code extends} clause.
     */
    static void atMostOneTask(NetworkSpec spec, Findings findings) {
        List<Supertype> tasks = spec.supertypes().stream().filter(supertype -> supertype.task() != Task.OTHER).toList();
        if (tasks.size() > 1) {
            String names = tasks.stream().map(task -> task.task().simpleName()).collect(Collectors.joining(" and "));
            findings.error(Message.MULTIPLE_TASKS, tasks.get(1).origin(), DeclarationRules.name(spec), names);
        }
    }

    /**
     * Adds an error if the one task interface extended disagrees with the output layer or the loss
     * ({@code task-mismatch}): BinaryClassifier needs exactly 1 SIGMOID unit and BCE or no loss;
     * MultiClassifier a SOFTMAX output and (sparse) categorical cross-entropy or no loss; Regressor an
     * output other than SOFTMAX and STEP and MSE, MAE, HUBER or no loss. On the first value that
     * disagrees: output activation, then units, then loss. Skipped when one of those is already an error.
     */
    static void taskAgrees(NetworkSpec spec, LayerSpec output, Findings findings) {
        List<Task> tasks = tasks(spec);
        if (tasks.size() != 1 || alreadyWrong(spec, output, findings)) {
            return;
        }
        Activation activation = output.activation().get();
        switch (tasks.get(0)) {
            case BINARY_CLASSIFIER -> mismatch(Message.BINARY_CLASSIFIER_MISMATCH, spec, output, findings,
                    activation == Activation.SIGMOID, output.units().get() == 1, BINARY_LOSSES);
            case MULTI_CLASSIFIER -> mismatch(Message.MULTI_CLASSIFIER_MISMATCH, spec, output, findings,
                    activation == Activation.SOFTMAX, true, MULTI_LOSSES);
            default -> mismatch(Message.REGRESSOR_MISMATCH, spec, output, findings,
                    activation != Activation.SOFTMAX && activation != Activation.STEP, true, REGRESSION_LOSSES);
        }
    }

    // Reports on the first disagreeing value, if any.
    private static void mismatch(Message message, NetworkSpec spec, LayerSpec output, Findings findings,
            boolean activationFits, boolean unitsFit, Set<LossFunction> losses) {
        boolean lossFits = spec.loss().isEmpty() || losses.contains(spec.loss().get().function().get());
        Origin culprit = !activationFits ? output.activation().origin()
                : !unitsFit ? output.units().origin()
                : !lossFits ? spec.loss().get().function().origin()
                : null;
        if (culprit != null) {
            String loss = spec.loss().map(l -> "@Loss(" + l.function().get() + ")").orElse("no @Loss");
            findings.error(message, culprit, output.units().get(), output.activation().get(), loss);
        }
    }

    private static boolean alreadyWrong(NetworkSpec spec, LayerSpec output, Findings findings) {
        return findings.hasErrorOn(output.activation()) || findings.hasErrorOn(output.units())
                || spec.loss().isPresent() && findings.hasErrorOn(spec.loss().get().function());
    }

    private static boolean unresolved(NetworkSpec spec, Supertype supertype) {
        return spec.type().getInterfaces().stream().anyMatch(mirror -> mirror.getKind() == TypeKind.ERROR
                && ((TypeElement) ((DeclaredType) mirror).asElement()).getQualifiedName()
                        .contentEquals(supertype.qualifiedName()));
    }

    private static List<Task> tasks(NetworkSpec spec) {
        return spec.supertypes().stream().map(Supertype::task).filter(task -> task != Task.OTHER).toList();
    }
}
