package io.github.gradcheck.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Writing style of a backward pass for a parameter's gradient field, found by calling it twice
 * without zeroing the field in between.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum GradientStyle {

    /** The second call leaves the same gradient: the field is assigned or reset on each call. */
    OVERWRITES,

    /** The second call doubles the gradient: the field is added to, so the caller must zero it. */
    ACCUMULATES,

    /** The gradient is zero at the checked point, so the two styles look the same. */
    UNDETERMINED,

    /** The second call gives neither the same nor twice the gradient: the backward pass keeps state. */
    INCONSISTENT
}
