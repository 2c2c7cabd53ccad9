package io.github.gradcheck.numeric;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.tensor.Tensor;
import org.apiguardian.api.API;

/**
 * Central differences of J with respect to single tensor elements.
 *
 * <p>One probe is reused for every element of a sweep, so probing allocates nothing. After
 * {@link #probe} returns, or throws, the element has its original bits again. Because J at
 * the unperturbed point is known, the two one-sided slopes come with each central difference at
 * no extra cost; the checker uses them to recognise kinks.
 *
 * <p>The difference quotient divides by the distance between the values actually stored, not by
 * {@code 2h}: a float element rounds {@code x + h} to the nearest float, and dividing by the
 * nominal step would add that rounding to the numeric gradient.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Probe {

    private final Objective objective;
    private final double center;
    private double central;
    private double below;
    private double above;

    /**
     * Create a probe.
     *
     * @param objective the scalar J, never null
     * @param center    J at the unperturbed point
     * @since 0.1
     */
    public Probe(Objective objective, double center) {
        this.objective = objective;
        this.center = center;
    }

    /**
     * Perturb one element by plus and minus the step, evaluate J at both points and restore it.
     *
     * @param tensor   the tensor holding the element, never null
     * @param position the element's row-major position
     * @param step     the step h in the element's units, positive
     * @since 0.1
     */
    public void probe(Tensor tensor, int position, double step) {
        double original = tensor.get(position);
        try {
            tensor.set(position, original + step);
            double upper = tensor.get(position);
            double valueAbove = objective.value();
            tensor.set(position, original - step);
            double lower = tensor.get(position);
            double valueBelow = objective.value();

            central = (valueAbove - valueBelow) / (upper - lower);
            above = (valueAbove - center) / (upper - original);
            below = (center - valueBelow) / (original - lower);
        } finally {
            tensor.set(position, original);
        }
    }

    /**
     * Return the central difference of the last probe.
     *
     * @return {@code (J(x+h) - J(x-h)) / (x+h - (x-h))}
     * @since 0.1
     */
    public double central() {
        return central;
    }

    /**
     * Return the backward one-sided slope of the last probe.
     *
     * @return {@code (J(x) - J(x-h)) / h}
     * @since 0.1
     */
    public double below() {
        return below;
    }

    /**
     * Return the forward one-sided slope of the last probe.
     *
     * @return {@code (J(x+h) - J(x)) / h}
     * @since 0.1
     */
    public double above() {
        return above;
    }

    /**
     * Return J at the unperturbed point.
     *
     * @return the value given at construction
     * @since 0.1
     */
    public double center() {
        return center;
    }
}
