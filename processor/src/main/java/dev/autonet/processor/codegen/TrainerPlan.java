package dev.autonet.processor.codegen;

import dev.autonet.processor.model.LayerModel;
import java.util.ArrayList;
import java.util.List;

/**
 * How the trainer's per-layer work is cut into methods. A looped layer ({@link LayerModel#unrolled()}
 * false) gets one method per kind of work. An unrolled layer's straight-line kernels are cut so each
 * stays within {@link ForwardPlan#METHOD_BUDGET_BYTES} by {@link TrainerBytecode}'s estimate: the forward
 * pass into ranges of units, the weight and input gradients into tiles of inputs × units.
 */
final class TrainerPlan {

    /** Units {@code from} (inclusive) to {@code to} (exclusive) of a layer's forward pass. */
    record UnitRange(int from, int to) {}

    /** Inputs {@code inputFrom..inputTo} × units {@code unitFrom..unitTo} (ends exclusive) of a layer's W. */
    record Tile(int inputFrom, int inputTo, int unitFrom, int unitTo) {
        /** Whether this tile also carries the bias gradient of its units (the tile starting at input 0). */
        boolean withBias() {
            return inputFrom == 0;
        }
    }

    /** One layer's methods: its forward ranges, its weight-gradient tiles and its input-gradient tiles. */
    record LayerPlan(LayerModel layer, List<UnitRange> forward, List<Tile> weightGradient, List<Tile> inputGradient) {}

    private TrainerPlan() {}

    /** The plan of every layer of {@code context}'s network, input side first. */
    static List<LayerPlan> of(TrainerContext context) {
        List<LayerPlan> plans = new ArrayList<>();
        for (LayerModel layer : context.network().layers()) {
            if (!layer.unrolled()) {
                Tile whole = new Tile(0, layer.fanIn(), 0, layer.units());
                plans.add(new LayerPlan(layer, List.of(new UnitRange(0, layer.units())), List.of(whole), List.of(whole)));
            } else {
                plans.add(new LayerPlan(layer, forwardRanges(layer, context.isOutput(layer)),
                        weightGradientTiles(layer), inputGradientTiles(layer)));
            }
        }
        return List.copyOf(plans);
    }

    // Greedy: as many units per method as fit; one unit always fits (at most 512 weights of ~12 bytes).
    private static List<UnitRange> forwardRanges(LayerModel layer, boolean output) {
        List<UnitRange> ranges = new ArrayList<>();
        int from = 0;
        int bytes = TrainerBytecode.RETURN;
        for (int j = 0; j < layer.units(); j++) {
            int unit = TrainerBytecode.forwardUnit(layer, j, output);
            if (j > from && bytes + unit > ForwardPlan.METHOD_BUDGET_BYTES) {
                ranges.add(new UnitRange(from, j));
                from = j;
                bytes = TrainerBytecode.RETURN;
            }
            bytes += unit;
        }
        ranges.add(new UnitRange(from, layer.units()));
        return ranges;
    }

    /*
     * Units in chunks small enough that one input's row of the chunk, with the chunk's bias, fits a method
     * (the last input has the largest constants, so its row bounds every row); then, per chunk, as many
     * inputs per method as fit.
     */
    private static List<Tile> weightGradientTiles(LayerModel layer) {
        List<Tile> tiles = new ArrayList<>();
        int last = layer.fanIn() - 1;
        for (int[] chunk : unitChunks(layer, (from, to) -> biasBytes(layer, from, to)
                + TrainerBytecode.weightGradientRow(layer, last, from, to))) {
            int from = 0;
            int bytes = TrainerBytecode.RETURN + biasBytes(layer, chunk[0], chunk[1]);
            for (int i = 0; i < layer.fanIn(); i++) {
                int row = TrainerBytecode.weightGradientRow(layer, i, chunk[0], chunk[1]);
                if (i > from && bytes + row > ForwardPlan.METHOD_BUDGET_BYTES) {
                    tiles.add(new Tile(from, i, chunk[0], chunk[1]));
                    from = i;
                    bytes = TrainerBytecode.RETURN;
                }
                bytes += row;
            }
            tiles.add(new Tile(from, layer.fanIn(), chunk[0], chunk[1]));
        }
        return tiles;
    }

    // As the weight gradient; tiles of later chunks add to what the first chunk wrote, so chunks go in order.
    private static List<Tile> inputGradientTiles(LayerModel layer) {
        List<Tile> tiles = new ArrayList<>();
        int last = layer.fanIn() - 1;
        for (int[] chunk : unitChunks(layer, (from, to) -> TrainerBytecode.inputGradientRow(layer, last, from, to))) {
            int from = 0;
            int bytes = TrainerBytecode.RETURN;
            for (int i = 0; i < layer.fanIn(); i++) {
                int row = TrainerBytecode.inputGradientRow(layer, i, chunk[0], chunk[1]);
                if (i > from && bytes + row > ForwardPlan.METHOD_BUDGET_BYTES) {
                    tiles.add(new Tile(from, i, chunk[0], chunk[1]));
                    from = i;
                    bytes = TrainerBytecode.RETURN;
                }
                bytes += row;
            }
            tiles.add(new Tile(from, layer.fanIn(), chunk[0], chunk[1]));
        }
        return tiles;
    }

    /** What one input's row over units from..to (exclusive) costs. */
    private interface RowCost {
        int bytes(int from, int to);
    }

    // Greedy chunks [from, to) of units whose row cost fits a method; a single unit always fits.
    private static List<int[]> unitChunks(LayerModel layer, RowCost cost) {
        List<int[]> chunks = new ArrayList<>();
        int from = 0;
        for (int to = 1; to <= layer.units(); to++) {
            if (to - from > 1 && TrainerBytecode.RETURN + cost.bytes(from, to) > ForwardPlan.METHOD_BUDGET_BYTES) {
                chunks.add(new int[] {from, to - 1});
                from = to - 1;
            }
        }
        chunks.add(new int[] {from, layer.units()});
        return chunks;
    }

    private static int biasBytes(LayerModel layer, int from, int to) {
        int bytes = 0;
        for (int j = from; j < to; j++) {
            bytes += TrainerBytecode.biasGradient(layer, j);
        }
        return bytes;
    }
}
