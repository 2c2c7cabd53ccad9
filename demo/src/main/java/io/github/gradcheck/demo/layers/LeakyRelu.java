package io.github.gradcheck.demo.layers;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.Shape;

/**
 * Leaky rectified linear unit: {@code y = x} for positive x and {@code y = 0.01·x} otherwise.
 *
 * <p>At {@code x = 0} the backward pass uses the negative slope.
 *
 * @since 0.1
 */
@Differentiable
public class LeakyRelu {

    /**
     * Slope for non-positive inputs.
     *
     * @since 0.1
     */
    public static final double NEGATIVE_SLOPE = 0.01;

    private double[][] input;

    /**
     * Create the layer, which has no parameters.
     *
     * @since 0.1
     */
    public LeakyRelu() {
    }

    /**
     * Scale non-positive inputs by {@link #NEGATIVE_SLOPE}.
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
                y[n][j] = x[n][j] * slopeAt(x[n][j]);
            }
        }
        return y;
    }

    /**
     * Scale the upstream gradient by the slope at each input.
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
                dx[n][j] = dOut[n][j] * slopeAt(input[n][j]);
            }
        }
        return dx;
    }

    private static double slopeAt(double x) {
        return x > 0.0 ? 1.0 : NEGATIVE_SLOPE;
    }
}
