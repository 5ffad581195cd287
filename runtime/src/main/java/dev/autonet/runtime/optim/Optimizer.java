package dev.autonet.runtime.optim;

/**
 * Updates one flat parameter array from its gradient; knows nothing about layers.
 *
 * <p>One {@code step} is, in this order (PyTorch's order when a user calls {@code clip_grad_norm_} and then
 * {@code optimizer.step()}):
 * <ol>
 *   <li>record the global L2 norm {@code ‖g‖} of the gradient ({@link #lastGradientNorm()});</li>
 *   <li>if a clip norm is set, scale {@code g} by {@code min(1, maxNorm / (‖g‖ + 1e-6))};</li>
 *   <li>apply weight decay (coupled for {@link Sgd} and {@link Adam}, decoupled for {@link AdamW});</li>
 *   <li>apply the optimizer's own rule at the current {@link #learningRate()}.</li>
 * </ol>
 * The gradient array is only read, never written: clipping and weight decay are folded into the update
 * loop, so a step needs no scratch array.
 *
 * <p>State (momentum buffer, Adam's moments) is allocated at the first step, sized for that array, and a
 * step allocates nothing afterwards. An optimizer is bound to the length and precision of its first step
 * until {@link #reset()}. Implementations are not thread-safe: one optimizer serves one training loop.
 */
public interface Optimizer {

    /**
     * Updates {@code parameters} in place from {@code gradient}, in float32 arithmetic with float32 state
     * (as PyTorch does for float32 tensors). {@code gradient} is not modified.
     *
     * @throws IllegalArgumentException if the lengths differ, differ from the first step's length, or an
     *     earlier step since the last {@link #reset()} used {@code double[]} arrays
     */
    void step(float[] parameters, float[] gradient);

    /**
     * Updates {@code parameters} in place from {@code gradient}, in double arithmetic with double state.
     * {@code gradient} is not modified.
     *
     * @throws IllegalArgumentException if the lengths differ, differ from the first step's length, or an
     *     earlier step since the last {@link #reset()} used {@code float[]} arrays
     */
    void step(double[] parameters, double[] gradient);

    /**
     * Sets the learning rate to {@code schedule.rate(baseRate, epoch)}; the fit loop calls this at the start
     * of each epoch, counting from 0. Allocates nothing for the built-in schedules.
     *
     * @throws IllegalArgumentException if {@code epoch < 0}, or the schedule returns a negative or
     *     non-finite rate
     */
    void setEpoch(int epoch);

    /** The learning rate the next step uses: the schedule's rate for the last epoch set, or for epoch 0. */
    double learningRate();

    /**
     * Forgets all state: momentum buffers, moments, step count, epoch (back to 0) and the last gradient
     * norm, so the optimizer behaves as when it was built and may be used with a new array length.
     */
    void reset();

    /**
     * The global L2 norm of the gradient passed to the last step, before clipping, computed in double;
     * {@code NaN} if there was no step since construction or {@link #reset()}.
     */
    double lastGradientNorm();
}
