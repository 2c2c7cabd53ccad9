package io.github.gradcheck.demo.layers;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.Shape;

/**
 * Logistic sigmoid {@code y = 1 / (1 + exp(-x))}, applied element-wise.
 *
 * @since 0.1
 */
@Differentiable
public class Sigmoid {

    private double[][] output;

    /**
     * Create the layer, which has no parameters.
     *
     * @since 0.1
     */
    public Sigmoid() {
    }

    /**
     * Squash each input into (0, 1).
     *
     * @param x the input, shape [batch][features], never null
     * @return the output, shape [batch][features]
     * @since 0.1
     */
    @Forward
    public double[][] forward(@Shape({"batch", "features"}) double[][] x) {
        output = new double[x.length][];
        for (int n = 0; n < x.length; n++) {
            output[n] = new double[x[n].length];
            for (int j = 0; j < x[n].length; j++) {
                output[n][j] = sigmoid(x[n][j]);
            }
        }
        return output;
    }

    /**
     * Scale the upstream gradient by the derivative {@code y·(1 - y)}.
     *
     * @param dOut the gradient with respect to the output, shape [batch][features], never null
     * @return the gradient with respect to the input, shape [batch][features]
     * @since 0.1
     */
    @Backward
    public double[][] backward(double[][] dOut) {
        double[][] dx = new double[dOut.length][];
        for (int n = 0; n < dOut.length; n++) {
            dx[n] = new double[dOut[n].length];
            for (int j = 0; j < dOut[n].length; j++) {
                double y = output[n][j];
                dx[n][j] = dOut[n][j] * y * (1.0 - y);
            }
        }
        return dx;
    }

    /** Compute the sigmoid without overflow: the argument of {@code exp} is never positive. */
    private static double sigmoid(double x) {
        if (x >= 0.0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double exponential = Math.exp(x);
        return exponential / (1.0 + exponential);
    }
}
