package dev.autonet;

/**
 * The loss a network is trained on. Every loss is a mean over the batch (and over output units for
 * MSE, MAE, Huber and BCE), as PyTorch's {@code reduction='mean'}.
 */
public enum LossFunction {
    /** Mean squared error: regression; pulled by outliers. */
    MSE,
    /** Mean absolute error: regression; robust to outliers, constant gradient. */
    MAE,
    /** Huber: quadratic within {@link Loss#delta()} of the target, linear beyond it. */
    HUBER,
    /** Binary cross-entropy on a SIGMOID output: binary or multi-label classification. */
    BCE,
    /** Cross-entropy on a SOFTMAX output against one-hot (or soft) target rows. */
    CATEGORICAL_CROSS_ENTROPY,
    /** Cross-entropy on a SOFTMAX output against one class index per row. */
    SPARSE_CATEGORICAL_CROSS_ENTROPY,
    /** {@code max(0, 1 - y·ŷ)} with labels ±1 on one LINEAR (or TANH) unit: margin classification. */
    HINGE,
    /** The fraction misclassified. Its gradient is zero almost everywhere: a metric, never a loss. */
    ZERO_ONE
}
