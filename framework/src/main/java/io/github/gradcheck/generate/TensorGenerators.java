package io.github.gradcheck.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.tensor.Tensor;
import java.util.Objects;
import java.util.function.IntToDoubleFunction;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * Fills new {@code double} or {@code float} arrays of a given shape with random values.
 *
 * <p>Every method draws only from the generator it is given, so the same seed gives the same
 * array. Any property engine can call these methods with its own {@link RandomGenerator}.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TensorGenerators {

    private TensorGenerators() {
    }

    /**
     * Fill an array with independent standard normal values.
     *
     * @param random the source, never null
     * @param type   the array class, such as {@code double[][].class}, never null
     * @param shape  one size per dimension, never null
     * @return the new array
     * @since 0.1
     */
    public static Object normal(RandomGenerator random, Class<?> type, int[] shape) {
        return fill(type, shape, index -> random.nextGaussian());
    }

    /**
     * Fill an array with independent values uniform in {@code [low, high)}.
     *
     * @param random the source, never null
     * @param type   the array class, never null
     * @param shape  one size per dimension, never null
     * @param low    the inclusive lower bound
     * @param high   the exclusive upper bound, above {@code low}
     * @return the new array
     * @since 0.1
     */
    public static Object uniform(RandomGenerator random, Class<?> type, int[] shape, double low, double high) {
        return fill(type, shape, index -> random.nextDouble(low, high));
    }

    /**
     * Fill an array with values 0 or 1, each 1 with probability one half.
     *
     * @param random the source, never null
     * @param type   the array class, never null
     * @param shape  one size per dimension, never null
     * @return the new array
     * @since 0.1
     */
    public static Object binary(RandomGenerator random, Class<?> type, int[] shape) {
        return fill(type, shape, index -> random.nextBoolean() ? 1.0 : 0.0);
    }

    /**
     * Fill an array with one-hot rows: along the last axis, one element is 1 and the rest 0.
     *
     * @param random the source, never null
     * @param type   the array class, never null
     * @param shape  one size per dimension, never null
     * @return the new array
     * @since 0.1
     */
    public static Object oneHot(RandomGenerator random, Class<?> type, int[] shape) {
        Object array = fill(type, shape, index -> 0.0);
        Tensor tensor = Tensor.of(array);
        int classes = shape[shape.length - 1];
        for (int row = 0; row < tensor.size() / classes; row++) {
            tensor.set(row * classes + random.nextInt(classes), 1.0);
        }
        return array;
    }

    /**
     * Draw class indices uniform in {@code [0, classes)}.
     *
     * @param random  the source, never null
     * @param length  the number of labels, at least 1
     * @param classes the number of classes, at least 1
     * @return the new array
     * @since 0.1
     */
    public static int[] labels(RandomGenerator random, int length, int classes) {
        int[] labels = new int[length];
        for (int i = 0; i < length; i++) {
            labels[i] = random.nextInt(classes);
        }
        return labels;
    }

    /**
     * Allocate an array and set each element, in row-major order, from a function of its position.
     *
     * @param type   the array class, such as {@code double[][].class}, never null
     * @param shape  one size per dimension, never null
     * @param values the value of each row-major position, never null
     * @return the new array
     * @since 0.1
     */
    public static Object fill(Class<?> type, int[] shape, IntToDoubleFunction values) {
        Objects.requireNonNull(type, "type");
        Object array = Tensor.allocate(type, shape);
        Tensor tensor = Tensor.of(array);
        for (int i = 0; i < tensor.size(); i++) {
            tensor.set(i, values.applyAsDouble(i));
        }
        return array;
    }
}
