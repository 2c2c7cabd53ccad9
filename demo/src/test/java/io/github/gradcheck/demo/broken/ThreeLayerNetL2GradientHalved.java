package io.github.gradcheck.demo.broken;

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
 * Copy of {@link io.github.gradcheck.demo.models.ThreeLayerNet} with λ = 0.7 whose backward pass
 * adds {@code (λ/(2m))·W} to each dW for the penalty {@code λ/(2m)·ΣW²} instead of its derivative
 * {@code (λ/m)·W} (fault kind: regularization gradient with the wrong factor). Each of the three dW
 * tensors falls short by {@code (λ/(2m))·W}, a gap proportional to the weights. With two examples
 * per batch the penalty adds 0.35 to the dW of a weight 1.0, and this class adds 0.175. The biases
 * and dx are right, and λ = 0 hides the fault.
 */
@Differentiable
@Dim(value = "out", min = 1, max = 1)
public class ThreeLayerNetL2GradientHalved {

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
     * Create the network with λ = 0.7, drawing the He-scaled weights of all three linear
     * layers from one generator with a fixed seed.
     *
     * @param in      the number of input features, at least 1
     * @param hidden1 the width of the first hidden layer, at least 1
     * @param hidden2 the width of the second hidden layer, at least 1
     * @since 0.1
     */
    public ThreeLayerNetL2GradientHalved(@Dim("in") int in, @Dim("hidden1") int hidden1,
            @Dim("hidden2") int hidden2) {

        Random random = new Random(42);
        linear1 = Dense.heInitialized(in, hidden1, random);
        relu1 = new Relu();
        linear2 = Dense.heInitialized(hidden1, hidden2, random);
        relu2 = new Relu();
        linear3 = Dense.heInitialized(hidden2, 1, random);
        sigmoid = new Sigmoid();
        lambda = 0.7;
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
        double scale = lambda / (2.0 * labels.length);
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
