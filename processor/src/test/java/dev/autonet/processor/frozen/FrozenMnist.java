package dev.autonet.processor.frozen;

import static dev.autonet.Activation.RELU;
import static dev.autonet.Activation.SOFTMAX;
import static dev.autonet.LossFunction.CATEGORICAL_CROSS_ENTROPY;

import dev.autonet.Dense;
import dev.autonet.Loss;
import dev.autonet.Network;
import dev.autonet.runtime.MultiClassifier;

/** 784-256-128-10 with saved parameters (seed 11): every layer looped over arrays decoded from strings. */
@Network(inputs = 784, weights = "frozen/mnist.autonet")
@Dense(units = 256, activation = RELU)
@Dense(units = 128, activation = RELU)
@Dense(units = 10, activation = SOFTMAX)
@Loss(CATEGORICAL_CROSS_ENTROPY)
public interface FrozenMnist extends MultiClassifier {}
