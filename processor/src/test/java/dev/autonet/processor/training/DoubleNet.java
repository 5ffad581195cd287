package dev.autonet.processor.training;

import dev.autonet.runtime.DoubleNetwork;
import java.util.function.Function;

/**
 * A generated DOUBLE network seen through its model factory and its trainer's {@code lossAndGradient},
 * so tests can treat every generated pair alike.
 *
 * @param fromParameters the model's {@code fromParameters}
 * @param trainer a fresh trainer's {@code lossAndGradient} at the given parameters
 * @param targetWidth the trainer's {@code TARGET_WIDTH}
 */
record DoubleNet(String name, Function<double[], DoubleNetwork> fromParameters,
        Function<double[], LossAndGradient> trainer, int targetWidth) {

    /** A generated trainer's {@code lossAndGradient}. */
    interface LossAndGradient {
        double lossAndGradient(double[] inputs, double[] targets, int rows, double[] parameterGradient,
                double[] inputGradient);
    }

    /** Ties a model class's {@code fromParameters} to a trainer constructor's {@code lossAndGradient}. */
    static <M extends DoubleNetwork> DoubleNet of(String name, Function<double[], M> fromParameters,
            Function<M, LossAndGradient> trainer, int targetWidth) {
        return new DoubleNet(name, fromParameters::apply, p -> trainer.apply(fromParameters.apply(p)), targetWidth);
    }

    DoubleNetwork model(double[] parameters) {
        return fromParameters.apply(parameters);
    }

    LossAndGradient trainerAt(double[] parameters) {
        return trainer.apply(parameters);
    }

    @Override
    public String toString() {
        return name;
    }
}
