package dev.autonet.processor.validation;

import dev.autonet.processor.spec.LayerSpec;
import dev.autonet.processor.spec.LossSpec;
import dev.autonet.processor.spec.NetworkSpec;
import java.util.List;

/**
 * Runs every rule over a declaration and returns all findings, errors and warnings. Rules run from the
 * declaration inward (type, layers, loss, then the rules that relate them), so a rule relating several
 * values can see that one of them is already wrong and stay silent rather than cascade. The reporter
 * prints the findings in source order.
 */
public final class Validator {

    /** All findings for {@code spec}; generation may proceed only when none is an error. */
    public List<Diagnostic> validate(NetworkSpec spec) {
        Findings findings = new Findings();
        if (!DeclarationRules.isInterface(spec, findings)) {
            return findings.toList();
        }
        checkDeclaration(spec, findings);
        for (LayerSpec layer : spec.layers()) {
            checkLayer(spec, layer, findings);
        }
        LayerNameRules.namesDistinct(spec, findings);
        ShapeRules.fitsInOneArray(spec, findings);
        ShapeRules.notTooDeep(spec, findings);
        spec.loss().ifPresent(loss -> checkLoss(loss, findings));
        spec.outputLayer().ifPresent(output -> checkOutput(spec, output, findings));
        return findings.toList();
    }

    private static void checkDeclaration(NetworkSpec spec, Findings findings) {
        DeclarationRules.hasNetwork(spec, findings);
        DeclarationRules.hasLayers(spec, findings);
        DeclarationRules.isNotGeneric(spec, findings);
        DeclarationRules.isAccessible(spec, findings);
        DeclarationRules.permitsModel(spec, findings);
        DeclarationRules.vectorModuleVisible(spec, findings);
        DeclarationRules.suppressionsKnown(spec, findings);
        TaskRules.onlyTaskSupertypes(spec, findings);
        TaskRules.atMostOneTask(spec, findings);
        ShapeRules.inputsPositive(spec, findings);
    }

    private static void checkLayer(NetworkSpec spec, LayerSpec layer, Findings findings) {
        ShapeRules.unitsPositive(layer, findings);
        LayerRules.softmaxOnlyLast(spec, layer, findings);
        LayerRules.softmaxTwoUnits(spec, layer, findings);
        LayerRules.stepNotTrained(spec, layer, findings);
        LayerRules.sigmoidNotHidden(spec, layer, findings);
        LayerRules.alphaInRange(layer, findings);
        LayerNameRules.nameIsIdentifier(layer, findings);
    }

    private static void checkLoss(LossSpec loss, Findings findings) {
        LossRules.trainable(loss, findings);
        LossRules.huberDeltaPositive(loss, findings);
        LossRules.deltaOnlyForHuber(loss, findings);
    }

    // Rules relating the output layer to the loss and to the task interface: judged last.
    private static void checkOutput(NetworkSpec spec, LayerSpec output, Findings findings) {
        spec.loss().ifPresent(loss -> PairingRules.outputMatchesLoss(output, loss, findings));
        spec.loss().ifPresent(loss -> PairingRules.hingeHasOneUnit(output, loss, findings));
        TaskRules.taskAgrees(spec, output, findings);
        spec.loss().ifPresent(loss -> PairingRules.outputPairsWellWithLoss(output, loss, findings));
    }
}
