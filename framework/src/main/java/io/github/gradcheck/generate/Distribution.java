package io.github.gradcheck.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.tensor.Tensor;
import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * Value family of a generated tensor, and how the shrinker simplifies values of that family
 * without breaking what the family promises.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Distribution {

    /** Normal values of mean 0 and standard deviation {@code scale}. */
    NORMAL {
        @Override
        public Object sample(RandomGenerator random, Class<?> type, int[] shape, double scale) {
            return TensorGenerators.normal(random, type, shape, scale);
        }
    },

    /** Values uniform in {@code [-scale, scale)}. */
    UNIFORM {
        @Override
        public Object sample(RandomGenerator random, Class<?> type, int[] shape, double scale) {
            return TensorGenerators.uniform(random, type, shape, -scale, scale);
        }

        @Override
        double simplify(double value, double unit, double scale, Class<?> type) {
            return Math.max(-scale, Math.min(scale, TensorGenerators.roundTo(value, unit)));
        }
    },

    /**
     * Normal values kept at least {@link TensorGenerators#kinkMargin} away from 0, for inputs of
     * ReLU, absolute value and hinge functions.
     */
    KINK_AVOIDING {
        @Override
        public Object sample(RandomGenerator random, Class<?> type, int[] shape, double scale) {
            return TensorGenerators.kinkAvoiding(random, type, shape, scale);
        }

        @Override
        double simplify(double value, double unit, double scale, Class<?> type) {
            double margin = TensorGenerators.kinkMargin(Tensor.elementTypeOf(type), scale);
            double rounded = TensorGenerators.roundTo(value, unit);
            return Math.abs(rounded) >= margin ? rounded : Math.copySign(Math.ceil(margin / unit) * unit, value);
        }
    },

    /**
     * Distinct values at least {@value #SPACING} times {@code scale} apart, for inputs of max
     * pooling and other operations that pick the largest element.
     */
    SPACED {
        @Override
        public Object sample(RandomGenerator random, Class<?> type, int[] shape, double scale) {
            return TensorGenerators.spaced(random, type, shape, SPACING * scale);
        }

        @Override
        public Object simplify(Object array, Rounding rounding, double scale) {
            if (rounding == Rounding.NONE) {
                return array;
            }
            // Ranks keep the order of the values, so the same element stays the largest of each window.
            Tensor values = Tensor.of(array);
            double unit = Math.max(rounding.unit(), SPACING) * scale;
            int[] ranks = ranks(values.toDoubleArray());
            int center = (ranks.length - 1) / 2;
            return TensorGenerators.fill(array.getClass(), values.shape(), index -> (ranks[index] - center) * unit);
        }
    };

    /** Smallest distance between two {@link #SPACED} values, as a share of the scale. */
    public static final double SPACING = 0.1;

    /**
     * Draw a tensor of this family.
     *
     * @param random the source, never null
     * @param type   the array class, such as {@code double[][].class}, never null
     * @param shape  one size per dimension, never null
     * @param scale  the scale of the values, positive and finite
     * @return the new array
     * @since 0.1
     */
    public abstract Object sample(RandomGenerator random, Class<?> type, int[] shape, double scale);

    /**
     * Copy a tensor of this family with simpler values that keep the family's promise: values
     * of {@link #KINK_AVOIDING} stay off 0, those of {@link #SPACED} stay distinct and in the
     * same order.
     *
     * @param array    a tensor drawn by {@link #sample}, never null
     * @param rounding how far to simplify, never null
     * @param scale    the scale the tensor was drawn with
     * @return a new array, or {@code array} itself for {@link Rounding#NONE}
     * @since 0.1
     */
    public Object simplify(Object array, Rounding rounding, double scale) {
        Objects.requireNonNull(rounding, "rounding");
        if (rounding == Rounding.NONE) {
            return array;
        }
        Tensor values = Tensor.of(array);
        double unit = rounding.unit() * scale;
        return TensorGenerators.fill(array.getClass(), values.shape(),
                index -> simplify(values.get(index), unit, scale, array.getClass()));
    }

    /** Simplify one value; the families that only round keep this default. */
    double simplify(double value, double unit, double scale, Class<?> type) {
        return TensorGenerators.roundTo(value, unit);
    }

    private static int[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, index -> index);
        Arrays.sort(order, (left, right) -> Double.compare(values[left], values[right]));
        int[] ranks = new int[values.length];
        for (int rank = 0; rank < order.length; rank++) {
            ranks[order[rank]] = rank;
        }
        return ranks;
    }
}
