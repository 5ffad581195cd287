package dev.autonet.processor.codegen;

import dev.autonet.processor.model.LayerModel;
import dev.autonet.processor.model.ModelBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * How the forward pass is cut into methods. Consecutive unrolled layers ({@link LayerModel#unrolled()},
 * decided by {@link ModelBuilder#UNROLL_MAX_WEIGHTS}) share one straight-line method, activations passing
 * in locals, while its estimated bytecode stays within {@link #METHOD_BUDGET_BYTES}; an unrolled layer
 * too wide for a method of its own is cut into unit ranges; every looped layer gets its own method. Where
 * one method ends and the next begins, activations pass through a per-thread workspace buffer.
 */
final class ForwardPlan {
    /**
     * The most bytecode a generated layer method is planned to hold. HotSpot never JIT-compiles a method
     * of more than 8000 bytes (-XX:HugeMethodLimit with -XX:+DontCompileHugeMethods, the default); the
     * estimate is an upper bound and the rest is margin.
     */
    static final int METHOD_BUDGET_BYTES = 7000;

    /** One generated method of the forward pass. */
    sealed interface Block permits Unrolled, Looped, UnitRange {
        /** The layer whose input the method reads from an array. */
        default LayerModel first() {
            return last();
        }

        /** The layer whose output the method writes to an array. */
        LayerModel last();
    }

    /** Whole layers in straight-line code over locals. */
    record Unrolled(List<LayerModel> layers) implements Block {
        @Override
        public LayerModel first() {
            return layers.get(0);
        }

        @Override
        public LayerModel last() {
            return layers.get(layers.size() - 1);
        }
    }

    /** One layer as loops with constant bounds. */
    record Looped(LayerModel layer) implements Block {
        @Override
        public LayerModel last() {
            return layer;
        }
    }

    /** Units {@code from} (inclusive) to {@code to} (exclusive) of one unrolled layer, reading its input array. */
    record UnitRange(LayerModel layer, int from, int to) implements Block {
        /** Whether the range is the whole layer, which then only needed to read its input from the array. */
        boolean wholeLayer() {
            return from == 0 && to == layer.units();
        }

        @Override
        public LayerModel last() {
            return layer;
        }
    }

    private final List<Block> blocks;
    private final List<LayerModel> buffered;

    private ForwardPlan(List<Block> blocks, List<LayerModel> buffered) {
        this.blocks = List.copyOf(blocks);
        this.buffered = List.copyOf(buffered);
    }

    /** The methods of the forward pass, input side first. */
    List<Block> blocks() {
        return blocks;
    }

    /** The hidden layers whose activations cross a method boundary, so need a workspace buffer. */
    List<LayerModel> buffered() {
        return buffered;
    }

    /** The plan for {@code context}'s network. */
    static ForwardPlan of(ModelContext context) {
        BytecodeEstimate estimate = new BytecodeEstimate(context.numeric());
        List<Block> blocks = new ArrayList<>();
        List<LayerModel> fused = new ArrayList<>();
        for (LayerModel layer : context.network().layers()) {
            boolean output = context.isOutput(layer);
            if (!layer.unrolled()) {
                flush(fused, blocks);
                blocks.add(new Looped(layer));
                continue;
            }
            fused.add(layer);
            if (estimate.unrolled(fused, output) <= METHOD_BUDGET_BYTES) {
                continue;
            }
            fused.remove(fused.size() - 1);
            flush(fused, blocks);
            if (estimate.unrolled(List.of(layer), output) <= METHOD_BUDGET_BYTES) {
                fused.add(layer);
            } else {
                blocks.addAll(unitRanges(layer, output, estimate));
            }
        }
        flush(fused, blocks);
        return new ForwardPlan(blocks, bufferedLayers(blocks, context));
    }

    private static void flush(List<LayerModel> fused, List<Block> blocks) {
        if (!fused.isEmpty()) {
            blocks.add(new Unrolled(List.copyOf(fused)));
            fused.clear();
        }
    }

    // Greedy: as many units per method as fit. One unit always fits, as an unrolled layer has at most
    // UNROLL_MAX_WEIGHTS weights and each costs at most a dozen bytes.
    private static List<Block> unitRanges(LayerModel layer, boolean output, BytecodeEstimate estimate) {
        List<Block> ranges = new ArrayList<>();
        int from = 0;
        for (int to = 1; to <= layer.units(); to++) {
            if (to - from > 1 && estimate.unitRange(layer, from, to, output) > METHOD_BUDGET_BYTES) {
                ranges.add(new UnitRange(layer, from, to - 1));
                from = to - 1;
            }
        }
        ranges.add(new UnitRange(layer, from, layer.units()));
        return ranges;
    }

    // Blocks come in layer order, a layer's unit ranges one after another, so a layer already listed is
    // the last one listed. Compared by identity: a record's equals is bootstrapped on its first call,
    // which a cold javac pays for.
    private static List<LayerModel> bufferedLayers(List<Block> blocks, ModelContext context) {
        List<LayerModel> layers = new ArrayList<>();
        for (Block block : blocks) {
            LayerModel last = block.last();
            if (!context.isOutput(last) && (layers.isEmpty() || layers.get(layers.size() - 1) != last)) {
                layers.add(last);
            }
        }
        return layers;
    }
}
