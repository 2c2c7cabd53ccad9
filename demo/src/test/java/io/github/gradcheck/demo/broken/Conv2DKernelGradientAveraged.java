package io.github.gradcheck.demo.broken;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Dim;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.Param;
import io.github.gradcheck.api.Shape;
import java.util.Random;

/**
 * Copy of {@link io.github.gradcheck.demo.layers.Conv2D} whose dW is multiplied by
 * {@code 1 / (B·outHeight·outWidth)}, as if the loss were a mean over samples and positions, while
 * the loss sums (fault kind: constant factor). For a batch of 2 and a 3×3 output every dW entry is
 * 1/18 of the right value. db and dx are right, and a batch of 1 with a 1×1 output hides the fault.
 */
@Differentiable
@Dim(value = "height", min = 3, max = 6)
@Dim(value = "width", min = 4, max = 7)
public class Conv2DKernelGradientAveraged {

    /**
     * Kernels, shape [filters][channels][kernel][kernel].
     *
     * @since 0.1
     */
    @Param
    public double[][][][] W;

    /**
     * Bias per filter, length filters.
     *
     * @since 0.1
     */
    @Param
    public double[] b;

    /**
     * Gradient of the loss with respect to {@link #W}, accumulated by {@link #backward}.
     *
     * @since 0.1
     */
    public double[][][][] dW;

    /**
     * Gradient of the loss with respect to {@link #b}, accumulated by {@link #backward}.
     *
     * @since 0.1
     */
    public double[] db;

    private final int stride;
    private final int padding;
    private double[][][][] paddedInput;

    /**
     * Create a layer with He-scaled kernels and zero bias.
     *
     * <p>Dimension sizes start at 1, so generated cases always pad by at least 1. A padding of 0
     * works, but only when passed directly.
     *
     * @param channels the number of input channels, at least 1
     * @param filters  the number of output channels, at least 1
     * @param kernel   the kernel height and width, at least 1
     * @param stride   the step between kernel positions, at least 1
     * @param padding  the number of zero rows and columns added on each side, at least 0
     * @throws IllegalArgumentException if a size is out of range
     * @since 0.1
     */
    public Conv2DKernelGradientAveraged(@Dim("channels") int channels, @Dim("filters") int filters,
            @Dim(value = "kernel", max = 3) int kernel, @Dim(value = "stride", max = 2) int stride,
            @Dim(value = "padding", max = 2) int padding) {

        requireAtLeast("kernel", kernel, 1);
        requireAtLeast("stride", stride, 1);
        requireAtLeast("padding", padding, 0);
        this.stride = stride;
        this.padding = padding;

        Random random = new Random(42);
        double scale = Math.sqrt(2.0 / (channels * kernel * kernel));
        W = new double[filters][channels][kernel][kernel];
        for (double[][][] filter : W) {
            for (double[][] channel : filter) {
                fillGaussian(channel, scale, random);
            }
        }
        b = new double[filters];
        dW = new double[filters][channels][kernel][kernel];
        db = new double[filters];
    }

    /**
     * Correlate each kernel with the zero-padded input.
     *
     * @param x the input, shape [batch][channels][height][width], never null
     * @return the output, shape [batch][filters][outHeight][outWidth]
     * @since 0.1
     */
    @Forward
    public double[][][][] forward(
            @Shape({"batch", "channels", "height", "width"}) double[][][][] x) {

        paddedInput = pad(x);
        int outHeight = outputSize(x[0][0].length);
        int outWidth = outputSize(x[0][0][0].length);
        double[][][][] y = new double[x.length][W.length][outHeight][outWidth];
        for (int n = 0; n < x.length; n++) {
            for (int f = 0; f < W.length; f++) {
                fillFeatureMap(paddedInput[n], f, y[n][f]);
            }
        }
        return y;
    }

    /**
     * Add to dW and db and compute the input gradient.
     *
     * @param dOut the gradient with respect to the output, shape
     *     [batch][filters][outHeight][outWidth], never null
     * @return the gradient with respect to the input, shape [batch][channels][height][width]
     * @since 0.1
     */
    @Backward
    public double[][][][] backward(double[][][][] dOut) {
        double meanScale = 1.0 / (dOut.length * dOut[0][0].length * dOut[0][0][0].length);
        double[][][][] dPadded = new double[paddedInput.length][][][];
        for (int n = 0; n < dOut.length; n++) {
            dPadded[n] = zerosLike(paddedInput[n]);
            for (int f = 0; f < W.length; f++) {
                db[f] += sum(dOut[n][f]);
                accumulateKernelGradient(paddedInput[n], dOut[n][f], dW[f], meanScale);
                accumulateInputGradient(dOut[n][f], W[f], dPadded[n]);
            }
        }
        return crop(dPadded);
    }

    private void fillFeatureMap(double[][][] image, int f, double[][] featureMap) {
        for (int i = 0; i < featureMap.length; i++) {
            for (int j = 0; j < featureMap[i].length; j++) {
                featureMap[i][j] = b[f] + correlateWindow(image, W[f], i * stride, j * stride);
            }
        }
    }

    private static double correlateWindow(double[][][] image, double[][][] kernel, int top,
            int left) {

        double sum = 0.0;
        for (int c = 0; c < kernel.length; c++) {
            for (int ki = 0; ki < kernel[c].length; ki++) {
                for (int kj = 0; kj < kernel[c][ki].length; kj++) {
                    sum += kernel[c][ki][kj] * image[c][top + ki][left + kj];
                }
            }
        }
        return sum;
    }

    private void accumulateKernelGradient(double[][][] image, double[][] upstream,
            double[][][] dKernel, double scale) {

        for (int c = 0; c < dKernel.length; c++) {
            for (int ki = 0; ki < dKernel[c].length; ki++) {
                for (int kj = 0; kj < dKernel[c][ki].length; kj++) {
                    dKernel[c][ki][kj] += scale * correlateUpstream(image[c], upstream, ki, kj);
                }
            }
        }
    }

    /** Sum, over output positions, the upstream gradient times the input under tap (ki, kj). */
    private double correlateUpstream(double[][] channel, double[][] upstream, int ki, int kj) {
        double sum = 0.0;
        for (int i = 0; i < upstream.length; i++) {
            for (int j = 0; j < upstream[i].length; j++) {
                sum += upstream[i][j] * channel[i * stride + ki][j * stride + kj];
            }
        }
        return sum;
    }

    private void accumulateInputGradient(double[][] upstream, double[][][] kernel,
            double[][][] dImage) {

        for (int c = 0; c < kernel.length; c++) {
            for (int ki = 0; ki < kernel[c].length; ki++) {
                for (int kj = 0; kj < kernel[c][ki].length; kj++) {
                    scatterTap(upstream, kernel[c][ki][kj], dImage[c], ki, kj);
                }
            }
        }
    }

    /** Add the upstream gradient times one kernel weight to the input gradient under that tap. */
    private void scatterTap(double[][] upstream, double weight, double[][] dChannel, int ki,
            int kj) {

        for (int i = 0; i < upstream.length; i++) {
            for (int j = 0; j < upstream[i].length; j++) {
                dChannel[i * stride + ki][j * stride + kj] += upstream[i][j] * weight;
            }
        }
    }

    private int outputSize(int inputSize) {
        int kernel = W[0][0].length;
        return (inputSize + 2 * padding - kernel) / stride + 1;
    }

    private double[][][][] pad(double[][][][] x) {
        double[][][][] padded = new double[x.length][x[0].length][][];
        for (int n = 0; n < x.length; n++) {
            for (int c = 0; c < x[n].length; c++) {
                padded[n][c] = padChannel(x[n][c]);
            }
        }
        return padded;
    }

    private double[][] padChannel(double[][] channel) {
        int width = channel[0].length;
        double[][] padded = new double[channel.length + 2 * padding][width + 2 * padding];
        for (int r = 0; r < channel.length; r++) {
            System.arraycopy(channel[r], 0, padded[r + padding], padding, width);
        }
        return padded;
    }

    private double[][][][] crop(double[][][][] dPadded) {
        double[][][][] dx = new double[dPadded.length][dPadded[0].length][][];
        for (int n = 0; n < dPadded.length; n++) {
            for (int c = 0; c < dPadded[n].length; c++) {
                dx[n][c] = cropChannel(dPadded[n][c]);
            }
        }
        return dx;
    }

    private double[][] cropChannel(double[][] padded) {
        int height = padded.length - 2 * padding;
        int width = padded[0].length - 2 * padding;
        double[][] channel = new double[height][width];
        for (int r = 0; r < height; r++) {
            System.arraycopy(padded[r + padding], padding, channel[r], 0, width);
        }
        return channel;
    }

    private static double[][][] zerosLike(double[][][] image) {
        return new double[image.length][image[0].length][image[0][0].length];
    }

    private static double sum(double[][] values) {
        double total = 0.0;
        for (double[] row : values) {
            for (double value : row) {
                total += value;
            }
        }
        return total;
    }

    private static void fillGaussian(double[][] values, double scale, Random random) {
        for (double[] row : values) {
            for (int j = 0; j < row.length; j++) {
                row[j] = scale * random.nextGaussian();
            }
        }
    }

    private static void requireAtLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(
                    "Cannot create Conv2DKernelGradientAveraged with "
                    + name + " [" + value
                    + "]. Pass a " + name + " of at least " + min + ".");
        }
    }
}
