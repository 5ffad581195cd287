/**
 * Optimizers over one flat parameter array, knowing nothing about layers: {@link
 * dev.autonet.runtime.optim.Sgd} (momentum, Nesterov), {@link dev.autonet.runtime.optim.Adam}, {@link
 * dev.autonet.runtime.optim.AdamW}, with L2 weight decay, gradient-norm clipping and {@link
 * dev.autonet.runtime.optim.LearningRateSchedule learning-rate schedules}.
 *
 * <p>Semantics follow torch.optim, so a PyTorch user gets the numbers they expect; each class writes its
 * formula out. Precision follows the arrays: float arrays are updated in float32 with float32 state, as
 * torch does for float32 tensors; double arrays in double. Per-step scalars (bias corrections, clip
 * scale, scheduled rate) are computed once in double with plain IEEE arithmetic and {@link
 * java.lang.StrictMath} (never the platform-tuned {@link java.lang.Math#pow}), and Java never
 * fuses multiply-adds, so the same seed and data give bit-identical weights on every JVM.
 *
 * <p>A step allocates nothing once its state exists (state is allocated at the first step).
 */
package dev.autonet.runtime.optim;
