package dev.autonet.runtime.optim;

/**
 * The learning rate for an epoch as a function of the base rate: PyTorch's epoch-wise LR schedulers in
 * closed form.
 *
 * <p>An optimizer calls {@link #rate} from {@link Optimizer#setEpoch(int)}, never inside a step. The rate
 * must be finite and {@code >= 0}. Implementations should be pure functions of their arguments so that
 * training stays deterministic; the built-in ones use only plain IEEE arithmetic (the cosine's through
 * {@code HalfTurns}, since {@link StrictMath#cos} allocates from JDK 21 on), so they give the same bits on
 * every JVM, and allocate nothing.
 */
@FunctionalInterface
public interface LearningRateSchedule {

    /** The learning rate for {@code epoch} (0-based), given the optimizer's base rate. */
    double rate(double baseRate, int epoch);

    /** The base rate at every epoch (torch's default: no scheduler). */
    static LearningRateSchedule constant() {
        return Schedules.Constant.INSTANCE;
    }

    /**
     * {@code baseRate · gamma^floor(epoch / stepSize)}: torch.optim.lr_scheduler.StepLR.
     *
     * @param stepSize epochs between decays, {@code >= 1}
     * @param gamma factor applied at each decay, finite and {@code > 0}
     * @throws IllegalArgumentException if an argument is out of range
     */
    static LearningRateSchedule stepDecay(int stepSize, double gamma) {
        return new Schedules.StepDecay(stepSize, gamma);
    }

    /**
     * {@code minRate + (baseRate - minRate)·(1 + cos(π·epoch / totalEpochs)) / 2} for
     * {@code epoch < totalEpochs}, and {@code minRate} from then on: the closed form of
     * torch.optim.lr_scheduler.CosineAnnealingLR with {@code T_max = totalEpochs} and
     * {@code eta_min = minRate}. Unlike torch, which rises again after {@code T_max}, this stays at the
     * minimum, which is what a user who sized {@code totalEpochs} to the run means.
     *
     * @param totalEpochs epochs to anneal over, {@code >= 1}
     * @param minRate the final rate, finite and {@code >= 0}
     * @throws IllegalArgumentException if an argument is out of range
     */
    static LearningRateSchedule cosine(int totalEpochs, double minRate) {
        return new Schedules.Cosine(totalEpochs, minRate);
    }
}
