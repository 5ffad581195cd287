package dev.autonet.samples.multilabel;

import static dev.autonet.Activation.RELU;
import static dev.autonet.Activation.SIGMOID;
import static dev.autonet.LossFunction.BCE;

import dev.autonet.Dense;
import dev.autonet.Loss;
import dev.autonet.Network;

/**
 * Three independent yes/no labels of a point in the plane (see {@link RegionData}): 2 → 32 → 16 → 3, ReLU then
 * one SIGMOID per label, trained with binary cross-entropy. Unlike softmax, the sigmoids do not compete, so a
 * point can carry none, some or all of the labels.
 */
@Network(inputs = 2)
@Dense(units = 32, activation = RELU)
@Dense(units = 16, activation = RELU)
@Dense(units = 3, activation = SIGMOID)
@Loss(BCE)
public interface Regions {}
