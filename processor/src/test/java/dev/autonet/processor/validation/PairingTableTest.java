package dev.autonet.processor.validation;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.autonet.processor.validation.Compiling.assertClean;
import static dev.autonet.processor.validation.Compiling.assertError;
import static dev.autonet.processor.validation.Compiling.assertWarning;
import static dev.autonet.processor.validation.Compiling.autonetMessages;
import static dev.autonet.processor.validation.Compiling.compile;
import static dev.autonet.processor.validation.Compiling.declaration;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.autonet.Activation;
import dev.autonet.LossFunction;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every cell of the activation–loss table in DESIGN.md, for every activation and every loss: one
 * declaration each, checked for kind, exact text, count, line and column. SOFTMAX outputs get 3 units
 * and the others 1, so that only the pairing is being judged.
 */
class PairingTableTest {

    @ParameterizedTest(name = "{0} output with {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SIGMOID    | BCE                              | ok
            SIGMOID    | CATEGORICAL_CROSS_ENTROPY        | error CROSS_ENTROPY_ON_SIGMOID
            SIGMOID    | SPARSE_CATEGORICAL_CROSS_ENTROPY | error CROSS_ENTROPY_ON_SIGMOID
            SIGMOID    | HINGE                            | error HINGE_ON_SIGMOID
            SIGMOID    | MSE                              | ok
            SIGMOID    | MAE                              | ok
            SIGMOID    | HUBER                            | ok
            SIGMOID    | ZERO_ONE                         | error ZERO_ONE_LOSS

            SOFTMAX    | BCE                              | error BCE_ON_SOFTMAX
            SOFTMAX    | CATEGORICAL_CROSS_ENTROPY        | ok
            SOFTMAX    | SPARSE_CATEGORICAL_CROSS_ENTROPY | ok
            SOFTMAX    | HINGE                            | error HINGE_ON_SOFTMAX
            SOFTMAX    | MSE                              | warning REGRESSION_ON_SOFTMAX
            SOFTMAX    | MAE                              | warning REGRESSION_ON_SOFTMAX
            SOFTMAX    | HUBER                            | warning REGRESSION_ON_SOFTMAX
            SOFTMAX    | ZERO_ONE                         | error ZERO_ONE_LOSS

            LINEAR     | BCE                              | error BCE_ON_LINEAR
            LINEAR     | CATEGORICAL_CROSS_ENTROPY        | error CROSS_ENTROPY_ON_LINEAR
            LINEAR     | SPARSE_CATEGORICAL_CROSS_ENTROPY | error CROSS_ENTROPY_ON_LINEAR
            LINEAR     | HINGE                            | ok
            LINEAR     | MSE                              | ok
            LINEAR     | MAE                              | ok
            LINEAR     | HUBER                            | ok
            LINEAR     | ZERO_ONE                         | error ZERO_ONE_LOSS

            TANH       | BCE                              | error BCE_ON_NON_PROBABILITY
            TANH       | CATEGORICAL_CROSS_ENTROPY        | error CROSS_ENTROPY_ON_NON_DISTRIBUTION
            TANH       | SPARSE_CATEGORICAL_CROSS_ENTROPY | error CROSS_ENTROPY_ON_NON_DISTRIBUTION
            TANH       | HINGE                            | warning HINGE_ON_TANH
            TANH       | MSE                              | ok
            TANH       | MAE                              | ok
            TANH       | HUBER                            | ok
            TANH       | ZERO_ONE                         | error ZERO_ONE_LOSS

            SOFTPLUS   | BCE                              | error BCE_ON_NON_PROBABILITY
            SOFTPLUS   | CATEGORICAL_CROSS_ENTROPY        | error CROSS_ENTROPY_ON_NON_DISTRIBUTION
            SOFTPLUS   | SPARSE_CATEGORICAL_CROSS_ENTROPY | error CROSS_ENTROPY_ON_NON_DISTRIBUTION
            SOFTPLUS   | HINGE                            | error HINGE_ON_NON_LINEAR
            SOFTPLUS   | MSE                              | ok
            SOFTPLUS   | MAE                              | ok
            SOFTPLUS   | HUBER                            | ok
            SOFTPLUS   | ZERO_ONE                         | error ZERO_ONE_LOSS

            RELU       | BCE                              | error BCE_ON_NON_PROBABILITY
            RELU       | CATEGORICAL_CROSS_ENTROPY        | error CROSS_ENTROPY_ON_NON_DISTRIBUTION
            RELU       | SPARSE_CATEGORICAL_CROSS_ENTROPY | error CROSS_ENTROPY_ON_NON_DISTRIBUTION
            RELU       | HINGE                            | error HINGE_ON_NON_LINEAR
            RELU       | MSE                              | warning REGRESSION_ON_UNUSUAL
            RELU       | MAE                              | warning REGRESSION_ON_UNUSUAL
            RELU       | HUBER                            | warning REGRESSION_ON_UNUSUAL
            RELU       | ZERO_ONE                         | error ZERO_ONE_LOSS

            LEAKY_RELU | BCE                              | error BCE_ON_NON_PROBABILITY
            LEAKY_RELU | CATEGORICAL_CROSS_ENTROPY        | error CROSS_ENTROPY_ON_NON_DISTRIBUTION
            LEAKY_RELU | SPARSE_CATEGORICAL_CROSS_ENTROPY | error CROSS_ENTROPY_ON_NON_DISTRIBUTION
            LEAKY_RELU | HINGE                            | error HINGE_ON_NON_LINEAR
            LEAKY_RELU | MSE                              | warning REGRESSION_ON_UNUSUAL
            LEAKY_RELU | MAE                              | warning REGRESSION_ON_UNUSUAL
            LEAKY_RELU | HUBER                            | warning REGRESSION_ON_UNUSUAL
            LEAKY_RELU | ZERO_ONE                         | error ZERO_ONE_LOSS

            PRELU      | BCE                              | error BCE_ON_NON_PROBABILITY
            PRELU      | CATEGORICAL_CROSS_ENTROPY        | error CROSS_ENTROPY_ON_NON_DISTRIBUTION
            PRELU      | SPARSE_CATEGORICAL_CROSS_ENTROPY | error CROSS_ENTROPY_ON_NON_DISTRIBUTION
            PRELU      | HINGE                            | error HINGE_ON_NON_LINEAR
            PRELU      | MSE                              | warning REGRESSION_ON_UNUSUAL
            PRELU      | MAE                              | warning REGRESSION_ON_UNUSUAL
            PRELU      | HUBER                            | warning REGRESSION_ON_UNUSUAL
            PRELU      | ZERO_ONE                         | error ZERO_ONE_LOSS

            ELU        | BCE                              | error BCE_ON_NON_PROBABILITY
            ELU        | CATEGORICAL_CROSS_ENTROPY        | error CROSS_ENTROPY_ON_NON_DISTRIBUTION
            ELU        | SPARSE_CATEGORICAL_CROSS_ENTROPY | error CROSS_ENTROPY_ON_NON_DISTRIBUTION
            ELU        | HINGE                            | error HINGE_ON_NON_LINEAR
            ELU        | MSE                              | warning REGRESSION_ON_UNUSUAL
            ELU        | MAE                              | warning REGRESSION_ON_UNUSUAL
            ELU        | HUBER                            | warning REGRESSION_ON_UNUSUAL
            ELU        | ZERO_ONE                         | error ZERO_ONE_LOSS

            SWISH      | BCE                              | error BCE_ON_NON_PROBABILITY
            SWISH      | CATEGORICAL_CROSS_ENTROPY        | error CROSS_ENTROPY_ON_NON_DISTRIBUTION
            SWISH      | SPARSE_CATEGORICAL_CROSS_ENTROPY | error CROSS_ENTROPY_ON_NON_DISTRIBUTION
            SWISH      | HINGE                            | error HINGE_ON_NON_LINEAR
            SWISH      | MSE                              | warning REGRESSION_ON_UNUSUAL
            SWISH      | MAE                              | warning REGRESSION_ON_UNUSUAL
            SWISH      | HUBER                            | warning REGRESSION_ON_UNUSUAL
            SWISH      | ZERO_ONE                         | error ZERO_ONE_LOSS

            GELU       | BCE                              | error BCE_ON_NON_PROBABILITY
            GELU       | CATEGORICAL_CROSS_ENTROPY        | error CROSS_ENTROPY_ON_NON_DISTRIBUTION
            GELU       | SPARSE_CATEGORICAL_CROSS_ENTROPY | error CROSS_ENTROPY_ON_NON_DISTRIBUTION
            GELU       | HINGE                            | error HINGE_ON_NON_LINEAR
            GELU       | MSE                              | warning REGRESSION_ON_UNUSUAL
            GELU       | MAE                              | warning REGRESSION_ON_UNUSUAL
            GELU       | HUBER                            | warning REGRESSION_ON_UNUSUAL
            GELU       | ZERO_ONE                         | error ZERO_ONE_LOSS

            STEP       | BCE                              | error STEP_TRAINED
            STEP       | CATEGORICAL_CROSS_ENTROPY        | error STEP_TRAINED
            STEP       | SPARSE_CATEGORICAL_CROSS_ENTROPY | error STEP_TRAINED
            STEP       | HINGE                            | error STEP_TRAINED
            STEP       | MSE                              | error STEP_TRAINED
            STEP       | MAE                              | error STEP_TRAINED
            STEP       | HUBER                            | error STEP_TRAINED
            STEP       | ZERO_ONE                         | error STEP_TRAINED + error ZERO_ONE_LOSS
            """)
    void cell(Activation output, LossFunction loss, String expected) {
        JavaFileObject file = declaration("Cell",
                "@Network(inputs = 2)",
                "@Dense(units = 4, activation = RELU)",
                "@Dense(units = " + (output == Activation.SOFTMAX ? 3 : 1) + ", activation = " + output + ")",
                "@Loss(" + loss + ")",
                "interface Cell {}");
        Compilation compilation = compile(file);

        List<Finding> findings = parse(expected, output, loss);
        if (findings.isEmpty()) {
            assertClean(compilation, "test.Cell");
            return;
        }
        assertEquals(findings.size(), autonetMessages(compilation).size(), () -> "" + autonetMessages(compilation));
        long errors = findings.stream().filter(Finding::error).count();
        assertThat(compilation).hadWarningCount((int) (findings.size() - errors));
        if (errors > 0) {
            assertThat(compilation).failed();
            assertThat(compilation).hadErrorCount((int) errors);
        }
        for (Finding finding : findings) {
            if (finding.error()) {
                assertError(compilation, file, finding.text(), finding.line(), finding.token());
            } else {
                assertWarning(compilation, file, finding.text(), finding.line(), finding.token());
            }
        }
    }

    /** One expected diagnostic: its kind, its text, and the line and token it must point at. */
    private record Finding(boolean error, String text, String line, String token) {}

    // "error STEP_TRAINED + error ZERO_ONE_LOSS": the step error sits on the output layer's activation
    // (layer 2); the others sit on the loss, and pairing messages name (loss, output activation).
    private static List<Finding> parse(String expected, Activation output, LossFunction loss) {
        List<Finding> findings = new ArrayList<>();
        if (expected.equals("ok")) {
            return findings;
        }
        for (String part : expected.split("\\+")) {
            String[] words = part.trim().split(" ");
            boolean error = words[0].equals("error");
            Message message = Message.valueOf(words[1]);
            if (message == Message.STEP_TRAINED) {
                findings.add(new Finding(error, message.format(2, loss), "activation = STEP", "STEP"));
            } else {
                findings.add(new Finding(error, message.format(loss, output), "@Loss(", loss.name()));
            }
        }
        return findings;
    }
}
