package dev.autonet.samples.report;

import dev.autonet.runtime.FloatNetwork;
import dev.autonet.runtime.data.Dataset;
import dev.autonet.samples.plot.Figure;
import dev.autonet.samples.plot.Plots;
import java.util.List;

/**
 * One decision-boundary panel per output of a two-input classifier, side by side: output k's probability over
 * the plane, with the points coloured by whether target column k is 1. {@link Plots#decisionBoundary} draws one
 * probability; this lays out one per class (softmax) or per label (sigmoid, multi-label).
 */
public final class OutputMaps {
    private OutputMaps() {}

    /**
     * The panels for {@code model} over {@code points}, whose targets are 0/1, one column per output (one-hot
     * classes or multi-label). {@code names} names the outputs in order: output k's panel is titled
     * "p(NAME)", and its legend calls the points of target 1 NAME and the others "not NAME".
     */
    public static Figure of(FloatNetwork model, Dataset points, List<String> names) {
        int outputs = model.outputs();
        if (model.inputs() != 2 || points.featureCount() != 2 || points.targetWidth() != outputs
                || names.size() != outputs) {
            throw new IllegalArgumentException("need a two-input model, points with 2 features and one target per "
                    + "output, and one name per output, but got a " + model.inputs() + "-input model with "
                    + outputs + " outputs, " + points + " and " + names.size() + " names");
        }
        Figure[] panels = new Figure[outputs];
        float[] point = new float[2];
        float[] probabilities = new float[outputs];
        for (int output = 0; output < outputs; output++) {
            int k = output;
            String name = names.get(output);
            panels[output] = Plots.decisionBoundary(column(points, output), (x, y) -> {
                point[0] = (float) x;
                point[1] = (float) y;
                model.predict(point, probabilities);
                return probabilities[k];
            }, "p(" + name + ")", "not " + name, name);
        }
        return Figure.row(panels);
    }

    /** The points with target column {@code column} as their only target. */
    private static Dataset column(Dataset points, int column) {
        double[] target = new double[points.rows()];
        for (int row = 0; row < target.length; row++) {
            target[row] = points.target(row, column);
        }
        return Dataset.of(points.featureCount(), points.features(), 1, target);
    }
}
