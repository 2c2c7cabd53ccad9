package io.github.gradcheck.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.check.LayerDescriptor.Dimension;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Shrinks a failing generated case to the smallest one that still fails: first its dimensions,
 * toward 1 and 2, then its values, toward round numbers.
 *
 * <p>Dimensions shrink greedily, one name at a time in the order of the bounds: for each name the
 * shrinker tries every smaller size from the name's lower bound upward and keeps the first that
 * still fails. It repeats the round until no name shrinks, because one smaller size can free
 * another (a smaller window allows a shorter input). Then it requests simpler values from the
 * target, each {@link Rounding} of {@link Target#roundings()} in order, and keeps the first that
 * still fails. The target regenerates every candidate from the original seed, so the result depends
 * only on the seed and is the same on every run.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Shrinker {

    /** Number of candidates tried before the shrinker stops with the smallest failure so far. */
    public static final int DEFAULT_MAX_ATTEMPTS = 200;

    private final List<Dimension> bounds;
    private final int maxAttempts;

    private Shrinker(List<Dimension> bounds, int maxAttempts) {
        this.bounds = bounds;
        this.maxAttempts = maxAttempts;
    }

    /**
     * Run one candidate case: regenerate it from the original seed with the given sizes and
     * values, and report whether it fails in the same way as the original.
     *
     * @param <C> the failure record, such as a report or an exception
     * @since 0.1
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public interface Target<C> {

        /**
         * Run the candidate.
         *
         * @param dimensions the candidate sizes, never null
         * @param rounding   how far to simplify the generated values, never null
         * @return the failure, or empty when the candidate passes, is rejected by the layer or
         *     fails in another way
         * @since 0.1
         */
        Optional<C> attempt(Dimensions dimensions, Rounding rounding);

        /**
         * List the value simplifications to try after the dimensions, simplest first.
         *
         * @return the roundings; empty when the target cannot simplify values
         * @since 0.1
         */
        default List<Rounding> roundings() {
            return List.of(Rounding.INTEGERS, Rounding.TENTHS);
        }
    }

    /**
     * Create a shrinker for dimensions with the given bounds.
     *
     * @param bounds the dimensions that may shrink, each no lower than its {@code min}; a name
     *               that is not listed keeps its size; never null
     * @return the shrinker
     * @since 0.1
     */
    public static Shrinker of(List<Dimension> bounds) {
        return new Shrinker(List.copyOf(bounds), DEFAULT_MAX_ATTEMPTS);
    }

    /**
     * Return a copy that tries at most a given number of candidates.
     *
     * @param maxAttempts at least 1
     * @return the copy
     * @throws IllegalArgumentException if the number is below 1
     * @since 0.1
     */
    public Shrinker withMaxAttempts(int maxAttempts) {
        return new Shrinker(bounds, checkAttempts(maxAttempts));
    }

    static int checkAttempts(int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("Cannot shrink with [" + maxAttempts + "] attempts; give at least 1.");
        }
        return maxAttempts;
    }

    /**
     * Shrink a failing case.
     *
     * @param seed            the seed the target regenerates candidates from, reported as is
     * @param original        the sizes of the failing case, never null
     * @param originalFailure the failure of the original case, never null
     * @param target          runs candidates, never null
     * @param <C>             the failure record
     * @return the original and the smallest failing case
     * @since 0.1
     */
    public <C> ShrinkResult<C> shrink(long seed, Dimensions original, C originalFailure, Target<C> target) {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(originalFailure, "originalFailure");
        Objects.requireNonNull(target, "target");
        var progress = new Progress<C>(original, originalFailure);
        boolean shrunk = true;
        while (shrunk && progress.attempts < maxAttempts) {
            shrunk = shrinkRound(progress, target);
        }
        for (Rounding rounding : target.roundings()) {
            if (progress.attempts >= maxAttempts) {
                break;
            }
            progress.attempts++;
            Optional<C> failure = target.attempt(progress.dimensions, rounding);
            if (failure.isPresent()) {
                progress.accept(progress.dimensions, rounding, failure.get());
                break;
            }
        }
        return new ShrinkResult<>(seed, original, progress.dimensions, progress.rounding, originalFailure,
                progress.failure, progress.attempts, progress.accepted);
    }

    private <C> boolean shrinkRound(Progress<C> progress, Target<C> target) {
        boolean shrunk = false;
        for (Dimension dimension : bounds) {
            if (progress.dimensions.contains(dimension.name())) {
                shrunk |= shrinkOne(progress, target, dimension);
            }
        }
        return shrunk;
    }

    private <C> boolean shrinkOne(Progress<C> progress, Target<C> target, Dimension dimension) {
        int size = progress.dimensions.get(dimension.name());
        for (int candidate = Math.max(1, dimension.min()); candidate < size; candidate++) {
            if (progress.attempts >= maxAttempts) {
                return false;
            }
            progress.attempts++;
            Dimensions smaller = progress.dimensions.with(dimension.name(), candidate);
            Optional<C> failure = target.attempt(smaller, Rounding.NONE);
            if (failure.isPresent()) {
                progress.accept(smaller, Rounding.NONE, failure.get());
                return true;
            }
        }
        return false;
    }

    /** The smallest failure found so far and the number of candidates tried. */
    private static final class Progress<C> {

        private Dimensions dimensions;
        private Rounding rounding = Rounding.NONE;
        private C failure;
        private int attempts;
        private int accepted;

        private Progress(Dimensions dimensions, C failure) {
            this.dimensions = dimensions;
            this.failure = failure;
        }

        private void accept(Dimensions smaller, Rounding simpler, C smallerFailure) {
            dimensions = smaller;
            rounding = simpler;
            failure = smallerFailure;
            accepted++;
        }
    }
}
