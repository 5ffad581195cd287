package dev.autonet.processor.codegen;

import static dev.autonet.Activation.ELU;
import static dev.autonet.Activation.GELU;
import static dev.autonet.Activation.LEAKY_RELU;
import static dev.autonet.Activation.LINEAR;
import static dev.autonet.Activation.PRELU;
import static dev.autonet.Activation.RELU;
import static dev.autonet.Activation.SIGMOID;
import static dev.autonet.Activation.SOFTMAX;
import static dev.autonet.Activation.SOFTPLUS;
import static dev.autonet.Activation.STEP;
import static dev.autonet.Activation.SWISH;
import static dev.autonet.Activation.TANH;
import static dev.autonet.processor.codegen.GeneratedModel.doubles;
import static dev.autonet.processor.codegen.GeneratedModel.floats;

import dev.autonet.Activation;
import dev.autonet.processor.good.Chains_LoopedDoubleModel;
import dev.autonet.processor.good.Chains_LoopedFloatModel;
import dev.autonet.processor.good.Chains_MixedDoubleModel;
import dev.autonet.processor.good.Chains_MixedFloatModel;
import dev.autonet.processor.good.Chains_UnrolledDoubleModel;
import dev.autonet.processor.good.Chains_UnrolledFloatModel;
import dev.autonet.processor.good.Chains_WideDoubleModel;
import dev.autonet.processor.good.Chains_WideFloatModel;
import dev.autonet.processor.good.MnistDoubleModel;
import dev.autonet.processor.good.MnistModel;
import dev.autonet.processor.good.MoonsModel;
import dev.autonet.processor.good.Outer_InnerModel;
import dev.autonet.processor.good.Outputs_EluDoubleModel;
import dev.autonet.processor.good.Outputs_EluFloatModel;
import dev.autonet.processor.good.Outputs_GeluDoubleModel;
import dev.autonet.processor.good.Outputs_GeluFloatModel;
import dev.autonet.processor.good.Outputs_LeakyReluDoubleModel;
import dev.autonet.processor.good.Outputs_LeakyReluFloatModel;
import dev.autonet.processor.good.Outputs_LinearDoubleModel;
import dev.autonet.processor.good.Outputs_LinearFloatModel;
import dev.autonet.processor.good.Outputs_PreluDoubleModel;
import dev.autonet.processor.good.Outputs_PreluFloatModel;
import dev.autonet.processor.good.Outputs_ReluDoubleModel;
import dev.autonet.processor.good.Outputs_ReluFloatModel;
import dev.autonet.processor.good.Outputs_SigmoidDoubleModel;
import dev.autonet.processor.good.Outputs_SigmoidFloatModel;
import dev.autonet.processor.good.Outputs_SoftmaxDoubleModel;
import dev.autonet.processor.good.Outputs_SoftmaxFloatModel;
import dev.autonet.processor.good.Outputs_SoftplusDoubleModel;
import dev.autonet.processor.good.Outputs_SoftplusFloatModel;
import dev.autonet.processor.good.Outputs_StepDoubleModel;
import dev.autonet.processor.good.Outputs_StepFloatModel;
import dev.autonet.processor.good.Outputs_SwishDoubleModel;
import dev.autonet.processor.good.Outputs_SwishFloatModel;
import dev.autonet.processor.good.Outputs_TanhDoubleModel;
import dev.autonet.processor.good.Outputs_TanhFloatModel;
import dev.autonet.processor.good.Tasks_BinaryDoubleModel;
import dev.autonet.processor.good.Tasks_MultiFloatModel;
import dev.autonet.processor.good.Tasks_RegressorDoubleModel;
import dev.autonet.processor.good.Tasks_RegressorFloatModel;
import dev.autonet.processor.good.TinyModel;
import dev.autonet.processor.good.Vectors_ChainDoubleModel;
import dev.autonet.processor.good.Vectors_ChainFloatModel;
import dev.autonet.processor.good.Vectors_MnistFloatModel;
import dev.autonet.processor.good.Vectors_MoonsDoubleModel;
import dev.autonet.processor.good.Vectors_MoonsFloatModel;
import dev.autonet.processor.good.Vectors_NarrowFloatModel;
import dev.autonet.processor.good.Vectors_PreluOutputDoubleModel;
import dev.autonet.processor.good.Vectors_RegressorFloatModel;
import dev.autonet.processor.good.Vectors_WideDoubleModel;
import dev.autonet.processor.good.Vectors_WideFloatModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every network under {@code good/}, each with its generated model's factory and an independent
 * {@link ReferenceNetwork} written from the declaration by hand (alphas included).
 */
final class Networks {
    private Networks() {}

    /** One declaration: its reference, and how to build its generated model from double parameters. */
    record Case(String name, ReferenceNetwork reference, Function<double[], GeneratedModel> fromParameters) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("Moons", moons(), floats(MoonsModel::fromParameters)));
        cases.add(new Case("Mnist", mnist(), floats(MnistModel::fromParameters)));
        cases.add(new Case("MnistDouble", mnist(), doubles(MnistDoubleModel::fromParameters)));
        cases.add(new Case("Tiny", ReferenceNetwork.inputs(2).dense(3, PRELU).dense(1, SIGMOID),
                floats(TinyModel::fromParameters)));
        cases.add(new Case("Outer.Inner", ReferenceNetwork.inputs(3).dense(4, TANH).dense(2, LINEAR),
                floats(Outer_InnerModel::fromParameters)));
        cases.add(new Case("Tasks.BinaryDouble", ReferenceNetwork.inputs(3).dense(4, TANH).dense(1, SIGMOID),
                doubles(Tasks_BinaryDoubleModel::fromParameters)));
        cases.add(new Case("Tasks.MultiFloat", ReferenceNetwork.inputs(3).dense(5, RELU).dense(4, SOFTMAX),
                floats(Tasks_MultiFloatModel::fromParameters)));
        cases.add(new Case("Tasks.RegressorFloat", ReferenceNetwork.inputs(4).dense(8, RELU).dense(2, LINEAR),
                floats(Tasks_RegressorFloatModel::fromParameters)));
        cases.add(new Case("Tasks.RegressorDouble", ReferenceNetwork.inputs(4).dense(8, RELU).dense(2, LINEAR),
                doubles(Tasks_RegressorDoubleModel::fromParameters)));
        cases.add(new Case("Chains.UnrolledFloat", chain(3, List.of(4, 5, 4, 6, 5, 4, 5, 4, 5, 4, 3, 3)),
                floats(Chains_UnrolledFloatModel::fromParameters)));
        cases.add(new Case("Chains.UnrolledDouble", chain(3, List.of(4, 5, 4, 6, 5, 4, 5, 4, 5, 4, 3, 3)),
                doubles(Chains_UnrolledDoubleModel::fromParameters)));
        cases.add(new Case("Chains.LoopedFloat", chain(24, List.of(24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24)),
                floats(Chains_LoopedFloatModel::fromParameters)));
        cases.add(new Case("Chains.LoopedDouble", chain(24, List.of(24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24)),
                doubles(Chains_LoopedDoubleModel::fromParameters)));
        cases.add(new Case("Chains.MixedFloat", mixed(), floats(Chains_MixedFloatModel::fromParameters)));
        cases.add(new Case("Chains.MixedDouble", mixed(), doubles(Chains_MixedDoubleModel::fromParameters)));
        cases.add(new Case("Chains.WideFloat", wide(), floats(Chains_WideFloatModel::fromParameters)));
        cases.add(new Case("Chains.WideDouble", wide(), doubles(Chains_WideDoubleModel::fromParameters)));
        cases.addAll(outputs());
        cases.addAll(vectors());
        return cases;
    }

    /** The {@code backend = VECTOR} declarations of Vectors.java; kept in step with that file by hand. */
    static List<Case> vectors() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("Vectors.MoonsFloat", moons(), floats(Vectors_MoonsFloatModel::fromParameters)));
        cases.add(new Case("Vectors.MoonsDouble", moons(), doubles(Vectors_MoonsDoubleModel::fromParameters)));
        cases.add(new Case("Vectors.MnistFloat", mnist(), floats(Vectors_MnistFloatModel::fromParameters)));
        cases.add(new Case("Vectors.ChainFloat", vectorChain(), floats(Vectors_ChainFloatModel::fromParameters)));
        cases.add(new Case("Vectors.ChainDouble", vectorChain(), doubles(Vectors_ChainDoubleModel::fromParameters)));
        cases.add(new Case("Vectors.NarrowFloat",
                ReferenceNetwork.inputs(1).dense(3, PRELU).dense(2, ELU, 1.0).dense(3, LEAKY_RELU, 0.01),
                floats(Vectors_NarrowFloatModel::fromParameters)));
        cases.add(new Case("Vectors.WideFloat", wide(), floats(Vectors_WideFloatModel::fromParameters)));
        cases.add(new Case("Vectors.WideDouble", wide(), doubles(Vectors_WideDoubleModel::fromParameters)));
        cases.add(new Case("Vectors.PreluOutputDouble", ReferenceNetwork.inputs(3).dense(5, SOFTPLUS).dense(2, PRELU),
                doubles(Vectors_PreluOutputDoubleModel::fromParameters)));
        cases.add(new Case("Vectors.RegressorFloat", ReferenceNetwork.inputs(4).dense(2, LINEAR),
                floats(Vectors_RegressorFloatModel::fromParameters)));
        return cases;
    }

    private static ReferenceNetwork vectorChain() {
        return ReferenceNetwork.inputs(7)
                .dense(17, STEP)
                .dense(9, SIGMOID)
                .dense(33, TANH)
                .dense(20, RELU)
                .dense(18, LEAKY_RELU, 0.2)
                .dense(35, PRELU)
                .dense(16, ELU, 0.7)
                .dense(21, SWISH)
                .dense(8, GELU)
                .dense(13, SOFTPLUS)
                .dense(40, LINEAR)
                .dense(3, SOFTMAX);
    }

    static ReferenceNetwork moons() {
        return ReferenceNetwork.inputs(2).dense(32, RELU).dense(16, RELU).dense(8, RELU).dense(1, SIGMOID);
    }

    static ReferenceNetwork mnist() {
        return ReferenceNetwork.inputs(784).dense(256, RELU).dense(128, RELU).dense(10, SOFTMAX);
    }

    // STEP, SIGMOID, TANH, RELU, LEAKY_RELU 0.2, PRELU, ELU 0.7, SWISH, GELU, SOFTPLUS, LINEAR, SOFTMAX
    private static ReferenceNetwork chain(int inputs, List<Integer> units) {
        return ReferenceNetwork.inputs(inputs)
                .dense(units.get(0), STEP)
                .dense(units.get(1), SIGMOID)
                .dense(units.get(2), TANH)
                .dense(units.get(3), RELU)
                .dense(units.get(4), LEAKY_RELU, 0.2)
                .dense(units.get(5), PRELU)
                .dense(units.get(6), ELU, 0.7)
                .dense(units.get(7), SWISH)
                .dense(units.get(8), GELU)
                .dense(units.get(9), SOFTPLUS)
                .dense(units.get(10), LINEAR)
                .dense(units.get(11), SOFTMAX);
    }

    private static ReferenceNetwork mixed() {
        return ReferenceNetwork.inputs(40)
                .dense(20, TANH)
                .dense(16, PRELU)
                .dense(40, GELU)
                .dense(3, ELU, 1.0) // the default alpha
                .dense(20, LEAKY_RELU, 0.01) // the default alpha
                .dense(3, SOFTMAX);
    }

    private static ReferenceNetwork wide() {
        return ReferenceNetwork.inputs(1).dense(512, TANH).dense(1, LINEAR);
    }

    // Outputs.java: 3 inputs -> 5 (hidden) -> 2 (output), each in FLOAT and DOUBLE; kept in step with that file by hand.
    private static List<Case> outputs() {
        List<Case> cases = new ArrayList<>();
        output(cases, "Step", TANH, STEP,
                floats(Outputs_StepFloatModel::fromParameters), doubles(Outputs_StepDoubleModel::fromParameters));
        output(cases, "Sigmoid", RELU, SIGMOID,
                floats(Outputs_SigmoidFloatModel::fromParameters), doubles(Outputs_SigmoidDoubleModel::fromParameters));
        output(cases, "Tanh", GELU, TANH,
                floats(Outputs_TanhFloatModel::fromParameters), doubles(Outputs_TanhDoubleModel::fromParameters));
        output(cases, "Relu", SWISH, RELU,
                floats(Outputs_ReluFloatModel::fromParameters), doubles(Outputs_ReluDoubleModel::fromParameters));
        output(cases, "LeakyRelu", ELU, LEAKY_RELU,
                floats(Outputs_LeakyReluFloatModel::fromParameters), doubles(Outputs_LeakyReluDoubleModel::fromParameters));
        output(cases, "Prelu", SOFTPLUS, PRELU,
                floats(Outputs_PreluFloatModel::fromParameters), doubles(Outputs_PreluDoubleModel::fromParameters));
        output(cases, "Elu", LEAKY_RELU, ELU,
                floats(Outputs_EluFloatModel::fromParameters), doubles(Outputs_EluDoubleModel::fromParameters));
        output(cases, "Swish", PRELU, SWISH,
                floats(Outputs_SwishFloatModel::fromParameters), doubles(Outputs_SwishDoubleModel::fromParameters));
        output(cases, "Gelu", SIGMOID, GELU,
                floats(Outputs_GeluFloatModel::fromParameters), doubles(Outputs_GeluDoubleModel::fromParameters));
        output(cases, "Softplus", STEP, SOFTPLUS,
                floats(Outputs_SoftplusFloatModel::fromParameters), doubles(Outputs_SoftplusDoubleModel::fromParameters));
        output(cases, "Softmax", TANH, SOFTMAX,
                floats(Outputs_SoftmaxFloatModel::fromParameters), doubles(Outputs_SoftmaxDoubleModel::fromParameters));
        output(cases, "Linear", RELU, LINEAR,
                floats(Outputs_LinearFloatModel::fromParameters), doubles(Outputs_LinearDoubleModel::fromParameters));
        return cases;
    }

    private static void output(List<Case> cases, String name, Activation hidden, Activation output,
            Function<double[], GeneratedModel> floatModel, Function<double[], GeneratedModel> doubleModel) {
        cases.add(new Case("Outputs." + name + "Float", outputNetwork(hidden, output), floatModel));
        cases.add(new Case("Outputs." + name + "Double", outputNetwork(hidden, output), doubleModel));
    }

    // Alphas in Outputs.java: hidden LEAKY_RELU 0.3 and ELU the default 1.0; output LEAKY_RELU the default 0.01
    // and ELU 0.5. PReLU's slope is a parameter.
    private static ReferenceNetwork outputNetwork(Activation hidden, Activation output) {
        double hiddenAlpha = hidden == LEAKY_RELU ? 0.3 : hidden == ELU ? 1.0 : Double.NaN;
        double outputAlpha = output == LEAKY_RELU ? 0.01 : output == ELU ? 0.5 : Double.NaN;
        return ReferenceNetwork.inputs(3).dense(5, hidden, hiddenAlpha).dense(2, output, outputAlpha);
    }
}
