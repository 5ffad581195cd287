package dev.autonet.runtime.optim;

/**
 * Stochastic gradient descent with optional momentum, Nesterov momentum and coupled L2 weight decay:
 * torch.optim.SGD with {@code dampening = 0}.
 *
 * <p>Per element, with {@code g} the (clipped) gradient, {@code λ} the weight decay, {@code μ} the momentum
 * and {@code η} the learning rate:
 * <pre>
 *   g ← g + λ·θ
 *   b ← μ·b + g                 (only if μ &gt; 0; b starts at 0, so the first step gives b = g, as torch)
 *   g ← nesterov ? g + μ·b : b  (only if μ &gt; 0)
 *   θ ← θ − η·g
 * </pre>
 * Built fluently, e.g. {@code Sgd.learningRate(0.05).momentum(0.9).nesterov().weightDecay(1e-4)}; every
 * method returns a new optimizer with fresh state and leaves the receiver unchanged.
 */
public final class Sgd extends BaseOptimizer {

    private final double momentum;
    private final boolean nesterov;
    private float[] floatBuffer;
    private double[] doubleBuffer;

    private Sgd(Hyperparameters hyperparameters, double momentum, boolean nesterov) {
        super(hyperparameters);
        this.momentum = momentum;
        this.nesterov = nesterov;
    }

    /**
     * Plain SGD at {@code learningRate} (finite, {@code > 0}); no momentum, no weight decay, no clipping,
     * constant schedule. Static, so it starts a chain: called on an instance it ignores that instance.
     */
    public static Sgd learningRate(double learningRate) {
        return new Sgd(Hyperparameters.of(learningRate, 0), 0, false);
    }

    /** With momentum {@code μ} in {@code [0, 1)}; 0 turns momentum off. */
    public Sgd momentum(double momentum) {
        Hyperparameters.unitInterval("momentum", momentum);
        if (nesterov && momentum == 0) {
            throw new IllegalArgumentException("momentum must be > 0 with nesterov, but was " + momentum);
        }
        return new Sgd(hyperparameters, momentum, nesterov);
    }

    /** With Nesterov momentum; call after {@link #momentum(double)}, as it requires momentum {@code > 0}. */
    public Sgd nesterov() {
        if (momentum == 0) {
            throw new IllegalArgumentException("nesterov requires momentum > 0, but momentum was " + momentum
                    + "; call momentum(...) before nesterov()");
        }
        return new Sgd(hyperparameters, momentum, true);
    }

    /** With coupled L2 weight decay {@code λ >= 0}: {@code g ← g + λ·θ} before momentum. */
    public Sgd weightDecay(double weightDecay) {
        return new Sgd(hyperparameters.withWeightDecay(weightDecay), momentum, nesterov);
    }

    /** Clipping the gradient's global L2 norm to {@code maxNorm > 0} before weight decay; see {@link Optimizer}. */
    public Sgd clipNorm(double maxNorm) {
        return new Sgd(hyperparameters.withClipNorm(maxNorm), momentum, nesterov);
    }

    /** With {@code schedule} applied to the base learning rate by {@link #setEpoch(int)}. */
    public Sgd schedule(LearningRateSchedule schedule) {
        return new Sgd(hyperparameters.withSchedule(schedule), momentum, nesterov);
    }

    @Override
    void allocateState(int length, boolean floats) {
        if (momentum == 0) {
            return; // plain SGD keeps no state, as torch
        }
        if (floats) {
            floatBuffer = new float[length];
        } else {
            doubleBuffer = new double[length];
        }
    }

    @Override
    void clearState() {
        floatBuffer = null;
        doubleBuffer = null;
    }

    @Override
    void update(float[] parameters, float[] gradient, float gradientScale, double rate) {
        float lr = (float) rate;
        float decay = (float) hyperparameters.weightDecay();
        float mu = (float) momentum;
        float[] buffer = floatBuffer;
        boolean lookAhead = nesterov;
        for (int i = 0; i < parameters.length; i++) {
            float g = gradient[i] * gradientScale + decay * parameters[i];
            if (buffer != null) {
                float b = mu * buffer[i] + g;
                buffer[i] = b;
                g = lookAhead ? g + mu * b : b;
            }
            parameters[i] -= lr * g;
        }
    }

    @Override
    void update(double[] parameters, double[] gradient, double gradientScale, double rate) {
        double decay = hyperparameters.weightDecay();
        double mu = momentum;
        double[] buffer = doubleBuffer;
        boolean lookAhead = nesterov;
        for (int i = 0; i < parameters.length; i++) {
            double g = gradient[i] * gradientScale + decay * parameters[i];
            if (buffer != null) {
                double b = mu * buffer[i] + g;
                buffer[i] = b;
                g = lookAhead ? g + mu * b : b;
            }
            parameters[i] -= rate * g;
        }
    }

    @Override
    public String toString() {
        return "Sgd(" + hyperparameters.describe() + ", momentum=" + momentum + ", nesterov=" + nesterov + ")";
    }
}
