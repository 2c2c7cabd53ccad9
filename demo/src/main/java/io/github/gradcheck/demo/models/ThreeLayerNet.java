package io.github.gradcheck.demo.models;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Dim;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.Layer;
import io.github.gradcheck.api.NonDifferentiable;
import io.github.gradcheck.api.NonDifferentiable.Values;
import io.github.gradcheck.api.Shape;
import io.github.gradcheck.demo.layers.Dense;
import io.github.gradcheck.demo.layers.Relu;
import io.github.gradcheck.demo.layers.Sigmoid;
import java.util.Random;

/**
 * Binary classifier LINEAR → RELU → LINEAR → RELU → LINEAR → SIGMOID trained on the
 * cross-entropy cost averaged over the m examples of a batch, with an optional L2 penalty.
 *
 * <p>The cost is {@code J = -(1/m)·Σ [y·log a + (1 - y)·log(1 - a)] + λ/(2m)·Σ_l ΣW_l²} for the
 * sigmoid output a, the labels y and the weight matrices of the three linear layers. Biases are
 * not penalized. The backward pass adds {@code (λ/m)·W} to each layer's dW after the layer's own
 * backward pass sets it. The model computes the cost itself from the sigmoid output, because a
 * loss layer taking probabilities could not be checked alone on unbounded generated inputs.
 *
 * <p>The network has one output unit, so the class fixes the free dimension {@code out} of the
 * labels to 1. {@link #lambda} starts at 0, and {@link RegularizedThreeLayerNet} sets it to 0.7.
 *
 * @since 0.1
 */
@Differentiable
@Dim(value = "out", min = 1, max = 1)
public class ThreeLayerNet {

    /**
     * Strength λ of the L2 penalty on the weights, at least 0. A value of 0 turns the penalty off.
     *
     * @since 0.1
     */
    public double lambda;

    @Layer
    Dense linear1;
    @Layer
    Relu relu1;
    @Layer
    Dense linear2;
    @Layer
    Relu relu2;
    @Layer
    Dense linear3;
    @Layer
    Sigmoid sigmoid;

    private double[][] activations;
    private double[][] labels;

    /**
     * Create the network without regularization, drawing the He-scaled weights of all three
     * linear layers from one generator with a fixed seed.
     *
     * @param in      the number of input features, at least 1
     * @param hidden1 the width of the first hidden layer, at least 1
     * @param hidden2 the width of the second hidden layer, at least 1
     * @since 0.1
     */
    public ThreeLayerNet(@Dim("in") int in, @Dim("hidden1") int hidden1,
            @Dim("hidden2") int hidden2) {

        Random random = new Random(42);
        linear1 = Dense.heInitialized(in, hidden1, random);
        relu1 = new Relu();
        linear2 = Dense.heInitialized(hidden1, hidden2, random);
        relu2 = new Relu();
        linear3 = Dense.heInitialized(hidden2, 1, random);
        sigmoid = new Sigmoid();
    }

    /**
     * Run the network on a batch and compute its cost.
     *
     * @param x      the input, shape [batch][in], never null
     * @param labels the expected class of each example, 0 or 1, shape [batch][1], never null
     * @return the cost J, in nats
     * @since 0.1
     */
    @Forward
    public double forward(@Shape({"batch", "in"}) double[][] x,
            @NonDifferentiable(Values.BINARY) @Shape({"batch", "out"}) double[][] labels) {

        double[][] hidden = relu1.forward(linear1.forward(x));
        hidden = relu2.forward(linear2.forward(hidden));
        activations = sigmoid.forward(linear3.forward(hidden));
        this.labels = labels;
        return crossEntropyCost() + l2Cost();
    }

    /**
     * Set the gradients of every layer and compute the input gradient.
     *
     * @return the gradient of J with respect to the input, shape [batch][in]
     * @since 0.1
     */
    @Backward
    public double[][] backward() {
        double[][] dHidden2 = linear3.backward(sigmoid.backward(costGradient()));
        addL2Gradient(linear3);
        double[][] dHidden1 = linear2.backward(relu2.backward(dHidden2));
        addL2Gradient(linear2);
        double[][] dx = linear1.backward(relu1.backward(dHidden1));
        addL2Gradient(linear1);
        return dx;
    }

    private double crossEntropyCost() {
        double sum = 0.0;
        for (int n = 0; n < labels.length; n++) {
            for (int j = 0; j < labels[n].length; j++) {
                double a = activations[n][j];
                double y = labels[n][j];
                sum += y * Math.log(a) + (1.0 - y) * Math.log(1.0 - a);
            }
        }
        return -sum / labels.length;
    }

    private double l2Cost() {
        double squares = sumOfSquares(linear1.W) + sumOfSquares(linear2.W)
                + sumOfSquares(linear3.W);
        return lambda / (2.0 * labels.length) * squares;
    }

    /** Compute dJ/da of the cross-entropy term for the sigmoid output a. */
    private double[][] costGradient() {
        int m = labels.length;
        double[][] dActivations = new double[m][];
        for (int n = 0; n < m; n++) {
            dActivations[n] = new double[labels[n].length];
            for (int j = 0; j < labels[n].length; j++) {
                double a = activations[n][j];
                double y = labels[n][j];
                dActivations[n][j] = -(y / a - (1.0 - y) / (1.0 - a)) / m;
            }
        }
        return dActivations;
    }

    private void addL2Gradient(Dense layer) {
        double scale = lambda / labels.length;
        for (int i = 0; i < layer.W.length; i++) {
            for (int j = 0; j < layer.W[i].length; j++) {
                layer.dW[i][j] += scale * layer.W[i][j];
            }
        }
    }

    private static double sumOfSquares(double[][] matrix) {
        double sum = 0.0;
        for (double[] row : matrix) {
            for (double value : row) {
                sum += value * value;
            }
        }
        return sum;
    }
}
