package io.github.gradcheck.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.numeric.Metrics;
import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * Comparison of one tensor element.
 *
 * @param position the row-major position
 * @param index    one index per dimension, outermost first
 * @param numeric  the numeric gradient
 * @param analytic the analytic gradient
 * @param bound    the largest gap the tolerance accepts for these two values
 * @param status   the outcome
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ElementReport(int position, int[] index, double numeric, double analytic, double bound,
        ElementStatus status) {

    /**
     * Return the absolute difference.
     *
     * @return {@code |numeric - analytic|}
     * @since 0.1
     */
    public double absoluteDifference() {
        return Math.abs(numeric - analytic);
    }

    /**
     * Return the relative error.
     *
     * @return {@code |n - a| / max(|n|, |a|, 1e-8)}
     * @since 0.1
     */
    public double relativeError() {
        return Metrics.relativeError(numeric, analytic);
    }

    /**
     * Return how many times the gap exceeds the accepted bound.
     *
     * @return the gap divided by the bound; infinite for a non-finite numeric value
     * @since 0.1
     */
    public double excess() {
        if (!Double.isFinite(numeric) || !Double.isFinite(analytic)) {
            return Double.POSITIVE_INFINITY;
        }
        return bound > 0.0 ? absoluteDifference() / bound : absoluteDifference() > 0.0 ? Double.MAX_VALUE : 0.0;
    }

    /**
     * Format the index as {@code [1, 2]}.
     *
     * @return the text
     * @since 0.1
     */
    public String indexText() {
        return Arrays.toString(index);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ElementReport that && position == that.position && Arrays.equals(index, that.index)
                && Double.compare(numeric, that.numeric) == 0 && Double.compare(analytic, that.analytic) == 0
                && Double.compare(bound, that.bound) == 0 && status == that.status;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(index) * 31 + Double.hashCode(numeric) * 17 + Double.hashCode(analytic);
    }

    @Override
    public String toString() {
        return "ElementReport[" + indexText() + ", numeric=" + numeric + ", analytic=" + analytic + ", " + status + "]";
    }
}
