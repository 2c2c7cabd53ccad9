package io.github.gradcheck.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.numeric.StepPolicy;
import io.github.gradcheck.tensor.ElementType;
import io.github.gradcheck.tensor.Tensor;
import java.util.Objects;
import java.util.function.IntToDoubleFunction;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * Fills new {@code double} or {@code float} arrays of a given shape with random values.
 *
 * <p>Every method draws only from the generator it is given, so the same seed gives the same
 * array. Any property engine can call these methods with its own {@link RandomGenerator}. Each
 * method draws the same number of values from the generator for a given shape.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TensorGenerators {

    /** Share of the scale that {@link #kinkAvoiding} keeps away from 0 at least. */
    public static final double KINK_MARGIN_FRACTION = 1e-2;

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
     * Fill an array with independent normal values of mean 0 and standard deviation {@code scale}.
     *
     * @param random the source, never null
     * @param type   the array class, never null
     * @param shape  one size per dimension, never null
     * @param scale  the standard deviation, positive and finite
     * @return the new array
     * @throws IllegalArgumentException if the scale is not positive and finite
     * @since 0.1
     */
    public static Object normal(RandomGenerator random, Class<?> type, int[] shape, double scale) {
        checkPositive("scale", scale);
        return fill(type, shape, index -> scale * random.nextGaussian());
    }

    /**
     * Fill an array with normal values that keep at least {@link #kinkMargin} away from 0.
     *
     * <p>ReLU, absolute value and hinge losses have a kink at 0. When an element lies within one
     * step of it, the central difference straddles the kink and returns the mean of the two
     * one-sided slopes (half the upstream gradient for a ReLU), so a correct layer fails. Each
     * value is {@code sign(g) * (margin + scale * |g|)} for a standard normal {@code g}.
     *
     * <p>Limitations: only this tensor keeps off the kink. A kink further inside the layer, such
     * as a ReLU after a matrix product, can still fall near 0 for these inputs.
     *
     * @param random the source, never null
     * @param type   the array class, never null
     * @param shape  one size per dimension, never null
     * @param scale  the standard deviation before the shift, positive and finite
     * @return the new array
     * @throws IllegalArgumentException if the scale is not positive and finite
     * @since 0.1
     */
    public static Object kinkAvoiding(RandomGenerator random, Class<?> type, int[] shape, double scale) {
        checkPositive("scale", scale);
        double margin = kinkMargin(Tensor.elementTypeOf(type), scale);
        return fill(type, shape, index -> {
            double gaussian = random.nextGaussian();
            return Math.copySign(margin + scale * Math.abs(gaussian), gaussian);
        });
    }

    /**
     * Return the smallest distance from 0 that {@link #kinkAvoiding} keeps: the larger of 1% of
     * the scale and four default steps of the element type.
     *
     * <p>The default step is {@value StepPolicy#DOUBLE_STEP} for double and
     * {@value StepPolicy#FLOAT_STEP} for float, times the scale when the scale exceeds 1, so the
     * margin is at least four steps wide and the two evaluations of a central difference stay on
     * one side of the kink. The 1% term keeps the margin visible next to the values themselves.
     *
     * @param type  the element type, never null
     * @param scale the scale of the values, positive
     * @return the margin, positive
     * @since 0.1
     */
    public static double kinkMargin(ElementType type, double scale) {
        double step = StepPolicy.step(0.0, type, scale);
        return Math.max(KINK_MARGIN_FRACTION * scale, 4.0 * step);
    }

    /**
     * Fill an array with distinct values, each at least {@code spacing} away from every other.
     *
     * <p>Max pooling, max-out and ranking losses route the gradient to the largest element. When
     * two elements tie or nearly tie, a perturbation of one step can change which one is largest,
     * the numeric gradient jumps, and a correct layer fails. The values are a random permutation
     * of evenly spaced levels {@code 2 * spacing} apart, each moved by less than {@code spacing / 2},
     * and centred on 0, so they span about {@code 2 * spacing} times the number of elements.
     *
     * @param random  the source, never null
     * @param type    the array class, never null
     * @param shape   one size per dimension, never null
     * @param spacing the smallest distance between two values, positive and finite
     * @return the new array
     * @throws IllegalArgumentException if the spacing is not positive and finite
     * @since 0.1
     */
    public static Object spaced(RandomGenerator random, Class<?> type, int[] shape, double spacing) {
        checkPositive("spacing", spacing);
        int[] ranks = permutation(random, sizeOf(shape));
        double center = (ranks.length - 1) / 2.0;
        return fill(type, shape, index -> (2.0 * (ranks[index] - center) + random.nextDouble() - 0.5) * spacing);
    }

    /**
     * Copy an array with every value rounded to the nearest multiple of a unit.
     *
     * @param array a double or float array of rank 1 to 4, never null
     * @param unit  the unit, such as 0.1 or 1, positive and finite
     * @return the new array, of the same type and shape
     * @throws IllegalArgumentException if the unit is not positive and finite
     * @since 0.1
     */
    public static Object round(Object array, double unit) {
        checkPositive("unit", unit);
        Tensor values = Tensor.of(array);
        return fill(array.getClass(), values.shape(), index -> roundTo(values.get(index), unit));
    }

    static double roundTo(double value, double unit) {
        // Dividing by the reciprocal of a unit below 1 keeps 0.3 as 0.3 instead of 3 * 0.1.
        double reciprocal = Math.rint(1.0 / unit);
        if (unit < 1.0 && Math.abs(reciprocal * unit - 1.0) < 1e-12) {
            return Math.rint(value * reciprocal) / reciprocal;
        }
        return Math.rint(value / unit) * unit;
    }

    private static int[] permutation(RandomGenerator random, int size) {
        int[] ranks = new int[size];
        for (int i = 0; i < size; i++) {
            ranks[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = ranks[i];
            ranks[i] = ranks[j];
            ranks[j] = swap;
        }
        return ranks;
    }

    static int sizeOf(int[] shape) {
        int size = 1;
        for (int length : shape) {
            size = Math.multiplyExact(size, length);
        }
        return size;
    }

    private static void checkPositive(String name, double value) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("Cannot generate values with " + name + " [" + value
                    + "]; give a positive finite " + name + ".");
        }
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
