package io.github.gradcheck.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Selection of the elements of each tensor that the numeric pass perturbs.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Mode {

    /** Every element: two forward passes per element. */
    FULL,

    /** A seeded random sample of {@link CheckConfig#samples()} elements per tensor. */
    SAMPLED,

    /**
     * {@link CheckConfig#samples()} random unit directions per tensor, two forward passes each; a
     * tensor whose directional derivatives disagree is swept element by element, which also
     * localizes the mismatch.
     */
    DIRECTIONAL,

    /**
     * {@link #FULL} for tensors of at most {@link CheckConfig#fullSweepLimit()} elements,
     * {@link #DIRECTIONAL} for larger ones.
     */
    AUTO
}
