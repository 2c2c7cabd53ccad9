package io.github.gradcheck.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Source of the upstream gradient G that turns an array output y into the checked scalar
 * {@code J = <y, G>}.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Upstream {

    /**
     * Independent standard normal elements, drawn from the check's seed.
     *
     * <p>The default, because an all-ones G sums the output and hides off-diagonal Jacobian
     * terms: for softmax or batch normalization the summed output does not depend on the input
     * at all.
     */
    GAUSSIAN,

    /** Every element 1, so J is the sum of the output. Provided to reproduce the classic check. */
    ONES
}
