package io.github.gradcheck.demo.showcase;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.Shape;

/**
 * Tanh whose backward pass computes the derivative {@code 1 - x²} from the input instead of
 * {@code 1 - tanh(x)²} from the output (fault kind: derivative evaluated at the wrong point). Both
 * agree at x = 0, so a check with inputs near 0 misses it; dx is wrong everywhere else.
 */
@Differentiable
public class TanhFromInput {

    private double[][] input;

    /** Create the layer, which has no parameters. */
    public TanhFromInput() {
    }

    /**
     * Apply tanh element-wise.
     *
     * @param x the input, shape [batch][features]
     * @return tanh(x), same shape
     */
    @Forward
    public double[][] forward(@Shape({"batch", "features"}) double[][] x) {
        input = x;
        double[][] y = new double[x.length][];
        for (int n = 0; n < x.length; n++) {
            y[n] = new double[x[n].length];
            for (int j = 0; j < x[n].length; j++) {
                y[n][j] = Math.tanh(x[n][j]);
            }
        }
        return y;
    }

    /**
     * Return the input gradient, with the fault.
     *
     * @param dOut the gradient with respect to the output, shape [batch][features]
     * @return the gradient with respect to the input, same shape
     */
    @Backward
    public double[][] backward(double[][] dOut) {
        double[][] dx = new double[dOut.length][];
        for (int n = 0; n < dOut.length; n++) {
            dx[n] = new double[dOut[n].length];
            for (int j = 0; j < dOut[n].length; j++) {
                double x = input[n][j];
                dx[n][j] = dOut[n][j] * (1.0 - x * x);
            }
        }
        return dx;
    }
}
