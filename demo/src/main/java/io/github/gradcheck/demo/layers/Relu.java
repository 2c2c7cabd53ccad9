package io.github.gradcheck.demo.layers;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.Shape;

/**
 * Rectified linear unit {@code y = max(0, x)}, applied element-wise.
 *
 * <p>At {@code x = 0} the backward pass uses the derivative 0.
 *
 * @since 0.1
 */
@Differentiable
public class Relu {

    private double[][] input;

    /**
     * Create the layer, which has no parameters.
     *
     * @since 0.1
     */
    public Relu() {
    }

    /**
     * Clamp negative inputs to zero.
     *
     * @param x the input, shape [batch][features], never null
     * @return the output, shape [batch][features]
     * @since 0.1
     */
    @Forward
    public double[][] forward(@Shape({"batch", "features"}) double[][] x) {
        input = x;
        double[][] y = new double[x.length][];
        for (int n = 0; n < x.length; n++) {
            y[n] = new double[x[n].length];
            for (int j = 0; j < x[n].length; j++) {
                y[n][j] = Math.max(0.0, x[n][j]);
            }
        }
        return y;
    }

    /**
     * Pass the upstream gradient where the input was positive and zero elsewhere.
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
                dx[n][j] = input[n][j] > 0.0 ? dOut[n][j] : 0.0;
            }
        }
        return dx;
    }
}
