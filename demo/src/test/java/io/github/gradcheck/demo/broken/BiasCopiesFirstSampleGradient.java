package io.github.gradcheck.demo.broken;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Dim;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.Param;
import io.github.gradcheck.api.Shape;

/**
 * Copy of {@link io.github.gradcheck.demo.layers.Bias} whose db takes the upstream gradient of the
 * first sample only instead of summing it over the batch (fault kind: reduction over the wrong
 * axis, here over none). On a batch of 2 with 2 features and J = Σy every upstream entry is 1, so
 * the right db is [2.0, 2.0] and this class gives [1.0, 1.0]. With the upstream [[1, 2], [3, 4]]
 * the right db is [4, 6] and this class gives [1, 2]. dx is right, and a batch of 1 hides the
 * fault.
 */
@Differentiable
public class BiasCopiesFirstSampleGradient {

    /**
     * Bias vector, length features.
     *
     * @since 0.1
     */
    @Param
    public double[] b;

    /**
     * Gradient of the loss with respect to {@link #b}, accumulated by {@link #backward}.
     *
     * @since 0.1
     */
    public double[] db;

    /**
     * Create a layer with zero bias.
     *
     * @param features the number of features per sample, at least 1
     * @since 0.1
     */
    public BiasCopiesFirstSampleGradient(@Dim("features") int features) {
        b = new double[features];
        db = new double[features];
    }

    /**
     * Add the bias to every sample of a batch.
     *
     * @param x the input, shape [batch][features], never null
     * @return the output, shape [batch][features]
     * @since 0.1
     */
    @Forward
    public double[][] forward(@Shape({"batch", "features"}) double[][] x) {
        double[][] y = new double[x.length][b.length];
        for (int n = 0; n < x.length; n++) {
            for (int j = 0; j < b.length; j++) {
                y[n][j] = x[n][j] + b[j];
            }
        }
        return y;
    }

    /**
     * Add the first sample's upstream gradient to db and return the input gradient.
     *
     * @param dOut the gradient with respect to the output, shape [batch][features], never null
     * @return the gradient with respect to the input, equal to {@code dOut} but a new array
     * @since 0.1
     */
    @Backward
    public double[][] backward(double[][] dOut) {
        for (int j = 0; j < b.length; j++) {
            db[j] += dOut[0][j];
        }

        double[][] dx = new double[dOut.length][];
        for (int n = 0; n < dOut.length; n++) {
            dx[n] = dOut[n].clone();
        }
        return dx;
    }
}
