package io.github.gradcheck.demo.broken;

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
 * Copy of {@link io.github.gradcheck.demo.models.RidgeRegression} whose backward pass adds
 * {@code λ·W} for the penalty {@code λ·ΣW²} instead of its derivative {@code 2λ·W} (fault kind:
 * regularization gradient with the wrong factor). With one weight W = 1, λ = 0.5 and a zero data
 * term, for example x = [[0]], b = 0 and target 0, the right dW is 1.0 and this class gives 0.5:
 * the gap is {@code -λ·W}. db is right because the bias is not penalized, and dx is right.
 */
@Differentiable
public class RidgeRegressionL2GradientMissingFactorTwo {

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
    public RidgeRegressionL2GradientMissingFactorTwo(@Dim("in") int in, @Dim("out") int out) {
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
                dW[i][j] += dataGradient[i][j] + lambda * W[i][j];
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
