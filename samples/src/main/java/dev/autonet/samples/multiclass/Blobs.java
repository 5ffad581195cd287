package dev.autonet.samples.multiclass;

import static dev.autonet.Activation.RELU;
import static dev.autonet.Activation.SOFTMAX;
import static dev.autonet.LossFunction.CATEGORICAL_CROSS_ENTROPY;

import dev.autonet.Dense;
import dev.autonet.Loss;
import dev.autonet.Network;
import dev.autonet.runtime.MultiClassifier;

/** Four Gaussian blobs in the plane: 2 → 32 → 16 → 4, ReLU then softmax, trained on one-hot targets. */
@Network(inputs = 2)
@Dense(units = 32, activation = RELU)
@Dense(units = 16, activation = RELU)
@Dense(units = 4, activation = SOFTMAX)
@Loss(CATEGORICAL_CROSS_ENTROPY)
public interface Blobs extends MultiClassifier {}
