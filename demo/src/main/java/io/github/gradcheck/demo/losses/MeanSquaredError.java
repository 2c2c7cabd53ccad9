package io.github.gradcheck.demo.losses;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.NonDifferentiable;
import io.github.gradcheck.api.NonDifferentiable.Values;
import io.github.gradcheck.api.Shape;

/**
 * Mean squared error over every element: {@code L = (1/(B·F))·Σ (p - t)²} for B samples of F
 * features.
 *
 * @since 0.1
 */
@Differentiable
public class MeanSquaredError {

    private double[][] predictions;
    private double[][] targets;

    /**
     * Create the loss, which has no parameters.
     *
     * @since 0.1
     */
    public MeanSquaredError() {
    }

    /**
     * Compute the mean squared difference between predictions and targets.
     *
     * @param predictions the predicted values, shape [batch][features], never null
     * @param targets     the expected values, shape [batch][features], never null
     * @return the mean squared error, in squared units of the targets
     * @since 0.1
     */
    @Forward
    public double forward(@Shape({"batch", "features"}) double[][] predictions,
            @NonDifferentiable(Values.REAL) @Shape({"batch", "features"}) double[][] targets) {

        this.predictions = predictions;
        this.targets = targets;
        double sum = 0.0;
        for (int n = 0; n < predictions.length; n++) {
            for (int j = 0; j < predictions[n].length; j++) {
                double error = predictions[n][j] - targets[n][j];
                sum += error * error;
            }
        }
        return sum / elementCount();
    }

    /**
     * Compute the gradient {@code 2·(p - t) / (B·F)} with respect to the predictions.
     *
     * @return the gradient, shape [batch][features]
     * @since 0.1
     */
    @Backward
    public double[][] backward() {
        int count = elementCount();
        double[][] dPredictions = new double[predictions.length][];
        for (int n = 0; n < predictions.length; n++) {
            dPredictions[n] = new double[predictions[n].length];
            for (int j = 0; j < predictions[n].length; j++) {
                dPredictions[n][j] = 2.0 * (predictions[n][j] - targets[n][j]) / count;
            }
        }
        return dPredictions;
    }

    private int elementCount() {
        return predictions.length * predictions[0].length;
    }
}
