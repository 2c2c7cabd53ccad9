package io.github.gradcheck.demo.layers;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.Shape;

/**
 * Hyperbolic tangent {@code y = tanh(x)}, applied element-wise.
 *
 * @since 0.1
 */
@Differentiable
public class Tanh {

    private double[][] output;

    /**
     * Create the layer, which has no parameters.
     *
     * @since 0.1
     */
    public Tanh() {
    }

    /**
     * Squash each input into (-1, 1).
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
                output[n][j] = Math.tanh(x[n][j]);
            }
        }
        return output;
    }

    /**
     * Scale the upstream gradient by the derivative {@code 1 - y²}.
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
                dx[n][j] = dOut[n][j] * (1.0 - y * y);
            }
        }
        return dx;
    }
}
