package io.github.gradcheck.demo.broken;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Dim;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.Labels;
import io.github.gradcheck.api.Param;
import io.github.gradcheck.api.Shape;
import io.github.gradcheck.demo.Matrices;
import java.util.Arrays;
import java.util.Random;

/**
 * Copy of {@link io.github.gradcheck.demo.models.SoftmaxRegression} whose db sums
 * {@code (softmax - onehot) / B} over the classes as well as the batch and gives that one scalar to
 * every class (fault kind: reduction over too many axes). Each row of {@code softmax - onehot} sums
 * to 0, so the scalar is 0 up to rounding. With one sample, two classes, x = [1], W = 0, b = 0 and
 * label 0 the right db is [-0.5, +0.5] and this class gives [0, 0]. dW and dx are right.
 */
@Differentiable
public class SoftmaxRegressionBiasSummedOverClasses {

    /**
     * Weight matrix, shape [in][classes].
     *
     * @since 0.1
     */
    @Param
    public double[][] W;

    /**
     * Bias per class, length classes.
     *
     * @since 0.1
     */
    @Param
    public double[] b;

    /**
     * Gradient of the loss with respect to {@link #W}, set by {@link #backward}.
     *
     * @since 0.1
     */
    public double[][] dW;

    /**
     * Gradient of the loss with respect to {@link #b}, set by {@link #backward}.
     *
     * @since 0.1
     */
    public double[] db;

    private double[][] input;
    private double[][] probabilities;
    private int[] labels;

    /**
     * Create the model with Xavier-scaled weights and zero bias.
     *
     * @param in      the number of input features, at least 1
     * @param classes the number of classes, at least 1
     * @since 0.1
     */
    public SoftmaxRegressionBiasSummedOverClasses(@Dim("in") int in, @Dim("classes") int classes) {
        Random random = new Random(42);
        double scale = Math.sqrt(2.0 / (in + classes));
        W = new double[in][classes];
        for (int i = 0; i < in; i++) {
            for (int k = 0; k < classes; k++) {
                W[i][k] = scale * random.nextGaussian();
            }
        }
        b = new double[classes];
    }

    /**
     * Compute the mean cross-entropy of a batch.
     *
     * @param x      the input, shape [batch][in], never null
     * @param labels the correct class of each sample, each in [0, classes), length batch,
     *     never null
     * @return the mean loss, in nats
     * @since 0.1
     */
    @Forward
    public double forward(@Shape({"batch", "in"}) double[][] x,
            @Labels("classes") @Shape({"batch"}) int[] labels) {

        input = x;
        this.labels = labels;
        probabilities = Matrices.softmaxRows(Matrices.addToRows(Matrices.multiply(x, W), b));
        double loss = 0.0;
        for (int n = 0; n < x.length; n++) {
            loss -= Math.log(probabilities[n][labels[n]]);
        }
        return loss / x.length;
    }

    /**
     * Set dW and db and compute the input gradient.
     *
     * @return the gradient of the mean loss with respect to the input, shape [batch][in]
     * @since 0.1
     */
    @Backward
    public double[][] backward() {
        int batch = probabilities.length;
        double[][] dScores = new double[batch][];
        for (int n = 0; n < batch; n++) {
            dScores[n] = probabilities[n].clone();
            dScores[n][labels[n]] -= 1.0;
            for (int k = 0; k < dScores[n].length; k++) {
                dScores[n][k] /= batch;
            }
        }

        dW = Matrices.multiplyTransposeA(input, dScores);
        double total = 0.0;
        for (double[] row : dScores) {
            for (double value : row) {
                total += value;
            }
        }
        db = new double[b.length];
        Arrays.fill(db, total);
        return Matrices.multiplyTransposeB(dScores, W);
    }
}
