package dev.autonet.runtime.optim;

/**
 * The Adam update shared by {@link Adam} (coupled L2 decay) and {@link AdamW} (decoupled decay).
 *
 * <p>Per element at step {@code t = 1, 2, ...}, with {@code g} the (clipped) gradient and {@code η} the
 * learning rate:
 * <pre>
 *   θ ← θ·(1 − η·λ_decoupled)                   (AdamW only; torch's param.mul_(1 - lr * weight_decay))
 *   g ← g + λ_coupled·θ                          (Adam only)
 *   m ← β1·m + (1 − β1)·g
 *   v ← β2·v + (1 − β2)·g²
 *   θ ← θ − (η / (1 − β1^t))·m / (√v / √(1 − β2^t) + ε)
 * </pre>
 * The last line is {@code θ ← θ − η·m̂ / (√v̂ + ε)} with {@code m̂ = m/(1 − β1^t)} and
 * {@code v̂ = v/(1 − β2^t)}, grouped as torch.optim.Adam computes it. The per-step scalars are computed
 * in double ({@code β^t} by {@link Powers}) and, for float arrays, rounded to float once per step; the loop
 * and the moments are then float32, as torch does for float32 parameters. The moments follow the formula
 * above (torch before 2.0); torch 2.x writes the first as {@code m.lerp_(g, 1 − β1)}, equal up to rounding.
 */
abstract class AbstractAdam extends BaseOptimizer {

    final double beta1;
    final double beta2;
    final double epsilon;
    private final boolean decoupled;

    private long stepCount;
    private float[] floatM;
    private float[] floatV;
    private double[] doubleM;
    private double[] doubleV;

    AbstractAdam(Hyperparameters hyperparameters, double beta1, double beta2, double epsilon, boolean decoupled) {
        super(hyperparameters);
        this.beta1 = Hyperparameters.unitInterval("beta1", beta1);
        this.beta2 = Hyperparameters.unitInterval("beta2", beta2);
        this.epsilon = Hyperparameters.positive("epsilon", epsilon);
        this.decoupled = decoupled;
    }

    @Override
    final void allocateState(int length, boolean floats) {
        if (floats) {
            floatM = new float[length];
            floatV = new float[length];
        } else {
            doubleM = new double[length];
            doubleV = new double[length];
        }
    }

    @Override
    final void clearState() {
        stepCount = 0;
        floatM = null;
        floatV = null;
        doubleM = null;
        doubleV = null;
    }

    @Override
    final void update(float[] parameters, float[] gradient, float gradientScale, double rate) {
        stepCount++;
        float shrink = (float) shrinkFactor(rate);
        float coupledDecay = (float) coupledDecay();
        float stepSize = (float) (rate / (1 - Powers.power(beta1, stepCount)));
        float biasCorrection2Sqrt = (float) Math.sqrt(1 - Powers.power(beta2, stepCount));
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        float oneMinusB1 = (float) (1 - beta1);
        float oneMinusB2 = (float) (1 - beta2);
        float eps = (float) epsilon;
        float[] m = floatM;
        float[] v = floatV;
        for (int i = 0; i < parameters.length; i++) {
            float theta = parameters[i] * shrink;
            float g = gradient[i] * gradientScale + coupledDecay * theta;
            float mi = b1 * m[i] + oneMinusB1 * g;
            float vi = b2 * v[i] + oneMinusB2 * g * g;
            m[i] = mi;
            v[i] = vi;
            // sqrt through double and back is the correctly rounded float sqrt.
            float denominator = (float) Math.sqrt(vi) / biasCorrection2Sqrt + eps;
            parameters[i] = theta - stepSize * mi / denominator;
        }
    }

    @Override
    final void update(double[] parameters, double[] gradient, double gradientScale, double rate) {
        stepCount++;
        double shrink = shrinkFactor(rate);
        double coupledDecay = coupledDecay();
        double stepSize = rate / (1 - Powers.power(beta1, stepCount));
        double biasCorrection2Sqrt = Math.sqrt(1 - Powers.power(beta2, stepCount));
        double oneMinusB1 = 1 - beta1;
        double oneMinusB2 = 1 - beta2;
        double[] m = doubleM;
        double[] v = doubleV;
        for (int i = 0; i < parameters.length; i++) {
            double theta = parameters[i] * shrink;
            double g = gradient[i] * gradientScale + coupledDecay * theta;
            double mi = beta1 * m[i] + oneMinusB1 * g;
            double vi = beta2 * v[i] + oneMinusB2 * g * g;
            m[i] = mi;
            v[i] = vi;
            double denominator = Math.sqrt(vi) / biasCorrection2Sqrt + epsilon;
            parameters[i] = theta - stepSize * mi / denominator;
        }
    }

    /** {@code 1 − η·λ} for AdamW, exactly 1 for Adam (so θ·1 leaves θ's bits alone). */
    private double shrinkFactor(double rate) {
        return decoupled ? 1 - rate * hyperparameters.weightDecay() : 1;
    }

    private double coupledDecay() {
        return decoupled ? 0 : hyperparameters.weightDecay();
    }

    /** The shared part of {@code toString()}. */
    final String describeAdam() {
        return hyperparameters.describe() + ", betas=(" + beta1 + ", " + beta2 + "), epsilon=" + epsilon;
    }
}
