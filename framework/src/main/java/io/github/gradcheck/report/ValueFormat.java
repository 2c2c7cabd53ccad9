package io.github.gradcheck.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.tensor.Tensor;
import java.util.Arrays;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The one place that turns numbers into report text: signed scientific notation with six
 * fraction digits, independent of the default locale.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ValueFormat {

    private ValueFormat() {
    }

    /**
     * Format a value as {@code +1.234568e-02}.
     *
     * @param value any value; NaN and infinities print as {@code NaN}, {@code +Infinity}, {@code -Infinity}
     * @return the text
     * @since 0.1
     */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Infinity" : "-Infinity";
        }
        return String.format(Locale.ROOT, "%+.6e", value);
    }

    /**
     * Format a value with two significant digits, as {@code 1.0e-06}, for tolerances and steps.
     *
     * @param value a non-negative value
     * @return the text
     * @since 0.1
     */
    public static String brief(double value) {
        return String.format(Locale.ROOT, "%.1e", value);
    }

    /**
     * Format a row-major sequence of values as a nested array of the given shape, one innermost
     * row per line, for an IDE diff.
     *
     * @param values the values, never null
     * @param shape  the sizes, whose product is {@code values.length}, never null
     * @return the text
     * @since 0.1
     */
    public static String array(double[] values, int[] shape) {
        var text = new StringBuilder();
        int rowLength = shape.length == 0 ? values.length : shape[shape.length - 1];
        for (int start = 0; start < values.length; start += rowLength) {
            text.append(indexOfRow(start / rowLength, shape)).append(' ');
            for (int i = start; i < start + rowLength; i++) {
                text.append(i > start ? ", " : "").append(format(values[i]));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String indexOfRow(int row, int[] shape) {
        var text = new StringBuilder("[");
        int[] index = Tensor.indexOf(Arrays.copyOf(shape, Math.max(shape.length - 1, 0)), row);
        for (int axis = 0; axis < index.length; axis++) {
            text.append(axis > 0 ? ", " : "").append(index[axis]);
        }
        return text.append(index.length > 0 ? ", *]" : "*]").toString();
    }
}
