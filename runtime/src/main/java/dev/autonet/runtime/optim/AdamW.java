package dev.autonet.runtime.optim;

/**
 * Adam with decoupled weight decay ({@code θ ← θ·(1 − η·λ)} before the Adam update, which never sees
 * {@code λ}): torch.optim.AdamW with {@code amsgrad = False}. The update is written out in
 * {@link AbstractAdam}.
 *
 * <p>Built fluently, e.g. {@code AdamW.learningRate(1e-3).weightDecay(0.05)}; every method returns a new
 * optimizer with fresh state and leaves the receiver unchanged. Defaults are torch's: learning rate 0.001,
 * betas (0.9, 0.999), epsilon 1e-8, weight decay 0.01.
 */
public final class AdamW extends AbstractAdam {

    /** torch.optim.AdamW's default learning rate. */
    public static final double DEFAULT_LEARNING_RATE = 1e-3;

    /** torch.optim.AdamW's default weight decay. */
    public static final double DEFAULT_WEIGHT_DECAY = 1e-2;

    private AdamW(Hyperparameters hyperparameters, double beta1, double beta2, double epsilon) {
        super(hyperparameters, beta1, beta2, epsilon, true);
    }

    /** AdamW with torch's defaults. */
    public static AdamW defaults() {
        return learningRate(DEFAULT_LEARNING_RATE);
    }

    /**
     * AdamW at {@code learningRate} (finite, {@code > 0}), other hyper-parameters at their defaults. Static, so
     * it starts a chain: called on an instance it ignores that instance.
     */
    public static AdamW learningRate(double learningRate) {
        return new AdamW(Hyperparameters.of(learningRate, DEFAULT_WEIGHT_DECAY), 0.9, 0.999, 1e-8);
    }

    /** With moment decay rates {@code beta1} and {@code beta2}, each in {@code [0, 1)}. */
    public AdamW betas(double beta1, double beta2) {
        return new AdamW(hyperparameters, beta1, beta2, epsilon);
    }

    /** With {@code epsilon > 0} added to {@code √v̂} in the denominator. */
    public AdamW epsilon(double epsilon) {
        return new AdamW(hyperparameters, beta1, beta2, epsilon);
    }

    /** With decoupled weight decay {@code λ >= 0}: {@code θ ← θ·(1 − η·λ)} each step; 0 turns it off. */
    public AdamW weightDecay(double weightDecay) {
        return new AdamW(hyperparameters.withWeightDecay(weightDecay), beta1, beta2, epsilon);
    }

    /** Clipping the gradient's global L2 norm to {@code maxNorm > 0}; see {@link Optimizer}. */
    public AdamW clipNorm(double maxNorm) {
        return new AdamW(hyperparameters.withClipNorm(maxNorm), beta1, beta2, epsilon);
    }

    /** With {@code schedule} applied to the base learning rate by {@link #setEpoch(int)}. */
    public AdamW schedule(LearningRateSchedule schedule) {
        return new AdamW(hyperparameters.withSchedule(schedule), beta1, beta2, epsilon);
    }

    @Override
    public String toString() {
        return "AdamW(" + describeAdam() + ")";
    }
}
