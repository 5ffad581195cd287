package dev.autonet.samples.multiclass;

import static dev.autonet.Activation.RELU;
import static dev.autonet.Activation.SOFTMAX;
import static dev.autonet.LossFunction.SPARSE_CATEGORICAL_CROSS_ENTROPY;

import dev.autonet.Dense;
import dev.autonet.Loss;
import dev.autonet.Network;
import dev.autonet.runtime.MultiClassifier;

/** {@link Blobs} trained on class indices instead of one-hot rows: sparse categorical cross-entropy. */
@Network(inputs = 2)
@Dense(units = 32, activation = RELU)
@Dense(units = 16, activation = RELU)
@Dense(units = 4, activation = SOFTMAX)
@Loss(SPARSE_CATEGORICAL_CROSS_ENTROPY)
public interface BlobsSparse extends MultiClassifier {}
