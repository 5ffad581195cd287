package dev.autonet.runtime.optim;

/**
 * Adam with bias correction and optional coupled L2 weight decay ({@code g ← g + λ·θ} before the
 * moments): torch.optim.Adam with {@code amsgrad = False}. The update is written out in
 * {@link AbstractAdam}.
 *
 * <p>Built fluently, e.g. {@code Adam.learningRate(1e-3).betas(0.9, 0.999).clipNorm(1.0)}; every method
 * returns a new optimizer with fresh state and leaves the receiver unchanged. Defaults are torch's:
 * learning rate 0.001, betas (0.9, 0.999), epsilon 1e-8, weight decay 0.
 */
public final class Adam extends AbstractAdam {

    /** torch.optim.Adam's default learning rate. */
    public static final double DEFAULT_LEARNING_RATE = 1e-3;

    private Adam(Hyperparameters hyperparameters, double beta1, double beta2, double epsilon) {
        super(hyperparameters, beta1, beta2, epsilon, false);
    }

    /** Adam with torch's defaults. */
    public static Adam defaults() {
        return learningRate(DEFAULT_LEARNING_RATE);
    }

    /**
     * Adam at {@code learningRate} (finite, {@code > 0}), other hyper-parameters at their defaults. Static, so
     * it starts a chain: called on an instance it ignores that instance.
     */
    public static Adam learningRate(double learningRate) {
        return new Adam(Hyperparameters.of(learningRate, 0), 0.9, 0.999, 1e-8);
    }

    /** With moment decay rates {@code beta1} and {@code beta2}, each in {@code [0, 1)}. */
    public Adam betas(double beta1, double beta2) {
        return new Adam(hyperparameters, beta1, beta2, epsilon);
    }

    /** With {@code epsilon > 0} added to {@code √v̂} in the denominator. */
    public Adam epsilon(double epsilon) {
        return new Adam(hyperparameters, beta1, beta2, epsilon);
    }

    /** With coupled L2 weight decay {@code λ >= 0}: {@code g ← g + λ·θ} before the moments. */
    public Adam weightDecay(double weightDecay) {
        return new Adam(hyperparameters.withWeightDecay(weightDecay), beta1, beta2, epsilon);
    }

    /** Clipping the gradient's global L2 norm to {@code maxNorm > 0} before weight decay; see {@link Optimizer}. */
    public Adam clipNorm(double maxNorm) {
        return new Adam(hyperparameters.withClipNorm(maxNorm), beta1, beta2, epsilon);
    }

    /** With {@code schedule} applied to the base learning rate by {@link #setEpoch(int)}. */
    public Adam schedule(LearningRateSchedule schedule) {
        return new Adam(hyperparameters.withSchedule(schedule), beta1, beta2, epsilon);
    }

    @Override
    public String toString() {
        return "Adam(" + describeAdam() + ")";
    }
}
