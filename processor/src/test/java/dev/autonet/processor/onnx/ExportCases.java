package dev.autonet.processor.onnx;

import static dev.autonet.processor.onnx.ExportCase.doubles;
import static dev.autonet.processor.onnx.ExportCase.floats;

import java.util.List;

/** Every model generated from {@link OnnxNetworks}, as {@link ExportCase}s. */
final class ExportCases {
    private ExportCases() {}

    static List<ExportCase> all() {
        return List.of(
                floats(OnnxNetworks_StepFloatModel.class, OnnxNetworks_StepFloatModel.ARCHITECTURE,
                        OnnxNetworks_StepFloatModel::fromParameters),
                doubles(OnnxNetworks_StepDoubleModel.class, OnnxNetworks_StepDoubleModel.ARCHITECTURE,
                        OnnxNetworks_StepDoubleModel::fromParameters),
                floats(OnnxNetworks_SigmoidFloatModel.class, OnnxNetworks_SigmoidFloatModel.ARCHITECTURE,
                        OnnxNetworks_SigmoidFloatModel::fromParameters),
                doubles(OnnxNetworks_SigmoidDoubleModel.class, OnnxNetworks_SigmoidDoubleModel.ARCHITECTURE,
                        OnnxNetworks_SigmoidDoubleModel::fromParameters),
                floats(OnnxNetworks_TanhFloatModel.class, OnnxNetworks_TanhFloatModel.ARCHITECTURE,
                        OnnxNetworks_TanhFloatModel::fromParameters),
                doubles(OnnxNetworks_TanhDoubleModel.class, OnnxNetworks_TanhDoubleModel.ARCHITECTURE,
                        OnnxNetworks_TanhDoubleModel::fromParameters),
                floats(OnnxNetworks_ReluFloatModel.class, OnnxNetworks_ReluFloatModel.ARCHITECTURE,
                        OnnxNetworks_ReluFloatModel::fromParameters),
                doubles(OnnxNetworks_ReluDoubleModel.class, OnnxNetworks_ReluDoubleModel.ARCHITECTURE,
                        OnnxNetworks_ReluDoubleModel::fromParameters),
                floats(OnnxNetworks_LeakyReluFloatModel.class, OnnxNetworks_LeakyReluFloatModel.ARCHITECTURE,
                        OnnxNetworks_LeakyReluFloatModel::fromParameters),
                doubles(OnnxNetworks_LeakyReluDoubleModel.class, OnnxNetworks_LeakyReluDoubleModel.ARCHITECTURE,
                        OnnxNetworks_LeakyReluDoubleModel::fromParameters),
                floats(OnnxNetworks_PreluFloatModel.class, OnnxNetworks_PreluFloatModel.ARCHITECTURE,
                        OnnxNetworks_PreluFloatModel::fromParameters),
                doubles(OnnxNetworks_PreluDoubleModel.class, OnnxNetworks_PreluDoubleModel.ARCHITECTURE,
                        OnnxNetworks_PreluDoubleModel::fromParameters),
                floats(OnnxNetworks_EluFloatModel.class, OnnxNetworks_EluFloatModel.ARCHITECTURE,
                        OnnxNetworks_EluFloatModel::fromParameters),
                doubles(OnnxNetworks_EluDoubleModel.class, OnnxNetworks_EluDoubleModel.ARCHITECTURE,
                        OnnxNetworks_EluDoubleModel::fromParameters),
                floats(OnnxNetworks_SwishFloatModel.class, OnnxNetworks_SwishFloatModel.ARCHITECTURE,
                        OnnxNetworks_SwishFloatModel::fromParameters),
                doubles(OnnxNetworks_SwishDoubleModel.class, OnnxNetworks_SwishDoubleModel.ARCHITECTURE,
                        OnnxNetworks_SwishDoubleModel::fromParameters),
                floats(OnnxNetworks_GeluFloatModel.class, OnnxNetworks_GeluFloatModel.ARCHITECTURE,
                        OnnxNetworks_GeluFloatModel::fromParameters),
                doubles(OnnxNetworks_GeluDoubleModel.class, OnnxNetworks_GeluDoubleModel.ARCHITECTURE,
                        OnnxNetworks_GeluDoubleModel::fromParameters),
                floats(OnnxNetworks_SoftplusFloatModel.class, OnnxNetworks_SoftplusFloatModel.ARCHITECTURE,
                        OnnxNetworks_SoftplusFloatModel::fromParameters),
                doubles(OnnxNetworks_SoftplusDoubleModel.class, OnnxNetworks_SoftplusDoubleModel.ARCHITECTURE,
                        OnnxNetworks_SoftplusDoubleModel::fromParameters),
                floats(OnnxNetworks_LinearFloatModel.class, OnnxNetworks_LinearFloatModel.ARCHITECTURE,
                        OnnxNetworks_LinearFloatModel::fromParameters),
                doubles(OnnxNetworks_LinearDoubleModel.class, OnnxNetworks_LinearDoubleModel.ARCHITECTURE,
                        OnnxNetworks_LinearDoubleModel::fromParameters),
                floats(OnnxNetworks_SoftmaxFloatModel.class, OnnxNetworks_SoftmaxFloatModel.ARCHITECTURE,
                        OnnxNetworks_SoftmaxFloatModel::fromParameters),
                doubles(OnnxNetworks_SoftmaxDoubleModel.class, OnnxNetworks_SoftmaxDoubleModel.ARCHITECTURE,
                        OnnxNetworks_SoftmaxDoubleModel::fromParameters),
                floats(OnnxNetworks_ChainFloatModel.class, OnnxNetworks_ChainFloatModel.ARCHITECTURE,
                        OnnxNetworks_ChainFloatModel::fromParameters),
                doubles(OnnxNetworks_ChainDoubleModel.class, OnnxNetworks_ChainDoubleModel.ARCHITECTURE,
                        OnnxNetworks_ChainDoubleModel::fromParameters),
                floats(OnnxNetworks_LoopedFloatModel.class, OnnxNetworks_LoopedFloatModel.ARCHITECTURE,
                        OnnxNetworks_LoopedFloatModel::fromParameters),
                doubles(OnnxNetworks_LoopedDoubleModel.class, OnnxNetworks_LoopedDoubleModel.ARCHITECTURE,
                        OnnxNetworks_LoopedDoubleModel::fromParameters),
                floats(OnnxNetworks_SingleLinearModel.class, OnnxNetworks_SingleLinearModel.ARCHITECTURE,
                        OnnxNetworks_SingleLinearModel::fromParameters));
    }
}
