package io.github.gradcheck.demo.broken;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Dim;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.Labels;
import io.github.gradcheck.api.Param;
import io.github.gradcheck.api.Shape;
import io.github.gradcheck.demo.Matrices;
import java.util.Random;

/**
 * Copy of {@link io.github.gradcheck.demo.models.TwoLayerTanhNet} whose loss is the mean over the N
 * samples of a batch but whose backward pass starts from {@code softmax - onehot} without dividing
 * by N (fault kind: global loss scaling). Every gradient, dW1, db1, dW2, db2 and dx, is exactly N
 * times the right value, so no single tensor or layer is at fault: the loss and the gradients
 * disagree by the constant factor N. A batch of 1 hides the fault.
 */
@Differentiable
public class TwoLayerTanhNetGradientsNotDividedByBatch {

    /**
     * First-layer weights, shape [in][hidden].
     *
     * @since 0.1
     */
    @Param
    public double[][] W1;

    /**
     * First-layer bias, length hidden.
     *
     * @since 0.1
     */
    @Param
    public double[] b1;

    /**
     * Second-layer weights, shape [hidden][classes].
     *
     * @since 0.1
     */
    @Param
    public double[][] W2;

    /**
     * Second-layer bias, length classes.
     *
     * @since 0.1
     */
    @Param
    public double[] b2;

    /**
     * Gradient of the loss with respect to {@link #W1}, set by {@link #backward}.
     *
     * @since 0.1
     */
    public double[][] dW1;

    /**
     * Gradient of the loss with respect to {@link #b1}, set by {@link #backward}.
     *
     * @since 0.1
     */
    public double[] db1;

    /**
     * Gradient of the loss with respect to {@link #W2}, set by {@link #backward}.
     *
     * @since 0.1
     */
    public double[][] dW2;

    /**
     * Gradient of the loss with respect to {@link #b2}, set by {@link #backward}.
     *
     * @since 0.1
     */
    public double[] db2;

    private double[][] input;
    private double[][] hidden;
    private double[][] probabilities;
    private int[] labels;

    /**
     * Create the network with Xavier-scaled weights and zero biases.
     *
     * @param in      the number of input features, at least 1
     * @param hidden  the width of the hidden layer, at least 1
     * @param classes the number of classes, at least 1
     * @since 0.1
     */
    public TwoLayerTanhNetGradientsNotDividedByBatch(@Dim("in") int in, @Dim("hidden") int hidden,
            @Dim("classes") int classes) {

        Random random = new Random(42);
        W1 = gaussian(in, hidden, random);
        b1 = new double[hidden];
        W2 = gaussian(hidden, classes, random);
        b2 = new double[classes];
    }

    /**
     * Run the network on a batch and compute the mean cross-entropy.
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
        hidden = tanh(Matrices.addToRows(Matrices.multiply(x, W1), b1));
        double[][] scores = Matrices.addToRows(Matrices.multiply(hidden, W2), b2);
        probabilities = Matrices.softmaxRows(scores);

        double loss = 0.0;
        for (int n = 0; n < x.length; n++) {
            loss -= Math.log(probabilities[n][labels[n]]);
        }
        return loss / x.length;
    }

    /**
     * Set every gradient field and compute the input gradient.
     *
     * @return the gradient of the mean loss with respect to the input, shape [batch][in]
     * @since 0.1
     */
    @Backward
    public double[][] backward() {
        double[][] dScores = scoresGradient();
        dW2 = Matrices.multiplyTransposeA(hidden, dScores);
        db2 = Matrices.columnSums(dScores);

        double[][] dPreActivation = Matrices.multiplyTransposeB(dScores, W2);
        for (int n = 0; n < dPreActivation.length; n++) {
            for (int j = 0; j < dPreActivation[n].length; j++) {
                dPreActivation[n][j] *= 1.0 - hidden[n][j] * hidden[n][j];
            }
        }
        dW1 = Matrices.multiplyTransposeA(input, dPreActivation);
        db1 = Matrices.columnSums(dPreActivation);
        return Matrices.multiplyTransposeB(dPreActivation, W1);
    }

    /** Compute {@code softmax - onehot} for the scores. */
    private double[][] scoresGradient() {
        int batch = probabilities.length;
        double[][] dScores = new double[batch][];
        for (int n = 0; n < batch; n++) {
            dScores[n] = probabilities[n].clone();
            dScores[n][labels[n]] -= 1.0;
        }
        return dScores;
    }

    private static double[][] tanh(double[][] values) {
        double[][] result = new double[values.length][];
        for (int n = 0; n < values.length; n++) {
            result[n] = new double[values[n].length];
            for (int j = 0; j < values[n].length; j++) {
                result[n][j] = Math.tanh(values[n][j]);
            }
        }
        return result;
    }

    private static double[][] gaussian(int rows, int columns, Random random) {
        double scale = Math.sqrt(2.0 / (rows + columns));
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            for (int j = 0; j < columns; j++) {
                row[j] = scale * random.nextGaussian();
            }
        }
        return values;
    }
}
