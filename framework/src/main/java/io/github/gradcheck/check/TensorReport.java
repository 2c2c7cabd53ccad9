package io.github.gradcheck.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.numeric.Metrics;
import io.github.gradcheck.numeric.Tolerance;
import io.github.gradcheck.tensor.ElementType;
import io.github.gradcheck.tensor.Tensor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Result of checking one tensor's gradient: a parameter's, such as {@code hidden.dW}, or the
 * input's, {@code dx}.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TensorReport {

    /**
     * Role of a checked tensor.
     *
     * @since 0.1
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Kind {
        /** A {@code @Param} field. */
        PARAMETER,
        /** The differentiable forward input. */
        INPUT
    }

    private final TensorInfo info;
    private final Sweep sweep;
    private final double relativeDifference;

    TensorReport(TensorInfo info, Sweep sweep) {
        this.info = info;
        this.sweep = sweep;
        this.relativeDifference = Metrics.relativeDifference(sweep.numeric(), sweep.analytic());
    }

    /** Static facts of a checked tensor; {@code values} are its elements at the checked point. */
    record TensorInfo(String layer, String gradientPath, String valuePath, Kind kind, int[] shape, ElementType type,
            double[] values) {
    }

    /**
     * Numbers measured on one tensor: the checked positions and their values, or the directional
     * derivatives when no element was swept.
     */
    record Sweep(Mode mode, double step, Tolerance tolerance, int[] positions, double[] numeric, double[] analytic,
            ElementStatus[] status, int directions, boolean escalated, Duration time) {
    }

    /**
     * Return the display name of the layer class that owns the tensor.
     *
     * @return a name such as {@code Dense}
     * @since 0.1
     */
    public String layer() {
        return info.layer();
    }

    /**
     * Return the gradient's path, such as {@code dW}, {@code hidden.db} or {@code dx}.
     *
     * @return the path
     * @since 0.1
     */
    public String path() {
        return info.gradientPath();
    }

    /**
     * Return the checked value's path, such as {@code W}, {@code hidden.b} or {@code x}.
     *
     * @return the path
     * @since 0.1
     */
    public String valuePath() {
        return info.valuePath();
    }

    /**
     * Return whether the tensor is a parameter or the input.
     *
     * @return the kind
     * @since 0.1
     */
    public Kind kind() {
        return info.kind();
    }

    /**
     * Return the shape.
     *
     * @return a copy of the sizes, outermost first
     * @since 0.1
     */
    public int[] shape() {
        return info.shape().clone();
    }

    /**
     * Return the element type.
     *
     * @return double or float
     * @since 0.1
     */
    public ElementType elementType() {
        return info.type();
    }

    /**
     * Return the values of the checked tensor (the parameter or the input) at the point where the
     * gradients were compared, in row-major order.
     *
     * @return a copy of every element
     * @since 0.1
     */
    public double[] values() {
        return info.values().clone();
    }

    /**
     * Return the number of elements.
     *
     * @return the product of the shape
     * @since 0.1
     */
    public int size() {
        int size = 1;
        for (int length : info.shape()) {
            size *= length;
        }
        return size;
    }

    /**
     * Return the mode that produced the element values.
     *
     * @return {@link Mode#FULL}, {@link Mode#SAMPLED} or {@link Mode#DIRECTIONAL}
     * @since 0.1
     */
    public Mode mode() {
        return sweep.mode();
    }

    /**
     * Tell whether a failed directional check escalated to an element sweep.
     *
     * @return {@code true} after escalation
     * @since 0.1
     */
    public boolean escalated() {
        return sweep.escalated();
    }

    /**
     * Return the number of random directions checked.
     *
     * @return 0 unless the mode is directional
     * @since 0.1
     */
    public int directions() {
        return sweep.directions();
    }

    /**
     * Return the finite-difference step.
     *
     * @return the step h in the value's units
     * @since 0.1
     */
    public double step() {
        return sweep.step();
    }

    /**
     * Return the per-element tolerance.
     *
     * @return the absolute floor and relative tolerance
     * @since 0.1
     */
    public Tolerance tolerance() {
        return sweep.tolerance();
    }

    /**
     * Return the time spent on the numeric pass of this tensor.
     *
     * @return the wall-clock time
     * @since 0.1
     */
    public Duration time() {
        return sweep.time();
    }

    /**
     * Return the relative difference {@code ||n - a|| / (||n|| + ||a||)} over the checked values.
     *
     * @return a value in [0, 1]; NaN when a numeric value is not finite
     * @since 0.1
     */
    public double relativeDifference() {
        return relativeDifference;
    }

    /**
     * Return the course band of the relative difference.
     *
     * @return the band
     * @since 0.1
     */
    public Band band() {
        return Band.of(relativeDifference);
    }

    /**
     * Return the number of checked values: elements, or directions when no element was swept.
     *
     * @return the count
     * @since 0.1
     */
    public int checkedCount() {
        return sweep.positions().length;
    }

    /**
     * Return the number of elements that fail.
     *
     * @return the count of mismatches and non-finite numeric values
     * @since 0.1
     */
    public int mismatchCount() {
        int count = 0;
        for (ElementStatus status : sweep.status()) {
            count += status.fails() ? 1 : 0;
        }
        return count;
    }

    /**
     * Return the number of elements left out of the verdict because they sit on a kink.
     *
     * @return the count
     * @since 0.1
     */
    public int kinkCount() {
        int count = 0;
        for (ElementStatus status : sweep.status()) {
            count += status == ElementStatus.KINK ? 1 : 0;
        }
        return count;
    }

    /**
     * Tell whether the tensor's gradient is correct.
     *
     * @return {@code true} when no checked element fails
     * @since 0.1
     */
    public boolean passed() {
        return mismatchCount() == 0;
    }

    /**
     * Return every checked element in position order.
     *
     * @return the elements; empty for a directional check that passed
     * @since 0.1
     */
    public List<ElementReport> elements() {
        List<ElementReport> elements = new ArrayList<>();
        for (int i = 0; i < sweep.positions().length; i++) {
            elements.add(element(i));
        }
        return elements;
    }

    /**
     * Return the elements that fail, worst first.
     *
     * @param limit the largest number to return, at least 0
     * @return at most {@code limit} elements, ordered by how far they exceed the tolerance
     * @since 0.1
     */
    public List<ElementReport> worst(int limit) {
        return elements().stream().filter(element -> element.status().fails())
                .sorted(Comparator.comparingDouble(ElementReport::excess).reversed()).limit(limit).toList();
    }

    /**
     * Return the numeric values of the checked elements, in position order.
     *
     * @return a copy
     * @since 0.1
     */
    public double[] numeric() {
        return sweep.numeric().clone();
    }

    /**
     * Return the analytic values of the checked elements, in position order.
     *
     * @return a copy
     * @since 0.1
     */
    public double[] analytic() {
        return sweep.analytic().clone();
    }

    /**
     * Tell whether every element was checked, so {@link #numeric()} covers the whole tensor.
     *
     * @return {@code true} when the values cover the whole tensor in row-major order
     * @since 0.1
     */
    public boolean complete() {
        return sweep.directions() == 0 || sweep.escalated() ? sweep.positions().length == size() : false;
    }

    private ElementReport element(int i) {
        int position = sweep.positions()[i];
        double numeric = sweep.numeric()[i];
        double analytic = sweep.analytic()[i];
        int[] index = sweep.directions() > 0 && !sweep.escalated() ? new int[] {position}
                : Tensor.indexOf(info.shape(), position);
        return new ElementReport(position, index, numeric, analytic, sweep.tolerance().bound(numeric, analytic),
                sweep.status()[i]);
    }

    @Override
    public String toString() {
        return "TensorReport[" + path() + ", relativeDifference=" + relativeDifference + ", mismatches="
                + mismatchCount() + "/" + checkedCount() + "]";
    }
}
