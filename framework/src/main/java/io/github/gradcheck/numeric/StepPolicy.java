package io.github.gradcheck.numeric;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.tensor.ElementType;
import org.apiguardian.api.API;

/**
 * Chooses the finite-difference step and the noise floor for a tensor.
 *
 * <p>The central difference has truncation error of order {@code h² f'''} and rounding error of
 * order {@code eps |J| / h}; the two balance near {@code h = eps^(1/3)} times the scale of the
 * values, which gives about 6e-6 for double and 5e-3 for float. The policy rounds these to 1e-5
 * and 1e-2 and scales them by the root mean square of the tensor when that exceeds 1, so large
 * weights get a proportionally large step.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class StepPolicy {

    /** Base step for double tensors. */
    public static final double DOUBLE_STEP = 1e-5;

    /** Base step for float tensors. */
    public static final double FLOAT_STEP = 1e-2;

    /**
     * Safety factor on the rounding estimate: J sums many terms, each rounded, and the two
     * evaluations of a central difference round independently. It is kept small because an
     * element above the floor is confirmed at other steps before it counts as a mismatch, and a
     * large factor would let real errors of layers with large outputs pass.
     */
    static final double ROUNDING_SAFETY = 4.0;

    private StepPolicy() {
    }

    /**
     * Choose the step for a tensor.
     *
     * @param fixed           a step fixed by configuration, or 0 to choose one
     * @param type            the tensor's element type, never null
     * @param rootMeanSquare  the root mean square of the tensor's values
     * @return the step h, positive
     * @since 0.1
     */
    public static double step(double fixed, ElementType type, double rootMeanSquare) {
        if (fixed > 0.0) {
            return fixed;
        }
        double base = type == ElementType.FLOAT ? FLOAT_STEP : DOUBLE_STEP;
        return base * Math.max(1.0, rootMeanSquare);
    }

    /**
     * Estimate how far rounding alone can move a central difference.
     *
     * @param working   the precision the layer computes in, never null
     * @param magnitude the sum of the magnitudes of the terms that make up J
     * @param step      the step h
     * @return the rounding floor in gradient units
     * @since 0.1
     */
    public static double roundingFloor(ElementType working, double magnitude, double step) {
        return ROUNDING_SAFETY * working.machineEpsilon() * Math.max(magnitude, Double.MIN_NORMAL) / step;
    }
}
