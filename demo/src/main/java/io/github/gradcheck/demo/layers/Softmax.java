package io.github.gradcheck.demo.layers;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.Shape;
import io.github.gradcheck.demo.Matrices;

/**
 * Softmax over each row, as a layer of its own rather than fused with a cross-entropy loss.
 *
 * <p>Every output of a row depends on every input of that row, so the backward pass applies the
 * full Jacobian: {@code dx_i = s_i·(g_i - Σ_j g_j·s_j)} for output s and upstream gradient g.
 *
 * @since 0.1
 */
@Differentiable
public class Softmax {

    private double[][] output;

    /**
     * Create the layer, which has no parameters.
     *
     * @since 0.1
     */
    public Softmax() {
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
     * Multiply the upstream gradient by the softmax Jacobian of each row.
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
        double weightedSum = 0.0;
        for (int j = 0; j < s.length; j++) {
            weightedSum += g[j] * s[j];
        }
        double[] dx = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            dx[i] = s[i] * (g[i] - weightedSum);
        }
        return dx;
    }
}
