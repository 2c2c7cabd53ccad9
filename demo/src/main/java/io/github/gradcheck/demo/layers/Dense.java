package io.github.gradcheck.demo.layers;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Dim;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.Param;
import io.github.gradcheck.api.Shape;
import io.github.gradcheck.demo.Matrices;
import java.util.Random;

/**
 * Fully connected layer {@code y = x·W + b} over a batch of row vectors.
 *
 * <p>W starts with He scaling: normal values with standard deviation {@code sqrt(2 / in)},
 * drawn from a fixed seed. b starts at zero. The backward pass assigns new arrays to dW and db.
 * The fields are public so that a model can add a regularization term to dW and an optimizer
 * can update W.
 *
 * @since 0.1
 */
@Differentiable
public class Dense {

    /**
     * Weight matrix, shape [in][out].
     *
     * @since 0.1
     */
    @Param
    public double[][] W;

    /**
     * Bias vector, length out.
     *
     * @since 0.1
     */
    @Param
    public double[] b;

    /**
     * Gradient of the loss with respect to {@link #W}, set by {@link #backward}.
     *
     * @since 0.1
     */
    public double[][] dW;

    /**
     * Gradient of the loss with respect to {@link #b}, set by {@link #backward}.
     *
     * @since 0.1
     */
    public double[] db;

    private double[][] input;

    /**
     * Create a layer with He-scaled weights drawn from a fixed seed, and zero bias.
     *
     * @param in  the number of input features, at least 1
     * @param out the number of output features, at least 1
     * @since 0.1
     */
    public Dense(@Dim("in") int in, @Dim("out") int out) {
        this(in, out, new Random(42));
    }

    private Dense(int in, int out, Random random) {
        double scale = Math.sqrt(2.0 / in);
        W = new double[in][out];
        for (int i = 0; i < in; i++) {
            for (int j = 0; j < out; j++) {
                W[i][j] = scale * random.nextGaussian();
            }
        }
        b = new double[out];
    }

    /**
     * Create a layer with He-scaled weights drawn from the given generator, and zero bias.
     *
     * <p>A model that draws all its layers from one generator gets different weights in layers
     * of the same shape, which the public constructor's fixed seed would make equal.
     *
     * @param in     the number of input features, at least 1
     * @param out    the number of output features, at least 1
     * @param random the source of the initial weights, never null
     * @return the new layer
     * @since 0.1
     */
    public static Dense heInitialized(int in, int out, Random random) {
        return new Dense(in, out, random);
    }

    /**
     * Compute the affine map of a batch.
     *
     * @param x the input, shape [batch][in], never null
     * @return the output, shape [batch][out]
     * @since 0.1
     */
    @Forward
    public double[][] forward(@Shape({"batch", "in"}) double[][] x) {
        input = x;
        return Matrices.addToRows(Matrices.multiply(x, W), b);
    }

    /**
     * Set dW and db and compute the input gradient.
     *
     * @param dOut the gradient with respect to the output, shape [batch][out], never null
     * @return the gradient with respect to the input, shape [batch][in]
     * @since 0.1
     */
    @Backward
    public double[][] backward(double[][] dOut) {
        dW = Matrices.multiplyTransposeA(input, dOut);
        db = Matrices.columnSums(dOut);
        return Matrices.multiplyTransposeB(dOut, W);
    }
}
