package dev.autonet.processor.codegen;

import com.palantir.javapoet.MethodSpec;
import dev.autonet.processor.codegen.ForwardPlan.Block;
import dev.autonet.processor.codegen.ForwardPlan.UnitRange;
import dev.autonet.processor.codegen.ForwardPlan.Unrolled;
import dev.autonet.processor.model.LayerModel;
import javax.lang.model.element.Modifier;

/** What every layer method shares: its signature, and the words that describe it. */
final class LayerMethods {
    private LayerMethods() {}

    /** The method of {@code block}: "dense1", "dense2ToDense4", or "dense1Units0To255". */
    static String name(ModelContext context, Block block) {
        if (block instanceof Unrolled unrolled) {
            return Names.blockMethod(context.variable(unrolled.first()), context.variable(unrolled.last()));
        }
        if (block instanceof UnitRange range && !range.wholeLayer()) {
            return Names.unitRangeMethod(context.variable(range.layer()), range.from(), range.to() - 1);
        }
        return context.variable(block.last());
    }

    /**
     * {@code private static void dense2(float[] p, float[] dense1, float[] dense2)}: the parameters, the
     * array the block's first layer reads and the array its last layer writes.
     */
    static MethodSpec.Builder signature(ModelContext context, Block block) {
        Numeric numeric = context.numeric();
        LayerModel first = block.first();
        LayerModel last = block.last();
        return MethodSpec.methodBuilder(name(context, block))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(numeric.array(), Names.PARAMETERS_LOCAL)
                .addParameter(numeric.array(), context.inputArray(first))
                .addParameter(numeric.array(), context.outputArray(last));
    }

    /** "dense1 (2 -> 32, RELU)", or for the output layer "dense4 (8 -> 1, SIGMOID): pre-activation". */
    static String comment(ModelContext context, LayerModel layer) {
        return ModelContext.describe(layer) + (context.isOutput(layer) ? ": pre-activation" : "");
    }

    /** Javadoc's second paragraph for a method that ends with the output layer; empty for others. */
    static String writes(ModelContext context, LayerModel last) {
        return context.isOutput(last) ? "\n<p>Writes the output layer's pre-activation; the caller applies its activation." : "";
    }
}
