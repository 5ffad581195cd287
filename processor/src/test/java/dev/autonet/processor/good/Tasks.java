package dev.autonet.processor.good;

import static dev.autonet.Activation.RELU;
import static dev.autonet.Activation.SIGMOID;
import static dev.autonet.Activation.SOFTMAX;
import static dev.autonet.Activation.TANH;

import dev.autonet.Dense;
import dev.autonet.Network;
import dev.autonet.Precision;
import dev.autonet.runtime.BinaryClassifier;
import dev.autonet.runtime.MultiClassifier;
import dev.autonet.runtime.Regressor;

/** Small inference-only networks for each task interface in the precision the other tests use less. */
public final class Tasks {
    private Tasks() {}

    /** A DOUBLE binary classifier: probability(double[]) is native, probability(float[]) converts. */
    @Network(inputs = 3, precision = Precision.DOUBLE)
    @Dense(units = 4, activation = TANH)
    @Dense(units = 1, activation = SIGMOID)
    public interface BinaryDouble extends BinaryClassifier {}

    /** A FLOAT multi-class classifier, small enough to unroll. */
    @Network(inputs = 3)
    @Dense(units = 5, activation = RELU)
    @Dense(units = 4, activation = SOFTMAX)
    public interface MultiFloat extends MultiClassifier {}

    /** A FLOAT regressor: predict(double[], double[]) converts. */
    @Network(inputs = 4)
    @Dense(units = 8, activation = RELU)
    @Dense(units = 2)
    public interface RegressorFloat extends Regressor {}

    /** A DOUBLE regressor: predict(float[], float[]) converts. */
    @Network(inputs = 4, precision = Precision.DOUBLE)
    @Dense(units = 8, activation = RELU)
    @Dense(units = 2)
    public interface RegressorDouble extends Regressor {}
}
