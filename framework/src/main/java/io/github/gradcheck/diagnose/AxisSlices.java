package io.github.gradcheck.diagnose;

/**
 * The one-dimensional slices of a row-major tensor along one axis.
 *
 * @param count  the number of slices, the tensor's size divided by the axis length
 * @param length the axis length, the number of elements per slice
 * @param inner  the product of the sizes of the axes after this one
 */
record AxisSlices(int count, int length, int inner) {

    AxisSlices(int[] shape, int axis) {
        this(sizeOf(shape) / shape[axis], shape[axis], innerSize(shape, axis));
    }

    /** Return the row-major position of element {@code step} of slice {@code slice}. */
    int position(int slice, int step) {
        int outer = slice / inner;
        int offset = slice % inner;
        return (outer * length + step) * inner + offset;
    }

    private static int sizeOf(int[] shape) {
        int size = 1;
        for (int length : shape) {
            size *= length;
        }
        return size;
    }

    private static int innerSize(int[] shape, int axis) {
        int inner = 1;
        for (int i = axis + 1; i < shape.length; i++) {
            inner *= shape[i];
        }
        return inner;
    }
}
