package io.github.gradcheck.demo.layers;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Dim;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.Param;
import io.github.gradcheck.api.Shape;
import java.util.Arrays;

/**
 * Batch normalization in training mode: {@code y = gamma·(x - mean) / sqrt(variance + epsilon)
 * + beta}, with the mean and the biased variance of each feature taken over the batch.
 *
 * <p>gamma starts at 1 and beta at 0. The forward pass also updates {@link #runningMean} and
 * {@link #runningVariance} for inference, but the training output never reads them.
 * The backward pass assigns new arrays to {@link #dGamma} and {@link #dBeta}. A batch of one
 * normalizes every feature to 0, so the class bounds the generated batch to at least 2.
 *
 * @since 0.1
 */
@Differentiable
@Dim(value = "batch", min = 2)
public class BatchNorm {

    /**
     * Added to the variance before the square root, so a constant feature does not divide by 0.
     *
     * @since 0.1
     */
    public static final double EPSILON = 1e-5;

    /**
     * Weight of the current batch in the running statistics, in [0, 1].
     *
     * @since 0.1
     */
    public static final double MOMENTUM = 0.1;

    /**
     * Scale per feature, length features.
     *
     * @since 0.1
     */
    @Param(gradient = "dGamma")
    public double[] gamma;

    /**
     * Shift per feature, length features.
     *
     * @since 0.1
     */
    @Param(gradient = "dBeta")
    public double[] beta;

    /**
     * Gradient of the loss with respect to {@link #gamma}, set by {@link #backward}.
     *
     * @since 0.1
     */
    public double[] dGamma;

    /**
     * Gradient of the loss with respect to {@link #beta}, set by {@link #backward}.
     *
     * @since 0.1
     */
    public double[] dBeta;

    /**
     * Exponential moving average of the batch means, for inference.
     *
     * @since 0.1
     */
    public double[] runningMean;

    /**
     * Exponential moving average of the biased batch variances, for inference.
     *
     * @since 0.1
     */
    public double[] runningVariance;

    private double[][] normalized;
    private double[] inverseDeviation;

    /**
     * Create a layer with unit scale, zero shift and running statistics of a standard normal.
     *
     * @param features the number of features per sample, at least 1
     * @since 0.1
     */
    public BatchNorm(@Dim("features") int features) {
        gamma = new double[features];
        Arrays.fill(gamma, 1.0);
        beta = new double[features];
        runningMean = new double[features];
        runningVariance = new double[features];
        Arrays.fill(runningVariance, 1.0);
    }

    /**
     * Normalize each feature with the statistics of this batch, then scale and shift it.
     *
     * @param x the input, shape [batch][features], never null
     * @return the output, shape [batch][features]
     * @since 0.1
     */
    @Forward
    public double[][] forward(@Shape({"batch", "features"}) double[][] x) {
        double[] mean = featureMeans(x);
        double[] variance = featureVariances(x, mean);
        inverseDeviation = new double[gamma.length];
        for (int j = 0; j < gamma.length; j++) {
            inverseDeviation[j] = 1.0 / Math.sqrt(variance[j] + EPSILON);
        }

        normalized = new double[x.length][gamma.length];
        double[][] y = new double[x.length][gamma.length];
        for (int n = 0; n < x.length; n++) {
            for (int j = 0; j < gamma.length; j++) {
                normalized[n][j] = (x[n][j] - mean[j]) * inverseDeviation[j];
                y[n][j] = gamma[j] * normalized[n][j] + beta[j];
            }
        }
        updateRunningStatistics(mean, variance);
        return y;
    }

    /**
     * Set dGamma and dBeta and compute the input gradient through the batch statistics.
     *
     * <p>With {@code x̂} the normalized input and B the batch size, the input gradient is
     * {@code gamma / (B·sqrt(variance + epsilon)) · (B·g - Σ g - x̂·Σ(g·x̂))}, sums taken over
     * the batch.
     *
     * @param dOut the gradient with respect to the output, shape [batch][features], never null
     * @return the gradient with respect to the input, shape [batch][features]
     * @since 0.1
     */
    @Backward
    public double[][] backward(double[][] dOut) {
        int batch = dOut.length;
        dGamma = new double[gamma.length];
        dBeta = new double[gamma.length];
        for (int n = 0; n < batch; n++) {
            for (int j = 0; j < gamma.length; j++) {
                dGamma[j] += dOut[n][j] * normalized[n][j];
                dBeta[j] += dOut[n][j];
            }
        }

        double[][] dx = new double[batch][gamma.length];
        for (int n = 0; n < batch; n++) {
            for (int j = 0; j < gamma.length; j++) {
                double centered = batch * dOut[n][j] - dBeta[j] - normalized[n][j] * dGamma[j];
                dx[n][j] = gamma[j] * inverseDeviation[j] / batch * centered;
            }
        }
        return dx;
    }

    private double[] featureMeans(double[][] x) {
        double[] mean = new double[gamma.length];
        for (double[] sample : x) {
            for (int j = 0; j < gamma.length; j++) {
                mean[j] += sample[j] / x.length;
            }
        }
        return mean;
    }

    private double[] featureVariances(double[][] x, double[] mean) {
        double[] variance = new double[gamma.length];
        for (double[] sample : x) {
            for (int j = 0; j < gamma.length; j++) {
                double deviation = sample[j] - mean[j];
                variance[j] += deviation * deviation / x.length;
            }
        }
        return variance;
    }

    private void updateRunningStatistics(double[] mean, double[] variance) {
        for (int j = 0; j < gamma.length; j++) {
            runningMean[j] = (1.0 - MOMENTUM) * runningMean[j] + MOMENTUM * mean[j];
            runningVariance[j] = (1.0 - MOMENTUM) * runningVariance[j] + MOMENTUM * variance[j];
        }
    }
}
