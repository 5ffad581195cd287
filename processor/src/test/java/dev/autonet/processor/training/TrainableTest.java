package dev.autonet.processor.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autonet.runtime.DoubleNetwork;
import dev.autonet.runtime.data.Batches;
import dev.autonet.runtime.data.Dataset;
import dev.autonet.runtime.optim.Sgd;
import dev.autonet.runtime.train.Evaluation;
import dev.autonet.runtime.train.Trainable;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code Trainable} methods one by one, against {@code lossAndGradient} and the model:
 * batch loss and gradient norms, the optimizer step, dead units, best-weights bookkeeping, and the
 * metric {@code evaluate} reports for each kind of loss.
 */
class TrainableTest {

    @Test
    void computeBatchAndApplyStepAgreeWithLossAndGradient() {
        // ReluKink: W1 = p[0..1], b1 = p[2..3], W2 = p[4..5], b2 = p[6]; unit 0 has z = 2x − 3 < 0 for x < 1.5
        double[] p = {2, 1, -3, 0.5, 0.7, -0.4, 0.1};
        double[] x = {0.5, -1, 1.2, 0.3};
        double[] y = {1, -2, 0.5, 3};
        TrainingNetworks_ReluKinkTrainer trainer = new TrainingNetworks_ReluKinkTrainer(TrainingNetworks_ReluKinkModel.fromParameters(p));
        double[] gradient = new double[p.length];
        double loss = trainer.lossAndGradient(x, y, 4, gradient, null);

        trainer.startEpoch();
        Batches batches = Batches.ordered(Dataset.of(1, x, 1, y), 4);
        assertEquals(4, trainer.computeBatch(batches));
        assertEquals(loss, trainer.batchLoss());
        assertEquals(Math.sqrt(gradient[0] * gradient[0] + gradient[1] * gradient[1] + gradient[2] * gradient[2]
                + gradient[3] * gradient[3]), trainer.layerGradientNorm(0), 1e-15);
        assertEquals(Math.hypot(Math.hypot(gradient[4], gradient[5]), gradient[6]), trainer.layerGradientNorm(1), 1e-15);
        assertEquals(4, trainer.batchMetricCount());
        double absoluteErrors = 0;
        TrainingNetworks_ReluKinkModel model = TrainingNetworks_ReluKinkModel.fromParameters(p);
        for (int r = 0; r < 4; r++) {
            absoluteErrors += Math.abs(model.predict(new double[] {x[r]})[0] - y[r]);
        }
        assertEquals(absoluteErrors, trainer.batchMetricSum(), 1e-15);
        assertEquals(0.5, trainer.deadFraction(0), "unit 0 never had z > 0");
        assertTrue(Double.isNaN(trainer.deadFraction(1)), "LINEAR layer");
        assertEquals("mae", trainer.metricName());
        assertEquals(2, trainer.layerCount());

        trainer.saveBest();
        assertTrue(trainer.applyStep(Sgd.learningRate(0.1)));
        double[] stepped = trainer.parameters();
        for (int k = 0; k < p.length; k++) {
            assertEquals(p[k] - 0.1 * gradient[k], stepped[k], 1e-15, "parameter " + k);
        }
        trainer.restoreBest();
        assertArrayEquals(p, trainer.parameters());
        trainer.startEpoch();
        assertEquals(1.0, trainer.deadFraction(0), "cleared by startEpoch");
    }

    /** How a metric counts one row: see the trainer's {@code rowMetric}. */
    enum Metric { ONE_HOT, CLASS_INDEX, SIGN, THRESHOLD, ABSOLUTE_ERROR }

    @Test
    void evaluateReportsTheLossOfLossAndGradientAndEachLossKindsMetric() {
        TorchReference categorical = TorchReference.load("CategoricalNet");
        var categoricalTrainer = new TorchNetworks_CategoricalNetTrainer(
                TorchNetworks_CategoricalNetModel.fromParameters(categorical.parameters()));
        checkEvaluation(categorical, categoricalTrainer.model(), categoricalTrainer, categoricalTrainer::lossAndGradient,
                Metric.ONE_HOT);
        TorchReference sparse = TorchReference.load("SparseNet");
        var sparseTrainer = new TorchNetworks_SparseNetTrainer(TorchNetworks_SparseNetModel.fromParameters(sparse.parameters()));
        checkEvaluation(sparse, sparseTrainer.model(), sparseTrainer, sparseTrainer::lossAndGradient, Metric.CLASS_INDEX);
        TorchReference hinge = TorchReference.load("HingeNet");
        var hingeTrainer = new TorchNetworks_HingeNetTrainer(TorchNetworks_HingeNetModel.fromParameters(hinge.parameters()));
        checkEvaluation(hinge, hingeTrainer.model(), hingeTrainer, hingeTrainer::lossAndGradient, Metric.SIGN);
        TorchReference multiLabel = TorchReference.load("MultiLabelNet");
        var multiLabelTrainer = new TorchNetworks_MultiLabelNetTrainer(
                TorchNetworks_MultiLabelNetModel.fromParameters(multiLabel.parameters()));
        checkEvaluation(multiLabel, multiLabelTrainer.model(), multiLabelTrainer, multiLabelTrainer::lossAndGradient,
                Metric.THRESHOLD);
        TorchReference mse = TorchReference.load("MseNet");
        var mseTrainer = new TorchNetworks_MseNetTrainer(TorchNetworks_MseNetModel.fromParameters(mse.parameters()));
        checkEvaluation(mse, mseTrainer.model(), mseTrainer, mseTrainer::lossAndGradient, Metric.ABSOLUTE_ERROR);
    }

    private static void checkEvaluation(TorchReference reference, DoubleNetwork model, Trainable trainer,
            DoubleNet.LossAndGradient lossAndGradient, Metric metric) {
        int rows = reference.rows();
        int inputs = reference.inputs();
        int width = reference.y().length / rows;
        Evaluation evaluation = trainer.evaluate(Dataset.of(inputs, reference.x(), width, reference.y()));
        double loss = lossAndGradient.lossAndGradient(reference.x(), reference.y(), rows,
                new double[reference.parameters().length], null);
        assertEquals(loss, evaluation.loss(), 1e-15 * Math.max(1, loss), reference.name() + " loss");
        assertEquals(rows, evaluation.rows());

        double sum = 0;
        int outputs = model.outputs();
        for (int r = 0; r < rows; r++) {
            double[] out = model.predict(Arrays.copyOfRange(reference.x(), r * inputs, (r + 1) * inputs));
            double[] target = Arrays.copyOfRange(reference.y(), r * width, (r + 1) * width);
            for (int j = 0; j < outputs; j++) {
                sum += switch (metric) {
                    case ONE_HOT -> j == 0 && argmax(out) == argmax(target) ? 1 : 0;
                    case CLASS_INDEX -> j == 0 && argmax(out) == (int) target[0] ? 1 : 0;
                    case SIGN -> (out[j] > 0 ? 1 : -1) == target[j] ? 1 : 0;
                    case THRESHOLD -> (out[j] > 0.5) == (target[j] > 0.5) ? 1 : 0;
                    case ABSOLUTE_ERROR -> Math.abs(out[j] - target[j]);
                };
            }
        }
        boolean perRow = metric == Metric.ONE_HOT || metric == Metric.CLASS_INDEX;
        assertEquals(metric == Metric.ABSOLUTE_ERROR ? "mae" : "accuracy", evaluation.metricName(), reference.name());
        assertEquals(sum / (perRow ? rows : rows * outputs), evaluation.metric(), 1e-15, reference.name() + " metric");
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int j = 1; j < values.length; j++) {
            if (values[j] > values[best]) {
                best = j;
            }
        }
        return best;
    }
}
