package dev.autonet.processor.validation;

import dev.autonet.Activation;
import dev.autonet.LossFunction;
import dev.autonet.processor.spec.LayerSpec;
import dev.autonet.processor.spec.LossSpec;
import javax.tools.Diagnostic.Kind;

/**
 * The activation–loss pairing table of DESIGN.md (output layer × loss), and the unit count HINGE needs.
 * Pairing findings sit on the {@code @Loss} value: the loss is what the user pairs with the output.
 */
final class PairingRules {
    private PairingRules() {}

    /** One cell of the table: a message and whether it is an error or a warning. */
    record Cell(Kind kind, Message message) {
        static Cell error(Message message) {
            return new Cell(Kind.ERROR, message);
        }

        static Cell warning(Message message) {
            return new Cell(Kind.WARNING, message);
        }
    }

    /**
     * Adds an error if the output activation and the loss cannot be paired ({@code loss-activation}), as
     * the table says. Skipped when the loss (ZERO_ONE) or the output activation (STEP, 1-unit SOFTMAX) is
     * already an error of its own.
     */
    static void outputMatchesLoss(LayerSpec output, LossSpec loss, Findings findings) {
        Cell cell = judged(output, loss, findings);
        if (cell != null && cell.kind() == Kind.ERROR) {
            findings.error(cell.message(), loss.function().origin(), loss.function().get(), output.activation().get());
        }
    }

    /**
     * Adds a warning if the output activation and the loss pair poorly ({@code loss-activation}), as the
     * table says; suppressing the rule silences these cells. Judged after the task interface, and skipped
     * when a {@code task-mismatch} error already says that this output and loss do not fit the task: one
     * mistake, one diagnostic.
     */
    static void outputPairsWellWithLoss(LayerSpec output, LossSpec loss, Findings findings) {
        Cell cell = judged(output, loss, findings);
        if (cell != null && cell.kind() == Kind.WARNING && !findings.hasErrorOfRule(TaskRules.MISMATCH)) {
            findings.warning(cell.message(), loss.function().origin(), loss.function().get(), output.activation().get());
        }
    }

    // The table's cell for this output and loss; null where it is fine or where either is already an error.
    private static Cell judged(LayerSpec output, LossSpec loss, Findings findings) {
        if (findings.hasErrorOn(loss.function()) || findings.hasErrorOn(output.activation())) {
            return null;
        }
        return cell(output.activation().get(), loss.function().get());
    }

    /**
     * Adds an error if the loss is HINGE and the output layer has more than 1 unit ({@code hinge-units}),
     * on the loss value. Skipped when the pairing is already wrong.
     */
    static void hingeHasOneUnit(LayerSpec output, LossSpec loss, Findings findings) {
        int units = output.units().get();
        if (loss.function().get() == LossFunction.HINGE && units > 1
                && !findings.hasErrorOn(loss.function()) && !findings.hasErrorOn(output.activation())) {
            findings.error(Message.HINGE_UNITS, loss.function().origin(), units);
        }
    }

    /** What pairing {@code output} with {@code loss} gives; null where it is fine. */
    static Cell cell(Activation output, LossFunction loss) {
        return switch (loss) {
            case BCE -> bce(output);
            case CATEGORICAL_CROSS_ENTROPY, SPARSE_CATEGORICAL_CROSS_ENTROPY -> crossEntropy(output);
            case HINGE -> hinge(output);
            case MSE, MAE, HUBER -> regression(output);
            case ZERO_ONE -> null; // LossRules.trainable rejects it on its own, whatever the output
        };
    }

    private static Cell bce(Activation output) {
        return switch (output) {
            case SIGMOID -> null;
            case SOFTMAX -> Cell.error(Message.BCE_ON_SOFTMAX);
            case LINEAR -> Cell.error(Message.BCE_ON_LINEAR);
            default -> Cell.error(Message.BCE_ON_NON_PROBABILITY);
        };
    }

    private static Cell crossEntropy(Activation output) {
        return switch (output) {
            case SOFTMAX -> null;
            case SIGMOID -> Cell.error(Message.CROSS_ENTROPY_ON_SIGMOID);
            case LINEAR -> Cell.error(Message.CROSS_ENTROPY_ON_LINEAR);
            default -> Cell.error(Message.CROSS_ENTROPY_ON_NON_DISTRIBUTION);
        };
    }

    private static Cell hinge(Activation output) {
        return switch (output) {
            case LINEAR -> null;
            case TANH -> Cell.warning(Message.HINGE_ON_TANH);
            case SIGMOID -> Cell.error(Message.HINGE_ON_SIGMOID);
            case SOFTMAX -> Cell.error(Message.HINGE_ON_SOFTMAX);
            default -> Cell.error(Message.HINGE_ON_NON_LINEAR);
        };
    }

    // STEP never reaches the table: LayerRules.stepNotTrained has already rejected it.
    private static Cell regression(Activation output) {
        return switch (output) {
            case SIGMOID, LINEAR, TANH, SOFTPLUS -> null;
            case SOFTMAX -> Cell.warning(Message.REGRESSION_ON_SOFTMAX);
            default -> Cell.warning(Message.REGRESSION_ON_UNUSUAL);
        };
    }
}
