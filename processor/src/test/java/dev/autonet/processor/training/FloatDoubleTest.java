package dev.autonet.processor.training;

import static dev.autonet.processor.codegen.GeneratedModel.toDoubles;
import static dev.autonet.processor.codegen.GeneratedModel.toFloats;
import static dev.autonet.processor.training.Precisions.scaledError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.processor.training.FiniteDifferences.Point;
import org.junit.jupiter.api.Test;

/**
 * The FLOAT trainer of {@link TrainingNetworks.TwinFloat} against its DOUBLE twin at the same parameters
 * (drawn in double, rounded to float, and given to both) and the same batch of 16 rows: the loss agrees to
 * {@value #LOSS_TOLERANCE} relative, and every parameter and input gradient to {@value #GRADIENT_TOLERANCE}
 * times the largest gradient of its kind (float carries 24 bits, about 6e-8 relative per operation, and a
 * gradient sums a few hundred products). Measured: loss 1.3e-8 relative; parameter gradients 9.3e-8 and
 * input gradients 1.9e-7 of the largest.
 */
class FloatDoubleTest {
    static final double LOSS_TOLERANCE = 1e-6;
    static final double GRADIENT_TOLERANCE = 1e-5;
    static final int ROWS = 16;

    @Test
    void floatTrainerMatchesItsDoubleTwin() {
        Architecture architecture = Architecture.parse(4, "16 TANH, 12 LEAKY_RELU 0.1, 8 PRELU 0.25, 3 SOFTMAX");
        Point point = FiniteDifferences.draw(architecture, dev.autonet.LossFunction.CATEGORICAL_CROSS_ENTROPY, 3, ROWS, 11);
        float[] floatParameters = toFloats(point.parameters());
        double[] parameters = toDoubles(floatParameters);
        float[] floatInputs = toFloats(point.x());
        double[] inputs = toDoubles(floatInputs);
        double[] targets = point.y();

        double[] parameterGradient = new double[parameters.length];
        double[] inputGradient = new double[inputs.length];
        double loss = new TrainingNetworks_TwinDoubleTrainer(TrainingNetworks_TwinDoubleModel.fromParameters(parameters))
                .lossAndGradient(inputs, targets, ROWS, parameterGradient, inputGradient);
        float[] floatParameterGradient = new float[parameters.length];
        float[] floatInputGradient = new float[inputs.length];
        double floatLoss = new TrainingNetworks_TwinFloatTrainer(TrainingNetworks_TwinFloatModel.fromParameters(floatParameters))
                .lossAndGradient(floatInputs, toFloats(targets), ROWS, floatParameterGradient, floatInputGradient);

        double lossError = Math.abs(floatLoss - loss) / Math.abs(loss);
        double parameterError = scaledError(toDoubles(floatParameterGradient), parameterGradient);
        double inputError = scaledError(toDoubles(floatInputGradient), inputGradient);
        System.out.printf("float vs double: loss %.1e, parameter gradient %.1e, input gradient %.1e%n",
                lossError, parameterError, inputError);
        assertTrue(lossError <= LOSS_TOLERANCE, "loss " + floatLoss + " vs " + loss);
        assertTrue(parameterError <= GRADIENT_TOLERANCE, "parameter gradient error " + parameterError);
        assertTrue(inputError <= GRADIENT_TOLERANCE, "input gradient error " + inputError);
        assertEquals(TrainingNetworks_TwinFloatTrainer.PARAMETER_COUNT, TrainingNetworks_TwinDoubleTrainer.PARAMETER_COUNT);
    }

    /** A FLOAT trainer's lossAndGradient. */
    interface FloatLossAndGradient {
        double lossAndGradient(float[] inputs, float[] targets, int rows, float[] parameterGradient,
                float[] inputGradient);
    }

    /**
     * The FLOAT code paths of the other losses and outputs (PReLU output with Huber, hinge on TANH,
     * sparse cross-entropy, MSE on SOFTMAX, MAE) give a finite loss and a finite, non-zero gradient on 4
     * rows.
     */
    @Test
    void floatTrainersOfEveryLossRun() {
        float[] inputs = {0.3f, -1.2f, 0.8f, 0.1f, -0.5f, 0.7f, 1.1f, -0.4f};
        runs(new TrainingNetworks_PreluHuberFloatTrainer(TrainingNetworks_PreluHuberFloatModel.initialize(1))::lossAndGradient,
                TrainingNetworks_PreluHuberFloatTrainer.PARAMETER_COUNT, inputs, new float[] {0.5f, -1, 2, 0, 1, 1, -0.3f, 0.2f});
        runs(new TrainingNetworks_TanhHingeFloatTrainer(TrainingNetworks_TanhHingeFloatModel.initialize(2))::lossAndGradient,
                TrainingNetworks_TanhHingeFloatTrainer.PARAMETER_COUNT, inputs, new float[] {1, -1, -1, 1});
        runs(new TrainingNetworks_SparseFloatTrainer(TrainingNetworks_SparseFloatModel.initialize(3))::lossAndGradient,
                TrainingNetworks_SparseFloatTrainer.PARAMETER_COUNT, inputs, new float[] {0, 2, 1, 2});
        runs(new TrainingNetworks_SoftmaxMseFloatTrainer(TrainingNetworks_SoftmaxMseFloatModel.initialize(4))::lossAndGradient,
                TrainingNetworks_SoftmaxMseFloatTrainer.PARAMETER_COUNT, inputs,
                new float[] {1, 0, 0, 0, 1, 0, 0, 0, 1, 0.2f, 0.3f, 0.5f});
        runs(new TrainingNetworks_MaeFloatTrainer(TrainingNetworks_MaeFloatModel.initialize(5))::lossAndGradient,
                TrainingNetworks_MaeFloatTrainer.PARAMETER_COUNT, inputs, new float[] {0.5f, -1, 2, 0, 1, 1, -0.3f, 0.2f});
    }

    private static void runs(FloatLossAndGradient trainer, int parameterCount, float[] inputs, float[] targets) {
        float[] gradient = new float[parameterCount];
        float[] inputGradient = new float[inputs.length];
        double loss = trainer.lossAndGradient(inputs, targets, 4, gradient, inputGradient);
        assertTrue(Double.isFinite(loss) && loss > 0, "loss " + loss);
        double norm = 0;
        for (float g : gradient) {
            assertTrue(Float.isFinite(g));
            norm += g * g;
        }
        assertTrue(norm > 0, "gradient is zero");
    }
}
