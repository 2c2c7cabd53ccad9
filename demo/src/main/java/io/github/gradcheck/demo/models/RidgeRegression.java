package io.github.gradcheck.demo.models;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Dim;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.NonDifferentiable;
import io.github.gradcheck.api.NonDifferentiable.Values;
import io.github.gradcheck.api.Param;
import io.github.gradcheck.api.Shape;
import io.github.gradcheck.demo.Matrices;
import java.util.Random;

/**
 * Linear regression {@code p = x·W + b} with an L2 penalty on the weights, as in scikit-learn's
 * {@code Ridge}: {@code L = Σ (p - t)² + λ·ΣW²}, summed over the batch and the outputs.
 *
 * <p>The bias is not penalized. The gradient of the penalty is {@code 2λ·W}. W starts with
 * Xavier scaling: normal values with standard deviation {@code sqrt(2 / (in + out))}, drawn from
 * a fixed seed. b starts at zero. The backward pass adds into dW and db, so the caller zeroes
 * them before each backward pass.
 *
 * @since 0.1
 */
@Differentiable
public class RidgeRegression {

    /**
     * Strength λ of the L2 penalty, at least 0.
     *
     * @since 0.1
     */
    public double lambda = 0.5;

    /**
     * Weight matrix, shape [in][out].
     *
     * @since 0.1
     */
    @Param(regularized = true)
    public double[][] W;

    /**
     * Bias vector, length out.
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
    public double[][] dW;

    /**
     * Gradient of the loss with respect to {@link #b}, accumulated by {@link #backward}.
     *
     * @since 0.1
     */
    public double[] db;

    private double[][] input;
    private double[][] residuals;

    /**
     * Create the model with Xavier-scaled weights, zero bias and λ = 0.5.
     *
     * @param in  the number of input features, at least 1
     * @param out the number of predicted values per sample, at least 1
     * @since 0.1
     */
    public RidgeRegression(@Dim("in") int in, @Dim("out") int out) {
        Random random = new Random(42);
        double scale = Math.sqrt(2.0 / (in + out));
        W = new double[in][out];
        for (int i = 0; i < in; i++) {
            for (int j = 0; j < out; j++) {
                W[i][j] = scale * random.nextGaussian();
            }
        }
        b = new double[out];
        dW = new double[in][out];
        db = new double[out];
    }

    /**
     * Compute the penalized sum of squared errors of a batch.
     *
     * @param x       the input, shape [batch][in], never null
     * @param targets the expected values, shape [batch][out], never null
     * @return the loss, in squared units of the targets
     * @since 0.1
     */
    @Forward
    public double forward(@Shape({"batch", "in"}) double[][] x,
            @NonDifferentiable(Values.REAL) @Shape({"batch", "out"}) double[][] targets) {

        input = x;
        residuals = Matrices.multiply(x, W);
        double loss = 0.0;
        for (int n = 0; n < x.length; n++) {
            for (int j = 0; j < b.length; j++) {
                residuals[n][j] += b[j] - targets[n][j];
                loss += residuals[n][j] * residuals[n][j];
            }
        }
        return loss + lambda * sumOfSquares(W);
    }

    /**
     * Add to dW and db and compute the input gradient.
     *
     * @return the gradient of the loss with respect to the input, shape [batch][in]
     * @since 0.1
     */
    @Backward
    public double[][] backward() {
        double[][] dPredictions = new double[residuals.length][b.length];
        for (int n = 0; n < residuals.length; n++) {
            for (int j = 0; j < b.length; j++) {
                dPredictions[n][j] = 2.0 * residuals[n][j];
            }
        }

        double[][] dataGradient = Matrices.multiplyTransposeA(input, dPredictions);
        for (int i = 0; i < W.length; i++) {
            for (int j = 0; j < b.length; j++) {
                dW[i][j] += dataGradient[i][j] + 2.0 * lambda * W[i][j];
            }
        }
        double[] biasGradient = Matrices.columnSums(dPredictions);
        for (int j = 0; j < b.length; j++) {
            db[j] += biasGradient[j];
        }
        return Matrices.multiplyTransposeB(dPredictions, W);
    }

    private static double sumOfSquares(double[][] matrix) {
        double sum = 0.0;
        for (double[] row : matrix) {
            for (double value : row) {
                sum += value * value;
            }
        }
        return sum;
    }
}
