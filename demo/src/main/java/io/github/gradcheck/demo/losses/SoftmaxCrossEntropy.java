package io.github.gradcheck.demo.losses;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.Labels;
import io.github.gradcheck.api.Shape;
import io.github.gradcheck.demo.Matrices;

/**
 * Softmax followed by cross-entropy against class indices, averaged over the batch:
 * {@code L = -(1/B)·Σ_n log softmax(z_n)[label_n]}.
 *
 * <p>Fusing the two gives the simple gradient {@code (softmax(z) - onehot(label)) / B}.
 *
 * @since 0.1
 */
@Differentiable
public class SoftmaxCrossEntropy {

    private double[][] probabilities;
    private int[] labels;

    /**
     * Create the loss, which has no parameters.
     *
     * @since 0.1
     */
    public SoftmaxCrossEntropy() {
    }

    /**
     * Compute the mean cross-entropy of a batch.
     *
     * @param logits the unnormalized class scores, shape [batch][classes], never null
     * @param labels the correct class of each sample, each in [0, classes), length batch,
     *     never null
     * @return the mean loss, in nats
     * @since 0.1
     */
    @Forward
    public double forward(@Shape({"batch", "classes"}) double[][] logits,
            @Labels("classes") @Shape({"batch"}) int[] labels) {

        this.labels = labels;
        probabilities = Matrices.softmaxRows(logits);
        double loss = 0.0;
        for (int n = 0; n < logits.length; n++) {
            loss -= Math.log(probabilities[n][labels[n]]);
        }
        return loss / logits.length;
    }

    /**
     * Compute the gradient of the mean loss with respect to the logits.
     *
     * @return the gradient, shape [batch][classes]
     * @since 0.1
     */
    @Backward
    public double[][] backward() {
        int batch = probabilities.length;
        double[][] dLogits = new double[batch][];
        for (int n = 0; n < batch; n++) {
            dLogits[n] = probabilities[n].clone();
            dLogits[n][labels[n]] -= 1.0;
            for (int k = 0; k < dLogits[n].length; k++) {
                dLogits[n][k] /= batch;
            }
        }
        return dLogits;
    }
}
