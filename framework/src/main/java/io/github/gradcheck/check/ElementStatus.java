package io.github.gradcheck.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Outcome of comparing one element's numeric and analytic gradient.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ElementStatus {

    /** The central difference agrees with the analytic value. */
    AGREES,

    /**
     * The central difference disagreed, but its Richardson extrapolation from steps h and 2h, or
     * the central difference at step h/10 or 10h, agrees. The gap was then not a bug but
     * truncation error of a strongly curved function, a kink within the step, or rounding noise
     * in the layer's own arithmetic.
     */
    AGREES_REFINED,

    /**
     * The disagreement is smaller than the change of the numeric value between steps h and h/10,
     * so it is rounding noise of the numeric gradient, typical for a gradient that is zero up to
     * rounding.
     */
    WITHIN_NOISE,

    /**
     * The one-sided slopes differ and the analytic value lies between them: the step straddles a
     * point where J is not differentiable, such as ReLU at 0 or a tie in a max. Left out of the
     * verdict.
     */
    KINK,

    /** The values disagree beyond the tolerance. */
    MISMATCH,

    /** J was not finite at a perturbed point, so there is no numeric value to compare. */
    NOT_FINITE;

    /**
     * Tell whether this outcome fails the check.
     *
     * @return {@code true} for {@link #MISMATCH} and {@link #NOT_FINITE}
     * @since 0.1
     */
    public boolean fails() {
        return this == MISMATCH || this == NOT_FINITE;
    }
}
