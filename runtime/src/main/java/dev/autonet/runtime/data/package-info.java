/**
 * Data sets for training: an immutable row-major {@link dev.autonet.runtime.data.Dataset}, seeded
 * mini-batches ({@link dev.autonet.runtime.data.Batches}), a seeded train/validation/test
 * {@link dev.autonet.runtime.data.Split}, a {@link dev.autonet.runtime.data.Standardizer}, toy data sets
 * ({@link dev.autonet.runtime.data.Datasets}) and the input and target checks a trainer runs before it
 * touches any weight ({@link dev.autonet.runtime.data.DataChecks}, {@link dev.autonet.runtime.data.TargetChecks}).
 *
 * <p>All randomness comes from {@link dev.autonet.runtime.SeededRandom}, so the same seed and data give the
 * same rows in the same order on every JVM. Every user mistake is an {@code IllegalArgumentException}
 * whose message names the row (and, where there is more than one, the column) and the problem.
 */
package dev.autonet.runtime.data;
