package io.github.gradcheck.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * Draws one value from a {@link RandomGenerator}.
 *
 * <p>A generator keeps no state of its own: the same generator state gives the same value. That
 * is what lets gradcheck's property runner, or any other property engine, reproduce a case from
 * a seed. {@link java.util.Random} and {@link java.util.SplittableRandom} both implement
 * {@code RandomGenerator}, so an engine that hands out either can call a generator directly.
 *
 * @param <T> the type of the generated values
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface Generator<T> {

    /**
     * Draw the next value.
     *
     * @param random the source of randomness, never null
     * @return the value, never null
     * @since 0.1
     */
    T next(RandomGenerator random);

    /**
     * Return a generator that transforms each value of this one.
     *
     * @param mapper the transformation, never null
     * @param <R>    the type of the transformed values
     * @return the new generator
     * @since 0.1
     */
    default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return random -> mapper.apply(next(random));
    }

    /**
     * Return a generator that draws again until a value satisfies a constraint, such as
     * {@code dimensions -> dimensions.get("window") > dimensions.get("stride")}.
     *
     * @param constraint  the condition a value must meet, never null
     * @param maxAttempts the number of draws before giving up, at least 1
     * @return the new generator; its {@code next} throws {@link IllegalStateException} when no
     *     draw out of {@code maxAttempts} meets the constraint
     * @throws IllegalArgumentException if {@code maxAttempts} is below 1
     * @since 0.1
     */
    default Generator<T> filter(Predicate<? super T> constraint, int maxAttempts) {
        Objects.requireNonNull(constraint, "constraint");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("Cannot filter with [" + maxAttempts + "] attempts; give at least 1.");
        }
        return random -> {
            T value = null;
            for (int attempt = 0; attempt < maxAttempts; attempt++) {
                value = next(random);
                if (constraint.test(value)) {
                    return value;
                }
            }
            throw new IllegalStateException("Cannot generate a value that meets the constraint: " + maxAttempts
                    + " draws in a row failed it, the last one [" + value + "]; widen the bounds or relax the "
                    + "constraint.");
        };
    }
}
