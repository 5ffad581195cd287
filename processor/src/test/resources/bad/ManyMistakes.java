package bad;

import static dev.autonet.Activation.LEAKY_RELU;
import static dev.autonet.Activation.RELU;
import static dev.autonet.Activation.SIGMOID;
import static dev.autonet.Activation.SOFTMAX;
import static dev.autonet.LossFunction.BCE;

import dev.autonet.Dense;
import dev.autonet.Loss;
import dev.autonet.Network;

/**
 * Must fail with four errors and one warning, all reported together in source order, and generate
 * nothing. @Loss comes first on purpose: the pairing is judged last but printed first.
 */
@Loss(BCE)
@Network(inputs = 2)
@Dense(units = 0, activation = RELU)
@Dense(units = 8, activation = LEAKY_RELU, alpha = 1.5)
@Dense(units = 8, activation = SIGMOID, name = "class")
@Dense(units = 3, activation = SOFTMAX)
interface ManyMistakes {}
