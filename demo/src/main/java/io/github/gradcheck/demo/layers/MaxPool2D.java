package io.github.gradcheck.demo.layers;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Dim;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.Shape;

/**
 * Two-dimensional max pooling with a square window, over inputs of shape
 * [batch][channels][height][width] and without padding.
 *
 * <p>A stride smaller than the window makes windows overlap, so one input can be the maximum of
 * several windows. The backward pass therefore adds each window's upstream gradient to the input
 * gradient at that window's maximum. Ties go to the first maximum in row-major order.
 *
 * <p>The class bounds the generated height to [3, 6] and width to [3, 7], and the window to
 * [2, 3], so every window fits inside the input. A window of 1 would copy the input.
 *
 * @since 0.1
 */
@Differentiable
@Dim(value = "height", min = 3, max = 6)
@Dim(value = "width", min = 3, max = 7)
public class MaxPool2D {

    private final int window;
    private final int stride;
    private int inputHeight;
    private int inputWidth;
    /** Row-major position {@code row·inputWidth + column} of each window's maximum. */
    private int[][][][] maxPositions;

    /**
     * Create a pooling layer.
     *
     * @param window the window height and width, at least 1
     * @param stride the step between windows, at least 1
     * @throws IllegalArgumentException if the window or the stride is below 1
     * @since 0.1
     */
    public MaxPool2D(@Dim(value = "window", min = 2, max = 3) int window,
            @Dim(value = "stride", max = 2) int stride) {

        if (window < 1 || stride < 1) {
            throw new IllegalArgumentException("Cannot create MaxPool2D with window [" + window
                    + "] and stride [" + stride + "]. Pass a window and a stride of at least 1.");
        }
        this.window = window;
        this.stride = stride;
    }

    /**
     * Take the maximum of each window.
     *
     * @param x the input, shape [batch][channels][height][width], never null
     * @return the output, shape [batch][channels][outHeight][outWidth], with
     *     {@code outHeight = (height - window) / stride + 1} and the same for the width
     * @since 0.1
     */
    @Forward
    public double[][][][] forward(
            @Shape({"batch", "channels", "height", "width"}) double[][][][] x) {

        inputHeight = x[0][0].length;
        inputWidth = x[0][0][0].length;
        int outHeight = (inputHeight - window) / stride + 1;
        int outWidth = (inputWidth - window) / stride + 1;
        double[][][][] y = new double[x.length][x[0].length][outHeight][outWidth];
        maxPositions = new int[x.length][x[0].length][outHeight][outWidth];
        for (int n = 0; n < x.length; n++) {
            for (int c = 0; c < x[n].length; c++) {
                poolChannel(x[n][c], y[n][c], maxPositions[n][c]);
            }
        }
        return y;
    }

    /**
     * Route each window's upstream gradient to that window's maximum.
     *
     * @param dOut the gradient with respect to the output, shape
     *     [batch][channels][outHeight][outWidth], never null
     * @return the gradient with respect to the input, shape [batch][channels][height][width]
     * @since 0.1
     */
    @Backward
    public double[][][][] backward(double[][][][] dOut) {
        double[][][][] dx = new double[dOut.length][dOut[0].length][inputHeight][inputWidth];
        for (int n = 0; n < dOut.length; n++) {
            for (int c = 0; c < dOut[n].length; c++) {
                routeChannel(dOut[n][c], maxPositions[n][c], dx[n][c]);
            }
        }
        return dx;
    }

    private void poolChannel(double[][] channel, double[][] pooled, int[][] positions) {
        for (int i = 0; i < pooled.length; i++) {
            for (int j = 0; j < pooled[i].length; j++) {
                int position = maxPosition(channel, i * stride, j * stride);
                positions[i][j] = position;
                pooled[i][j] = channel[position / inputWidth][position % inputWidth];
            }
        }
    }

    private int maxPosition(double[][] channel, int top, int left) {
        int best = top * inputWidth + left;
        for (int r = top; r < top + window; r++) {
            for (int q = left; q < left + window; q++) {
                if (channel[r][q] > channel[best / inputWidth][best % inputWidth]) {
                    best = r * inputWidth + q;
                }
            }
        }
        return best;
    }

    private void routeChannel(double[][] upstream, int[][] positions, double[][] dChannel) {
        for (int i = 0; i < upstream.length; i++) {
            for (int j = 0; j < upstream[i].length; j++) {
                int position = positions[i][j];
                dChannel[position / inputWidth][position % inputWidth] += upstream[i][j];
            }
        }
    }
}
