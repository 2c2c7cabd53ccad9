package io.github.gradcheck.numeric;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Distances between a numeric and an analytic gradient.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Metrics {

    /** Smallest denominator of a per-element relative error, so zero gradients compare as 0. */
    public static final double RELATIVE_ERROR_FLOOR = 1e-8;

    private Metrics() {
    }

    /**
     * Compute the relative difference {@code ||n - a||₂ / (||n||₂ + ||a||₂)} used by the classic
     * gradient-check recipe.
     *
     * @param numeric  the numeric gradient, never null
     * @param analytic the analytic gradient, same length, never null
     * @return a value in [0, 1], 0 when both are zero, NaN when either contains a non-finite value
     * @since 0.1
     */
    public static double relativeDifference(double[] numeric, double[] analytic) {
        double difference = 0.0;
        double numericNorm = 0.0;
        double analyticNorm = 0.0;
        for (int i = 0; i < numeric.length; i++) {
            double gap = numeric[i] - analytic[i];
            difference += gap * gap;
            numericNorm += numeric[i] * numeric[i];
            analyticNorm += analytic[i] * analytic[i];
        }
        double denominator = Math.sqrt(numericNorm) + Math.sqrt(analyticNorm);
        return denominator == 0.0 ? 0.0 : Math.sqrt(difference) / denominator;
    }

    /**
     * Compute the relative error of one element, {@code |n - a| / max(|n|, |a|, 1e-8)}.
     *
     * @param numeric  the numeric value
     * @param analytic the analytic value
     * @return the relative error
     * @since 0.1
     */
    public static double relativeError(double numeric, double analytic) {
        double scale = Math.max(Math.max(Math.abs(numeric), Math.abs(analytic)), RELATIVE_ERROR_FLOOR);
        return Math.abs(numeric - analytic) / scale;
    }

    /**
     * Compute the root mean square of a sequence.
     *
     * @param values the values, never null
     * @return the root mean square, 0 for an empty array
     * @since 0.1
     */
    public static double rootMeanSquare(double[] values) {
        double sum = 0.0;
        for (double value : values) {
            sum += value * value;
        }
        return values.length == 0 ? 0.0 : Math.sqrt(sum / values.length);
    }
}
