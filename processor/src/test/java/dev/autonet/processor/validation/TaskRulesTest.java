package dev.autonet.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.autonet.processor.validation.Compiling.assertClean;
import static dev.autonet.processor.validation.Compiling.assertError;
import static dev.autonet.processor.validation.Compiling.autonetMessages;
import static dev.autonet.processor.validation.Compiling.compile;
import static dev.autonet.processor.validation.Compiling.declaration;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The interfaces a declaration extends: only task interfaces, at most one, agreeing with output and loss. */
class TaskRulesTest {

    /**
     * One task-mismatch error, on the first value that disagrees ({@code culprit}: the text of its line,
     * and the token it starts at).
     */
    @ParameterizedTest(name = "{0} with {1} x {2} and {3}")
    @CsvSource(delimiter = '|', textBlock = """
            BinaryClassifier | SOFTMAX | 2 | @Loss(CATEGORICAL_CROSS_ENTROPY) | BINARY_CLASSIFIER_MISMATCH | activation = SOFTMAX | SOFTMAX
            BinaryClassifier | SIGMOID | 3 | @Loss(BCE)                       | BINARY_CLASSIFIER_MISMATCH | units = 3            | 3
            BinaryClassifier | SIGMOID | 1 | @Loss(MSE)                       | BINARY_CLASSIFIER_MISMATCH | @Loss                | MSE
            BinaryClassifier | LINEAR  | 1 | @Loss(HINGE)                     | BINARY_CLASSIFIER_MISMATCH | activation = LINEAR  | LINEAR
            MultiClassifier  | SIGMOID | 1 | @Loss(BCE)                       | MULTI_CLASSIFIER_MISMATCH  | activation = SIGMOID | SIGMOID
            MultiClassifier  | SIGMOID | 4 |                                  | MULTI_CLASSIFIER_MISMATCH  | activation = SIGMOID | SIGMOID
            Regressor        | SOFTMAX | 3 |                                  | REGRESSOR_MISMATCH         | activation = SOFTMAX | SOFTMAX
            Regressor        | STEP    | 1 |                                  | REGRESSOR_MISMATCH         | activation = STEP    | STEP
            Regressor        | LINEAR  | 1 | @Loss(HINGE)                     | REGRESSOR_MISMATCH         | @Loss                | HINGE
            Regressor        | SIGMOID | 1 | @Loss(BCE)                       | REGRESSOR_MISMATCH         | @Loss                | BCE
            """)
    void taskDisagreesWithOutputOrLoss(String task, String activation, int units, String loss,
            Message message, String culpritLine, String culpritToken) {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 8, activation = RELU)",
                "@Dense(units = " + units + ", activation = " + activation + ")",
                loss == null ? "" : loss,
                "interface Net extends dev.autonet.runtime." + task + " {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertEquals(1, autonetMessages(compilation).size(), () -> "" + autonetMessages(compilation));
        String declared = loss == null ? "no @Loss" : loss;
        assertError(compilation, file, message.format(units, activation, declared), culpritLine, culpritToken);
    }

    @ParameterizedTest(name = "{0} with {1} x {2} and {3}")
    @CsvSource(delimiter = '|', textBlock = """
            BinaryClassifier | SIGMOID | 1 | @Loss(BCE)
            BinaryClassifier | SIGMOID | 1 |
            MultiClassifier  | SOFTMAX | 3 | @Loss(CATEGORICAL_CROSS_ENTROPY)
            MultiClassifier  | SOFTMAX | 3 | @Loss(SPARSE_CATEGORICAL_CROSS_ENTROPY)
            Regressor        | LINEAR  | 2 | @Loss(value = HUBER, delta = 0.5)
            Regressor        | SIGMOID | 1 | @Loss(MAE)
            Regressor        | TANH    | 1 |
            """)
    void taskAgrees(String task, String activation, int units, String loss) {
        assertClean(compile(declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 8, activation = RELU)",
                "@Dense(units = " + units + ", activation = " + activation + ")",
                loss == null ? "" : loss,
                "interface Net extends dev.autonet.runtime." + task + " {}")), "test.Net");
    }

    @Test
    void aPairingErrorIsNotRepeatedAsATaskMismatch() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 1, activation = LINEAR)",
                "@Loss(BCE)",
                "interface Net extends dev.autonet.runtime.BinaryClassifier {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.BCE_ON_LINEAR.format("BCE", "LINEAR"), "@Loss", "BCE");
    }

    @Test
    void foreignSupertype() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 1, activation = LINEAR)",
                "interface Net extends Runnable {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.FOREIGN_SUPERTYPE.format("Net", "java.lang.Runnable"),
                "interface Net", "Runnable");
    }

    @Test
    void eachForeignSupertypeIsPointedAtInTheExtendsClause() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 1, activation = SIGMOID)",
                "@Loss(BCE)",
                "interface Net extends dev.autonet.runtime.BinaryClassifier,",
                "        Runnable,",
                "        java.io.Serializable {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(2);
        assertError(compilation, file, Message.FOREIGN_SUPERTYPE.format("Net", "java.lang.Runnable"),
                "Runnable", "Runnable");
        // javac points at a qualified name's last '.', as in its own "cannot find symbol" on a.b.C.
        assertError(compilation, file, Message.FOREIGN_SUPERTYPE.format("Net", "java.io.Serializable"),
                "Serializable", ".Serializable");
    }

    @Test
    void twoTaskInterfaces() {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 1, activation = SIGMOID)",
                "@Loss(BCE)",
                "interface Net extends dev.autonet.runtime.BinaryClassifier, dev.autonet.runtime.Regressor {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, file, Message.MULTIPLE_TASKS.format("Net", "BinaryClassifier and Regressor"),
                "interface Net", ".Regressor");
    }

    /**
     * A task-mismatch error already says the output and loss are wrong for the task: the pairing warning
     * on the same output and loss would report the same mistake twice.
     */
    @ParameterizedTest(name = "{0} with {1} and {2}")
    @CsvSource(delimiter = '|', textBlock = """
            MultiClassifier | SOFTMAX | 3 | MSE   | MULTI_CLASSIFIER_MISMATCH | @Loss                | MSE
            Regressor       | SOFTMAX | 3 | MSE   | REGRESSOR_MISMATCH        | activation = SOFTMAX | SOFTMAX
            Regressor       | TANH    | 1 | HINGE | REGRESSOR_MISMATCH        | @Loss                | HINGE
            BinaryClassifier | RELU    | 1 | MAE   | BINARY_CLASSIFIER_MISMATCH | units = 1, activation = RELU | RELU)
            """)
    void aTaskMismatchIsNotAlsoAPairingWarning(String task, String activation, int units, String loss,
            Message message, String culpritLine, String culpritToken) {
        JavaFileObject file = declaration("Net",
                "@Network(inputs = 2)",
                "@Dense(units = 8, activation = RELU)",
                "@Dense(units = " + units + ", activation = " + activation + ")",
                "@Loss(" + loss + ")",
                "interface Net extends dev.autonet.runtime." + task + " {}");
        Compilation compilation = compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadWarningCount(0);
        assertEquals(1, autonetMessages(compilation).size(), () -> "" + autonetMessages(compilation));
        assertError(compilation, file, message.format(units, activation, "@Loss(" + loss + ")"),
                culpritLine, culpritToken);
    }
}
