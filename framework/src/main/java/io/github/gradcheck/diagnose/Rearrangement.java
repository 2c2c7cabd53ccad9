package io.github.gradcheck.diagnose;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A reordering of a tensor's elements that a wrong backward pass can produce: a transpose or a
 * reversal of the innermost axes.
 *
 * @param kind   {@link HintKind#TRANSPOSED} or {@link HintKind#FLIPPED}
 * @param layout how the analytic gradient relates to the numeric one, for the message
 * @param source for every row-major position of the analytic gradient, the position of the
 *               numeric value that this reordering moves there
 */
record Rearrangement(HintKind kind, String layout, int[] source) {

    /**
     * List the reorderings worth testing on a tensor of this shape. They are every transpose of a
     * rank-1 or rank-2 tensor read as a matrix and the swaps of equal-sized axes of higher ranks.
     * For rank 3 and 4 they also include the reversal of the innermost two axes and of the
     * innermost one, the spatial axes of 2-D and 1-D convolution kernels.
     */
    static List<Rearrangement> candidates(int[] shape, FactorNames names) {
        List<Rearrangement> candidates = new ArrayList<>();
        if (shape.length == 2 && shape[0] >= 2 && shape[1] >= 2) {
            candidates.add(matrixTranspose(shape[0], shape[1], shape[0] == shape[1]
                    ? "analytic[i, j] = numeric[j, i]"
                    : "read row by row as [" + shape[1] + ", " + shape[0] + "] it is the transpose "
                            + "of the numeric [" + shape[0] + ", " + shape[1] + "]"));
        }
        if (shape.length == 1) {
            for (int rows = 2; rows <= shape[0] / 2; rows++) {
                if (shape[0] % rows == 0 && shape[0] / rows >= 2) {
                    candidates.add(flatTranspose(rows, shape[0] / rows, names));
                }
            }
        }
        if (shape.length >= 3) {
            candidates.addAll(axisSwaps(shape));
            candidates.add(kernelFlip(shape, 2));
            candidates.add(kernelFlip(shape, 1));
        }
        return candidates;
    }

    private static List<Rearrangement> axisSwaps(int[] shape) {
        List<Rearrangement> swaps = new ArrayList<>();
        for (int first = 0; first < shape.length; first++) {
            for (int second = first + 1; second < shape.length; second++) {
                if (shape[first] == shape[second] && shape[first] >= 2) {
                    String layout = "with axes " + first + " and " + second
                            + " swapped it equals the numeric gradient";
                    swaps.add(new Rearrangement(HintKind.TRANSPOSED, layout,
                            axisSwap(shape, first, second)));
                }
            }
        }
        return swaps;
    }

    /**
     * Read a flat tensor as a matrix, naming the layouts after the dimensions of the same sizes
     * when each size belongs to exactly one dimension.
     */
    private static Rearrangement flatTranspose(int rows, int columns, FactorNames names) {
        if (rows == columns) {
            return matrixTranspose(rows, columns, "read as a [" + rows + ", " + columns
                    + "] matrix, analytic[i, j] = numeric[j, i]");
        }
        String named = names.single(rows).flatMap(row -> names.single(columns)
                .map(column -> "[" + row + ", " + column + "] = ")).orElse("");
        String swapped = names.single(rows).flatMap(row -> names.single(columns)
                .map(column -> "[" + column + ", " + row + "] = ")).orElse("");
        return matrixTranspose(rows, columns, "laid out as " + swapped + "[" + columns + ", " + rows
                + "] it is the transpose of the numeric gradient laid out as " + named + "[" + rows
                + ", " + columns + "]");
    }

    /** Analytic read as [columns, rows] equals the transpose of numeric read as [rows, columns]. */
    private static Rearrangement matrixTranspose(int rows, int columns, String layout) {
        int[] source = new int[rows * columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                source[j * rows + i] = i * columns + j;
            }
        }
        return new Rearrangement(HintKind.TRANSPOSED, layout, source);
    }

    private static int[] axisSwap(int[] shape, int first, int second) {
        return map(shape, index -> {
            int firstIndex = index[first];
            index[first] = index[second];
            index[second] = firstIndex;
        });
    }

    /** Reverse the innermost {@code axes} axes, the spatial axes of a 2-D or a 1-D kernel. */
    private static Rearrangement kernelFlip(int[] shape, int axes) {
        int rank = shape.length;
        int[] source = map(shape, index -> {
            for (int axis = rank - axes; axis < rank; axis++) {
                index[axis] = shape[axis] - 1 - index[axis];
            }
        });
        String names = axes == 2 ? "axes " + (rank - 2) + " and " + (rank - 1)
                : "axis " + (rank - 1);
        return new Rearrangement(HintKind.FLIPPED, names, source);
    }

    /** Build a source map by applying an index change to every row-major index of a shape. */
    private static int[] map(int[] shape, Consumer<int[]> change) {
        int size = 1;
        for (int length : shape) {
            size *= length;
        }
        int[] source = new int[size];
        int[] index = new int[shape.length];
        for (int position = 0; position < size; position++) {
            int rest = position;
            for (int axis = shape.length - 1; axis >= 0; axis--) {
                index[axis] = rest % shape[axis];
                rest /= shape[axis];
            }
            change.accept(index);
            int target = 0;
            for (int axis = 0; axis < shape.length; axis++) {
                target = target * shape[axis] + index[axis];
            }
            source[position] = target;
        }
        return source;
    }
}
