package io.github.gradcheck.demo.losses;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.NonDifferentiable;
import io.github.gradcheck.api.NonDifferentiable.Values;
import io.github.gradcheck.api.Shape;

/**
 * Binary cross-entropy of a sigmoid applied to logits, summed over outputs and averaged over the
 * batch: {@code L = -(1/B)·Σ [t·log σ(z) + (1 - t)·log(1 - σ(z))]}.
 *
 * <p>Taking logits rather than probabilities keeps every real input valid and lets the loss use
 * the stable form {@code max(z, 0) - z·t + log(1 + exp(-|z|))}, which never takes the log of 0.
 *
 * @since 0.1
 */
@Differentiable
public class BinaryCrossEntropyWithLogits {

    private double[][] logits;
    private double[][] targets;

    /**
     * Create the loss, which has no parameters.
     *
     * @since 0.1
     */
    public BinaryCrossEntropyWithLogits() {
    }

    /**
     * Compute the mean binary cross-entropy of a batch.
     *
     * @param logits  the scores before the sigmoid, shape [batch][outputs], never null
     * @param targets the expected values, each 0 or 1, shape [batch][outputs], never null
     * @return the mean loss, in nats
     * @since 0.1
     */
    @Forward
    public double forward(@Shape({"batch", "outputs"}) double[][] logits,
            @NonDifferentiable(Values.BINARY) @Shape({"batch", "outputs"}) double[][] targets) {

        this.logits = logits;
        this.targets = targets;
        double loss = 0.0;
        for (int n = 0; n < logits.length; n++) {
            for (int j = 0; j < logits[n].length; j++) {
                double z = logits[n][j];
                loss += Math.max(z, 0.0) - z * targets[n][j] + Math.log1p(Math.exp(-Math.abs(z)));
            }
        }
        return loss / logits.length;
    }

    /**
     * Compute the gradient {@code (σ(z) - t) / B} of the mean loss with respect to the logits.
     *
     * @return the gradient, shape [batch][outputs]
     * @since 0.1
     */
    @Backward
    public double[][] backward() {
        int batch = logits.length;
        double[][] dLogits = new double[batch][];
        for (int n = 0; n < batch; n++) {
            dLogits[n] = new double[logits[n].length];
            for (int j = 0; j < logits[n].length; j++) {
                dLogits[n][j] = (sigmoid(logits[n][j]) - targets[n][j]) / batch;
            }
        }
        return dLogits;
    }

    /** Compute the sigmoid without overflow: the argument of {@code exp} is never positive. */
    private static double sigmoid(double z) {
        if (z >= 0.0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double exponential = Math.exp(z);
        return exponential / (1.0 + exponential);
    }
}
