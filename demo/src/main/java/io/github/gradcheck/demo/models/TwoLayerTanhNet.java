package io.github.gradcheck.demo.models;

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
 * Two-layer classifier {@code softmax(tanh(x·W1 + b1)·W2 + b2)} trained on the cross-entropy
 * averaged over the N samples of a batch, written as one class without sub-layers.
 *
 * <p>Because the loss is divided by N, so is every gradient: the backward pass starts from
 * {@code (softmax - onehot) / N}. W1 and W2 start with Xavier scaling: normal values with
 * standard deviation {@code sqrt(2 / (fanIn + fanOut))}, drawn from a fixed seed. The biases
 * start at zero. The backward pass assigns new arrays to every gradient field.
 *
 * @since 0.1
 */
@Differentiable
public class TwoLayerTanhNet {

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
    public TwoLayerTanhNet(@Dim("in") int in, @Dim("hidden") int hidden,
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

    /** Compute {@code (softmax - onehot) / N}, the gradient of the mean loss for the scores. */
    private double[][] scoresGradient() {
        int batch = probabilities.length;
        double[][] dScores = new double[batch][];
        for (int n = 0; n < batch; n++) {
            dScores[n] = probabilities[n].clone();
            dScores[n][labels[n]] -= 1.0;
            for (int k = 0; k < dScores[n].length; k++) {
                dScores[n][k] /= batch;
            }
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
