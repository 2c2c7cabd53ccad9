package io.github.gradcheck.demo.broken;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Dim;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.Shape;

/**
 * Copy of {@link io.github.gradcheck.demo.layers.MaxPool2D} whose backward pass assigns each
 * window's upstream gradient to the input gradient at the window's maximum instead of adding it
 * (fault kind: scatter without +=). When windows overlap, an input that is the maximum of several
 * windows keeps only the gradient of the last one. With window 2 and stride 1 over the 2×3 input
 * [[1, 3, 2], [-9, -9, -9]] and J = Σy both windows pick the 3, so the right dx row 0 is [0, 2, 0]
 * and this class gives [0, 1, 0]. Row 1 is 0 in both. Over [[5, 3, 1, 2, 5], [-9, -9, -9, -9, -9]]
 * no two windows share a maximum, so this class gives the right [1, 1, 0, 1, 1]. A stride equal to
 * the window hides the fault.
 */
@Differentiable
@Dim(value = "height", min = 3, max = 6)
@Dim(value = "width", min = 3, max = 7)
public class MaxPool2DAssignsInsteadOfAccumulating {

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
    public MaxPool2DAssignsInsteadOfAccumulating(
            @Dim(value = "window", min = 2, max = 3) int window,
            @Dim(value = "stride", max = 2) int stride) {

        if (window < 1 || stride < 1) {
            throw new IllegalArgumentException(
                    "Cannot create MaxPool2DAssignsInsteadOfAccumulating with window ["
                    + window
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
                dChannel[position / inputWidth][position % inputWidth] = upstream[i][j];
            }
        }
    }
}
