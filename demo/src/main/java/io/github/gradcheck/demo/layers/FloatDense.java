package io.github.gradcheck.demo.layers;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Dim;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.Param;
import io.github.gradcheck.api.Shape;
import java.util.Random;

/**
 * Fully connected layer {@code y = x·W + b} in single precision, computing in {@code float}
 * throughout.
 *
 * <p>W starts with Xavier scaling: normal values with standard deviation
 * {@code sqrt(2 / (in + out))}, drawn from a fixed seed. b starts at zero. The backward pass
 * assigns new arrays to dW and db.
 *
 * @since 0.1
 */
@Differentiable
public class FloatDense {

    /**
     * Weight matrix, shape [in][out].
     *
     * @since 0.1
     */
    @Param
    public float[][] W;

    /**
     * Bias vector, length out.
     *
     * @since 0.1
     */
    @Param
    public float[] b;

    /**
     * Gradient of the loss with respect to {@link #W}, set by {@link #backward}.
     *
     * @since 0.1
     */
    public float[][] dW;

    /**
     * Gradient of the loss with respect to {@link #b}, set by {@link #backward}.
     *
     * @since 0.1
     */
    public float[] db;

    private float[][] input;

    /**
     * Create a layer with Xavier-scaled weights and zero bias.
     *
     * @param in  the number of input features, at least 1
     * @param out the number of output features, at least 1
     * @since 0.1
     */
    public FloatDense(@Dim("in") int in, @Dim("out") int out) {
        Random random = new Random(42);
        double scale = Math.sqrt(2.0 / (in + out));
        W = new float[in][out];
        for (int i = 0; i < in; i++) {
            for (int j = 0; j < out; j++) {
                W[i][j] = (float) (scale * random.nextGaussian());
            }
        }
        b = new float[out];
    }

    /**
     * Compute the affine map of a batch.
     *
     * @param x the input, shape [batch][in], never null
     * @return the output, shape [batch][out]
     * @since 0.1
     */
    @Forward
    public float[][] forward(@Shape({"batch", "in"}) float[][] x) {
        input = x;
        float[][] y = new float[x.length][b.length];
        for (int n = 0; n < x.length; n++) {
            for (int j = 0; j < b.length; j++) {
                y[n][j] = b[j] + columnDot(x[n], j);
            }
        }
        return y;
    }

    /**
     * Set dW and db and compute the input gradient.
     *
     * @param dOut the gradient with respect to the output, shape [batch][out], never null
     * @return the gradient with respect to the input, shape [batch][in]
     * @since 0.1
     */
    @Backward
    public float[][] backward(float[][] dOut) {
        dW = new float[W.length][b.length];
        db = new float[b.length];
        float[][] dx = new float[dOut.length][W.length];
        for (int n = 0; n < dOut.length; n++) {
            accumulateSample(input[n], dOut[n], dx[n]);
        }
        return dx;
    }

    /** Return the product of one input row with column j of W. */
    private float columnDot(float[] row, int j) {
        float sum = 0f;
        for (int i = 0; i < row.length; i++) {
            sum += row[i] * W[i][j];
        }
        return sum;
    }

    private void accumulateSample(float[] x, float[] upstream, float[] dx) {
        for (int j = 0; j < upstream.length; j++) {
            db[j] += upstream[j];
            for (int i = 0; i < x.length; i++) {
                dW[i][j] += x[i] * upstream[j];
                dx[i] += W[i][j] * upstream[j];
            }
        }
    }
}
