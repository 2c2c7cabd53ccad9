package io.github.gradcheck.diagnose;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Pattern that a {@link Hint} recognised in the numbers of a failed gradient check.
 *
 * <p>Each constant documents what {@link Hint#factor()} contains for it. Kinds without a factor
 * leave it empty.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum HintKind {

    /**
     * Every failing tensor is the same constant multiple of its numeric gradient, and no tensor
     * agrees, so the loss and its gradient are scaled differently rather than one layer being
     * wrong. Factor: analytic / numeric.
     */
    LOSS_SCALING,

    /**
     * The analytic gradient is a positive constant multiple of the numeric one at every entry,
     * such as a dropped factor 2 or a mean where the loss sums. Factor: analytic / numeric.
     */
    CONSTANT_RATIO,

    /**
     * The analytic gradient is a negative constant multiple of the numeric one, usually exactly
     * -1. Factor: analytic / numeric.
     */
    SIGN_FLIP,

    /** The analytic gradient is zero at every entry while the numeric one is not. */
    ALL_ZERO,

    /**
     * The numeric gradient is zero within its noise at every entry while the analytic one is
     * not, so the checked value does not affect the loss.
     */
    NUMERIC_ZERO,

    /**
     * The gap {@code analytic - numeric} is a constant multiple of the checked values, the
     * signature of a regularization term with the wrong factor. Factor: the constant c in
     * {@code analytic - numeric = c * value}.
     */
    PROPORTIONAL_TO_PARAMETER,

    /** The analytic gradient equals the numeric one with two axes swapped. */
    TRANSPOSED,

    /** The analytic gradient equals the numeric one reversed along its innermost axes. */
    FLIPPED,

    /**
     * The analytic gradient is constant along one axis while the numeric one varies, as when a
     * gradient is reduced over one axis too many and broadcast back.
     */
    COLLAPSED_AXIS,

    /**
     * The numeric gradient sums to zero along an axis in every slice and the analytic one does
     * not, so terms that couple the entries of that axis are missing.
     */
    BROKEN_ZERO_SUM,

    /**
     * The numeric gradient is an integer multiple of the analytic one at the failing entries and
     * the other entries agree, as when a scatter assigns where it should add. Factor: numeric /
     * analytic when that integer is the same at every failing entry.
     */
    INTEGER_RATIO_AT_SOME_ENTRIES,

    /** The mismatches lie in some indices of the outermost axis, and the other indices agree. */
    CONFINED_TO_ROWS,

    /** The mismatches lie in some indices of the innermost axis, and the other indices agree. */
    CONFINED_TO_COLUMNS,

    /** The mismatches lie in some indices of a middle axis, and the other indices agree. */
    CONFINED_TO_SLICES,

    /** The mismatches are the entries whose checked value has one sign, and the others agree. */
    CONFINED_TO_SIGN,

    /** Only some entries mismatch, with no simpler structure, and the others agree. */
    SOME_ENTRIES,

    /** The loss was not finite at a perturbed point, so some numeric values are missing. */
    NON_FINITE,

    /** Errors that follow none of the other patterns, reported with the best single factor. */
    NO_COMMON_FACTOR
}
