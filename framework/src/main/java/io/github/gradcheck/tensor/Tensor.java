package io.github.gradcheck.tensor;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.reflect.Array;
import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * Flat, read-write view of a rectangular {@code double} or {@code float} array of rank 1 to 4.
 *
 * <p>The view keeps references to the array's innermost rows and never copies elements, so a
 * write through the view is a write to the user's array. Elements are numbered in row-major
 * order: the last index varies fastest. A {@code float} element is read as the exact
 * {@code double} of the same value and rounded to nearest on write.
 *
 * <p>Limitations: the view captures the row references when it is created; an array whose rows
 * are replaced afterwards needs a new view.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract sealed class Tensor permits DoubleTensor, FloatTensor {

    /** Largest supported rank. */
    public static final int MAX_RANK = 4;

    private final int[] shape;
    private final int size;
    private final int rowLength;

    Tensor(int[] shape) {
        this.shape = shape;
        this.size = Math.multiplyExact(product(shape, 0, shape.length - 1), shape[shape.length - 1]);
        this.rowLength = shape[shape.length - 1];
    }

    /**
     * Tell whether a class is a supported tensor type.
     *
     * @param type any class, never null
     * @return {@code true} for {@code double[]} to {@code double[][][][]} and the same in {@code float}
     * @since 0.1
     */
    public static boolean isSupported(Class<?> type) {
        return elementTypeOf(type) != null && rankOf(type) <= MAX_RANK;
    }

    /**
     * Return the element type of an array class.
     *
     * @param type any class, never null
     * @return the element type, or null when the innermost component is neither double nor float
     * @since 0.1
     */
    public static ElementType elementTypeOf(Class<?> type) {
        Class<?> component = type;
        while (component.isArray()) {
            component = component.getComponentType();
        }
        if (component == double.class && type.isArray()) {
            return ElementType.DOUBLE;
        }
        return component == float.class && type.isArray() ? ElementType.FLOAT : null;
    }

    /**
     * Return the number of array dimensions of a class.
     *
     * @param type any class, never null
     * @return 0 for a non-array class
     * @since 0.1
     */
    public static int rankOf(Class<?> type) {
        int rank = 0;
        for (Class<?> component = type; component.isArray(); component = component.getComponentType()) {
            rank++;
        }
        return rank;
    }

    /**
     * Create a view of an array.
     *
     * @param array a rectangular array of a supported type, never null
     * @return the view
     * @throws IllegalArgumentException if the array is null, of another type, ragged or empty
     * @since 0.1
     */
    public static Tensor of(Object array) {
        if (array == null) {
            throw new IllegalArgumentException("Cannot view a null array as a tensor.");
        }
        ElementType type = elementTypeOf(array.getClass());
        if (type == null || rankOf(array.getClass()) > MAX_RANK) {
            throw new IllegalArgumentException("Cannot view [" + array.getClass().getSimpleName()
                    + "] as a tensor; use a double or float array of rank 1 to " + MAX_RANK + ".");
        }
        int[] shape = shapeOf(array);
        Object[] rows = new Object[product(shape, 0, shape.length - 1)];
        collectRows(array, 0, rows, new int[] {0}, shape);
        return type == ElementType.DOUBLE ? new DoubleTensor(shape, rows) : new FloatTensor(shape, rows);
    }

    /**
     * Allocate a zero-filled array of a supported type.
     *
     * @param type  the array class, such as {@code double[][].class}, never null
     * @param shape one size per dimension, matching the type's rank, never null
     * @return the new array
     * @since 0.1
     */
    public static Object allocate(Class<?> type, int[] shape) {
        Class<?> component = type;
        while (component.isArray()) {
            component = component.getComponentType();
        }
        return Array.newInstance(component, shape);
    }

    /**
     * Return the shape of a rectangular array.
     *
     * @param array a supported array, never null
     * @return one size per dimension, outermost first
     * @throws IllegalArgumentException if the array is ragged, empty or has a null row
     * @since 0.1
     */
    public static int[] shapeOf(Object array) {
        int rank = rankOf(array.getClass());
        int[] shape = new int[rank];
        Object level = array;
        for (int axis = 0; axis < rank; axis++) {
            shape[axis] = Array.getLength(level);
            if (shape[axis] == 0) {
                throw new IllegalArgumentException("Cannot view an array with an empty axis " + axis
                        + " as a tensor; every dimension needs a size of at least 1.");
            }
            level = axis < rank - 1 ? Array.get(level, 0) : null;
            if (axis < rank - 1 && level == null) {
                throw new IllegalArgumentException("Cannot view an array with a null row on axis " + axis
                        + " as a tensor; fill every row.");
            }
        }
        return shape;
    }

    private static void collectRows(Object level, int axis, Object[] rows, int[] next, int[] shape) {
        if (level == null) {
            throw new IllegalArgumentException("Cannot view an array with a null row on axis " + (axis - 1)
                    + " as a tensor; fill every row.");
        }
        int length = Array.getLength(level);
        if (length != shape[axis]) {
            throw new IllegalArgumentException("Cannot view a ragged array as a tensor: axis " + axis + " has length ["
                    + length + "] where the first row has [" + shape[axis] + "]; make every row the same length.");
        }
        if (axis == shape.length - 1) {
            rows[next[0]++] = level;
            return;
        }
        for (int i = 0; i < length; i++) {
            collectRows(Array.get(level, i), axis + 1, rows, next, shape);
        }
    }

    private static int product(int[] values, int from, int to) {
        int product = 1;
        for (int i = from; i < to; i++) {
            product = Math.multiplyExact(product, values[i]);
        }
        return product;
    }

    /**
     * Return the element type.
     *
     * @return double or float
     * @since 0.1
     */
    public abstract ElementType elementType();

    /**
     * Read one element.
     *
     * @param index the row-major position, from 0 to {@code size() - 1}
     * @return the element's exact value
     * @since 0.1
     */
    public abstract double get(int index);

    /**
     * Write one element.
     *
     * @param index the row-major position, from 0 to {@code size() - 1}
     * @param value the new value, rounded to nearest for a float tensor
     * @since 0.1
     */
    public abstract void set(int index, double value);

    /**
     * Return the array class this view reads, such as {@code double[][].class}.
     *
     * @return the array class
     * @since 0.1
     */
    public abstract Class<?> arrayType();

    /**
     * Return the shape.
     *
     * @return a copy of the sizes, outermost first
     * @since 0.1
     */
    public int[] shape() {
        return shape.clone();
    }

    /**
     * Return the number of elements.
     *
     * @return the product of the shape
     * @since 0.1
     */
    public int size() {
        return size;
    }

    /**
     * Tell whether another tensor has the same shape.
     *
     * @param other another view, never null
     * @return {@code true} when every size matches
     * @since 0.1
     */
    public boolean hasShape(int[] other) {
        return Arrays.equals(shape, other);
    }

    /**
     * Copy every element into a new {@code double} array, in row-major order.
     *
     * @return the values, exact for both element types
     * @since 0.1
     */
    public double[] toDoubleArray() {
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = get(i);
        }
        return values;
    }

    /**
     * Write every element from a row-major array.
     *
     * @param values exactly {@code size()} values, never null
     * @since 0.1
     */
    public void setAll(double[] values) {
        for (int i = 0; i < size; i++) {
            set(i, values[i]);
        }
    }

    /**
     * Set every element to zero.
     *
     * @since 0.1
     */
    public void fillZero() {
        for (int i = 0; i < size; i++) {
            set(i, 0.0);
        }
    }

    /**
     * Convert a row-major position to an index per dimension.
     *
     * @param index the row-major position
     * @return one index per dimension, outermost first
     * @since 0.1
     */
    public int[] indexOf(int index) {
        return indexOf(shape, index);
    }

    /**
     * Convert a row-major position to an index per dimension of a given shape.
     *
     * @param shape    one size per dimension, never null
     * @param position the row-major position
     * @return one index per dimension, outermost first
     * @since 0.1
     */
    public static int[] indexOf(int[] shape, int position) {
        int[] index = new int[shape.length];
        int rest = position;
        for (int axis = shape.length - 1; axis >= 0; axis--) {
            index[axis] = rest % shape[axis];
            rest /= shape[axis];
        }
        return index;
    }

    int rowLength() {
        return rowLength;
    }

    /**
     * Format a shape as {@code [3, 4]}.
     *
     * @param shape the sizes, never null
     * @return the text
     * @since 0.1
     */
    public static String format(int[] shape) {
        return Arrays.toString(shape);
    }
}
