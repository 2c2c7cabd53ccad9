package io.github.gradcheck.demo.bench;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Dim;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.Param;
import io.github.gradcheck.api.Shape;

/**
 * Element-wise scale layer {@code y = w ⊙ x} that allocates nothing after construction.
 *
 * <p>The forward pass writes into one output array and the backward pass into the existing dw
 * and dx arrays, all allocated by the constructor, so every byte a check allocates comes from the
 * framework. Each call overwrites the array the previous call returned; the checker reads an
 * output before the next forward pass and copies the gradients it keeps.
 *
 * @since 0.1
 */
@Differentiable
public class ElementwiseScale {

    /**
     * Scale per element, length n.
     *
     * @since 0.1
     */
    @Param
    public double[] w;

    /**
     * Gradient of the loss with respect to {@link #w}, overwritten by {@link #backward}.
     *
     * @since 0.1
     */
    public double[] dw;

    /**
     * Counter read at the start of every forward pass, or null to read none.
     *
     * @since 0.1
     */
    public ForwardAllocationCounter counter;

    private final double[] output;
    private final double[] dx;
    private double[] input;

    /**
     * Create a layer with scales between 0.5 and 2 that repeat every 7 elements.
     *
     * @param n the number of elements, at least 1
     * @since 0.1
     */
    public ElementwiseScale(@Dim("n") int n) {
        w = new double[n];
        dw = new double[n];
        output = new double[n];
        dx = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 0.5 + 0.25 * (i % 7);
        }
    }

    /**
     * Scale the input element by element.
     *
     * @param x the input, length n, never null
     * @return the output array of this layer, overwritten by the next call
     * @since 0.1
     */
    @Forward
    public double[] forward(@Shape("n") double[] x) {
        if (counter != null) {
            counter.mark();
        }
        input = x;
        for (int i = 0; i < w.length; i++) {
            output[i] = w[i] * x[i];
        }
        return output;
    }

    /**
     * Write dw into its existing array and compute the input gradient.
     *
     * @param dOut the gradient with respect to the output, length n, never null
     * @return the input gradient array of this layer, overwritten by the next call
     * @since 0.1
     */
    @Backward
    public double[] backward(double[] dOut) {
        for (int i = 0; i < w.length; i++) {
            dw[i] = dOut[i] * input[i];
            dx[i] = dOut[i] * w[i];
        }
        return dx;
    }
}
