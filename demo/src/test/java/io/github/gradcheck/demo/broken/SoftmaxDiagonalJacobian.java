package io.github.gradcheck.demo.broken;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.Shape;
import io.github.gradcheck.demo.Matrices;

/**
 * Copy of {@link io.github.gradcheck.demo.layers.Softmax} whose backward pass multiplies the
 * upstream gradient by the diagonal {@code s·(1 - s)} of the softmax Jacobian only and drops the
 * off-diagonal terms {@code -s_i·s_j} (fault kind: element-wise shortcut for a coupled function).
 * For z = [0, 0] and the upstream g = [1, 0] the right dx is [0.25, -0.25] and this class gives
 * [0.25, 0]. A single class hides the fault.
 */
@Differentiable
public class SoftmaxDiagonalJacobian {

    private double[][] output;

    /**
     * Create the layer, which has no parameters.
     *
     * @since 0.1
     */
    public SoftmaxDiagonalJacobian() {
    }

    /**
     * Turn each row of scores into probabilities.
     *
     * @param x the scores, shape [batch][classes], never null
     * @return the probabilities, shape [batch][classes], each row summing to 1
     * @since 0.1
     */
    @Forward
    public double[][] forward(@Shape({"batch", "classes"}) double[][] x) {
        output = Matrices.softmaxRows(x);
        return output;
    }

    /**
     * Multiply the upstream gradient by the diagonal of the softmax Jacobian of each row.
     *
     * @param dOut the gradient with respect to the output, shape [batch][classes], never null
     * @return the gradient with respect to the input, shape [batch][classes]
     * @since 0.1
     */
    @Backward
    public double[][] backward(double[][] dOut) {
        double[][] dx = new double[dOut.length][];
        for (int n = 0; n < dOut.length; n++) {
            dx[n] = jacobianTimes(output[n], dOut[n]);
        }
        return dx;
    }

    private static double[] jacobianTimes(double[] s, double[] g) {
        double[] dx = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            dx[i] = s[i] * (1.0 - s[i]) * g[i];
        }
        return dx;
    }
}
