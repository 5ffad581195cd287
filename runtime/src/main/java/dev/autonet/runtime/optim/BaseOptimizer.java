package dev.autonet.runtime.optim;

/**
 * What every optimizer shares: the schedule, the gradient norm and clipping, and the rule that state is
 * sized at the first step. Subclasses supply only the update loops and their state.
 */
abstract class BaseOptimizer implements Optimizer {

    /** torch.nn.utils.clip_grad_norm_ adds this to the norm, so the scale never divides by zero. */
    static final double CLIP_EPSILON = 1e-6;

    private static final int NO_STATE = -1;

    final Hyperparameters hyperparameters;

    private double rate;
    private double lastGradientNorm = Double.NaN;
    private int stateLength = NO_STATE;
    private boolean floatState;

    BaseOptimizer(Hyperparameters hyperparameters) {
        this.hyperparameters = hyperparameters;
        this.rate = scheduledRate(0);
    }

    @Override
    public final void step(float[] parameters, float[] gradient) {
        prepare(parameters.length, gradient.length, true);
        double norm = l2Norm(gradient);
        lastGradientNorm = norm;
        // The scale is rounded to float once, as torch multiplies float32 gradients by a float32 coefficient.
        update(parameters, gradient, (float) clipScale(norm), rate);
    }

    @Override
    public final void step(double[] parameters, double[] gradient) {
        prepare(parameters.length, gradient.length, false);
        double norm = l2Norm(gradient);
        lastGradientNorm = norm;
        update(parameters, gradient, clipScale(norm), rate);
    }

    @Override
    public final void setEpoch(int epoch) {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must be >= 0, but was " + epoch);
        }
        rate = scheduledRate(epoch);
    }

    @Override
    public final double learningRate() {
        return rate;
    }

    @Override
    public final void reset() {
        clearState();
        stateLength = NO_STATE;
        lastGradientNorm = Double.NaN;
        rate = scheduledRate(0);
    }

    @Override
    public final double lastGradientNorm() {
        return lastGradientNorm;
    }

    /** Allocates zeroed state for {@code length} parameters in the given precision. */
    abstract void allocateState(int length, boolean floats);

    /** Drops all state, including any step count. */
    abstract void clearState();

    /**
     * One update in float32: {@code g = gradient[i] * gradientScale} is the clipped gradient; weight decay
     * and the optimizer's rule follow at learning rate {@code rate}.
     */
    abstract void update(float[] parameters, float[] gradient, float gradientScale, double rate);

    /** One update in double; see {@link #update(float[], float[], float, double)}. */
    abstract void update(double[] parameters, double[] gradient, double gradientScale, double rate);

    private double scheduledRate(int epoch) {
        double scheduled = hyperparameters.schedule().rate(hyperparameters.learningRate(), epoch);
        if (!(scheduled >= 0 && scheduled < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("schedule " + hyperparameters.schedule() + " gave learning rate "
                    + scheduled + " for epoch " + epoch + "; a rate must be finite and >= 0");
        }
        return scheduled;
    }

    /** torch.nn.utils.clip_grad_norm_: {@code min(1, maxNorm / (norm + 1e-6))}, or 1 without clipping. */
    private double clipScale(double norm) {
        if (!hyperparameters.clipping()) {
            return 1;
        }
        return Math.min(1, hyperparameters.clipNorm() / (norm + CLIP_EPSILON));
    }

    private void prepare(int parametersLength, int gradientLength, boolean floats) {
        if (parametersLength != gradientLength) {
            throw new IllegalArgumentException("parameters and gradient must have the same length, but were "
                    + parametersLength + " and " + gradientLength);
        }
        if (stateLength == NO_STATE) {
            allocateState(parametersLength, floats);
            stateLength = parametersLength;
            floatState = floats;
        } else if (parametersLength != stateLength) {
            throw new IllegalArgumentException("this optimizer's state was sized for " + stateLength
                    + " parameters at its first step, but parameters has length " + parametersLength
                    + "; call reset() to start over with another array");
        } else if (floats != floatState) {
            throw new IllegalArgumentException("this optimizer was first stepped with " + arrayType(floatState)
                    + " arrays, but got " + arrayType(floats) + "; call reset() to switch precision");
        }
    }

    private static String arrayType(boolean floats) {
        return floats ? "float[]" : "double[]";
    }

    /** Summed in double: no overflow for any float input, and more accurate than a float32 reduction. */
    static double l2Norm(float[] values) {
        double sumOfSquares = 0;
        for (float value : values) {
            sumOfSquares += (double) value * value;
        }
        return Math.sqrt(sumOfSquares);
    }

    static double l2Norm(double[] values) {
        double sumOfSquares = 0;
        for (double value : values) {
            sumOfSquares += value * value;
        }
        return Math.sqrt(sumOfSquares);
    }
}
