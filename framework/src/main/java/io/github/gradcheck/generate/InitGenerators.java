package io.github.gradcheck.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * Draws initial weights after an {@link InitRule}: normal values of mean 0 and variance
 * {@code gain / fanIn}.
 *
 * <pre>{@code
 * double[][] w = (double[][]) InitGenerators.he(random, double[][].class, new int[] {in, out}, in);
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InitGenerators {

    private InitGenerators() {
    }

    /**
     * Draw weights with variance {@code 1 / fanIn}.
     *
     * @param random the source, never null
     * @param type   the array class, such as {@code double[][].class}, never null
     * @param shape  one size per dimension, never null
     * @param fanIn  the number of inputs that each output sums, at least 1
     * @return the new array
     * @since 0.1
     */
    public static Object xavier(RandomGenerator random, Class<?> type, int[] shape, int fanIn) {
        return of(InitRule.XAVIER, random, type, shape, fanIn);
    }

    /**
     * Draw weights with variance {@code 2 / fanIn}.
     *
     * @param random the source, never null
     * @param type   the array class, such as {@code double[][].class}, never null
     * @param shape  one size per dimension, never null
     * @param fanIn  the number of inputs that each output sums, at least 1
     * @return the new array
     * @since 0.1
     */
    public static Object he(RandomGenerator random, Class<?> type, int[] shape, int fanIn) {
        return of(InitRule.HE, random, type, shape, fanIn);
    }

    /**
     * Draw weights after a rule.
     *
     * @param rule   the rule, never null
     * @param random the source, never null
     * @param type   the array class, never null
     * @param shape  one size per dimension, never null
     * @param fanIn  the number of inputs that each output sums, at least 1
     * @return the new array
     * @throws IllegalArgumentException if the fan-in is below 1
     * @since 0.1
     */
    public static Object of(InitRule rule, RandomGenerator random, Class<?> type, int[] shape, int fanIn) {
        Objects.requireNonNull(rule, "rule");
        return TensorGenerators.normal(random, type, shape, Math.sqrt(rule.variance(fanIn)));
    }

    /**
     * Return a generator of weights after a rule, for engines that compose generators.
     *
     * @param rule  the rule, never null
     * @param type  the array class, never null
     * @param shape one size per dimension, never null
     * @param fanIn the number of inputs that each output sums, at least 1
     * @return the generator
     * @since 0.1
     */
    public static Generator<Object> generator(InitRule rule, Class<?> type, int[] shape, int fanIn) {
        double variance = rule.variance(fanIn);
        int[] copy = shape.clone();
        return random -> TensorGenerators.normal(random, type, copy, Math.sqrt(variance));
    }
}
