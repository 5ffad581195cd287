package bad;

import static dev.autonet.Activation.RELU;
import static dev.autonet.Activation.SIGMOID;
import static dev.autonet.LossFunction.BCE;

import dev.autonet.Dense;
import dev.autonet.Loss;
import dev.autonet.Network;

/** Must fail: AutoNet implements interfaces; on a class it reports one not-interface error and nothing else. */
@Network(inputs = 2)
@Dense(units = 8, activation = RELU)
@Dense(units = 1, activation = SIGMOID)
@Loss(BCE)
public final class NetworkOnClass {}
