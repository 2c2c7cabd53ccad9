package io.github.gradcheck.diagnose;

import io.github.gradcheck.check.ElementReport;
import io.github.gradcheck.check.ElementStatus;
import io.github.gradcheck.check.TensorReport;
import java.util.List;

/**
 * The numbers of one checked tensor, aligned by checked element, with the masks the pattern
 * detectors share.
 *
 * <p>An element is usable as evidence when its numeric value is finite and it does not sit on a
 * kink, because a kink's central difference is an average of two slopes, not a derivative. The
 * noise of an element is the tolerance bound at its numeric value, the largest gap the check
 * accepts there.
 */
final class TensorEvidence {

    /** A multiple of the noise below which a norm counts as no signal. */
    static final double SIGNAL = 10.0;

    private final TensorReport tensor;
    private final List<ElementReport> elements;
    private final double[] numeric;
    private final double[] analytic;
    private final double[] values;
    private final double[] noise;
    private final boolean[] usable;
    private final boolean[] failing;

    private TensorEvidence(TensorReport tensor) {
        this.tensor = tensor;
        this.elements = tensor.elements();
        int count = elements.size();
        this.numeric = new double[count];
        this.analytic = new double[count];
        this.values = new double[count];
        this.noise = new double[count];
        this.usable = new boolean[count];
        this.failing = new boolean[count];

        double[] all = elementLevel() ? tensor.values() : new double[0];
        for (int i = 0; i < count; i++) {
            ElementReport element = elements.get(i);
            numeric[i] = element.numeric();
            analytic[i] = element.analytic();
            values[i] = element.position() < all.length ? all[element.position()] : Double.NaN;
            noise[i] = tensor.tolerance().bound(element.numeric(), element.numeric());
            usable[i] = Double.isFinite(element.numeric()) && Double.isFinite(element.analytic())
                    && element.status() != ElementStatus.KINK;
            failing[i] = usable[i] && element.status().fails();
        }
    }

    static TensorEvidence of(TensorReport tensor) {
        return new TensorEvidence(tensor);
    }

    TensorReport tensor() {
        return tensor;
    }

    String path() {
        return tensor.path();
    }

    /** Tell whether the checked values are elements rather than random directions. */
    boolean elementLevel() {
        return tensor.directions() == 0 || tensor.escalated();
    }

    /** Tell whether every element was checked, so positions equal row-major offsets. */
    boolean complete() {
        return elementLevel() && tensor.complete() && elements.size() == tensor.size();
    }

    int count() {
        return elements.size();
    }

    int[] index(int i) {
        return elements.get(i).index();
    }

    double numeric(int i) {
        return numeric[i];
    }

    double analytic(int i) {
        return analytic[i];
    }

    double value(int i) {
        return values[i];
    }

    double noise(int i) {
        return noise[i];
    }

    boolean usable(int i) {
        return usable[i];
    }

    boolean failing(int i) {
        return failing[i];
    }

    /** Tell whether element i carries a numeric value clearly above its noise. */
    boolean hasSignal(int i) {
        return usable[i] && Math.abs(numeric[i]) > SIGNAL * noise[i];
    }

    double[] numeric() {
        return numeric;
    }

    double[] analytic() {
        return analytic;
    }

    double[] values() {
        return values;
    }

    int usableCount() {
        return countOf(usable);
    }

    /** Count the elements whose numeric value is clearly above its noise. */
    int signalCount() {
        int count = 0;
        for (int i = 0; i < numeric.length; i++) {
            count += hasSignal(i) ? 1 : 0;
        }
        return count;
    }

    int failingCount() {
        return countOf(failing);
    }

    int notFiniteCount() {
        int count = 0;
        for (ElementReport element : elements) {
            count += element.status() == ElementStatus.NOT_FINITE ? 1 : 0;
        }
        return count;
    }

    /** Return the root sum of squares of the usable elements' noise. */
    double noiseNorm() {
        double sum = 0.0;
        for (int i = 0; i < noise.length; i++) {
            sum += usable[i] ? noise[i] * noise[i] : 0.0;
        }
        return Math.sqrt(sum);
    }

    /** Tell whether the numeric gradient as a whole is clearly above its noise. */
    boolean hasSignal() {
        return norm(numeric) > SIGNAL * noiseNorm();
    }

    /** Return the Euclidean norm of a per-element sequence over the usable elements. */
    double norm(double[] sequence) {
        return Math.sqrt(dot(sequence, sequence));
    }

    /** Return the dot product of two per-element sequences over the usable elements. */
    double dot(double[] left, double[] right) {
        double sum = 0.0;
        for (int i = 0; i < left.length; i++) {
            sum += usable[i] ? left[i] * right[i] : 0.0;
        }
        return sum;
    }

    /** Return the largest magnitude of a per-element sequence over the usable elements. */
    double maxAbs(double[] sequence) {
        double max = 0.0;
        for (int i = 0; i < sequence.length; i++) {
            max = usable[i] ? Math.max(max, Math.abs(sequence[i])) : max;
        }
        return max;
    }

    private static int countOf(boolean[] mask) {
        int count = 0;
        for (boolean set : mask) {
            count += set ? 1 : 0;
        }
        return count;
    }
}
