package dev.autonet.samples;

import java.util.Arrays;

/**
 * The main sample: the moons network declared in {@link Moons}, generated at compile time as
 * {@link MoonsModel}, initialized from a seed and asked for predictions. Training arrives with the trainer.
 */
public final class MoonsSample {
    private MoonsSample() {}

    public static void main(String[] args) {
        MoonsModel model = MoonsModel.initialize(42);
        System.out.printf("MoonsModel: %d inputs, %d output, %d parameters%n",
                MoonsModel.INPUTS, MoonsModel.OUTPUTS, MoonsModel.PARAMETER_COUNT);

        float[][] points = {{-1.0f, 0.5f}, {0.0f, 0.0f}, {1.0f, -0.5f}, {2.0f, 0.25f}};
        float[] probability = new float[MoonsModel.OUTPUTS];
        float[] logit = new float[MoonsModel.OUTPUTS];
        for (float[] point : points) {
            model.predict(point, probability);
            model.logits(point, logit);
            System.out.printf("x = %-14s logit = %+.5f  p(inner moon) = %.5f  class = %d%n",
                    Arrays.toString(point), logit[0], probability[0], model.classify(point) ? 1 : 0);
        }
        System.out.println("(untrained weights from seed 42: probabilities near 0.5 are expected)");
    }
}
