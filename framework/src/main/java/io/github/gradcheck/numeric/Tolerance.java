package io.github.gradcheck.numeric;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Per-element acceptance test: the numeric and analytic values agree when
 * {@code |n - a| <= absolute + relative * max(|n|, |a|)}.
 *
 * <p>The absolute part is the noise floor of the numeric gradient, so gradients that are zero up
 * to rounding compare equal; the relative part scales with the gradient.
 *
 * @param absolute the absolute floor in gradient units, at least 0
 * @param relative the relative tolerance, at least 0
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Tolerance(double absolute, double relative) {

    /**
     * Tell whether two values agree.
     *
     * @param numeric  the numeric value
     * @param analytic the analytic value
     * @return {@code true} when the gap is within the tolerance; {@code false} for NaN
     * @since 0.1
     */
    public boolean accepts(double numeric, double analytic) {
        return Math.abs(numeric - analytic) <= bound(numeric, analytic);
    }

    /**
     * Return the largest accepted gap for two values.
     *
     * @param numeric  the numeric value
     * @param analytic the analytic value
     * @return {@code absolute + relative * max(|n|, |a|)}
     * @since 0.1
     */
    public double bound(double numeric, double analytic) {
        return absolute + relative * Math.max(Math.abs(numeric), Math.abs(analytic));
    }
}
