package io.github.gradcheck.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Immutable settings of one gradient check; every {@code with} method returns a copy.
 *
 * <p>Defaults: automatic step, relative tolerance {@value #DEFAULT_DOUBLE_TOLERANCE} for double
 * layers and {@value #DEFAULT_FLOAT_TOLERANCE} for float layers, an absolute floor measured from
 * the layer's own rounding noise, mode {@link Mode#AUTO}, Gaussian upstream gradient.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CheckConfig {

    /** Relative tolerance per element for layers that compute in double. */
    public static final double DEFAULT_DOUBLE_TOLERANCE = 1e-6;

    /**
     * Smallest fixed step. Below it, adding the step to a parameter of magnitude 1e-4 or more
     * leaves the double unchanged, and the difference quotient divides by zero.
     */
    public static final double SMALLEST_STEP = 1e-12;

    /** Relative tolerance per element for layers with a float parameter, input or output. */
    public static final double DEFAULT_FLOAT_TOLERANCE = 1e-3;

    private static final CheckConfig DEFAULTS =
            new CheckConfig(0.0, 0.0, 0.0, Mode.AUTO, 16, 1024, Upstream.GAUSSIAN, Dropout.FROZEN_MASK);

    private final double step;
    private final double tolerance;
    private final double absoluteTolerance;
    private final Mode mode;
    private final int samples;
    private final int fullSweepLimit;
    private final Upstream upstream;
    private final Dropout dropout;

    private CheckConfig(double step, double tolerance, double absoluteTolerance, Mode mode, int samples,
            int fullSweepLimit, Upstream upstream, Dropout dropout) {

        this.step = step;
        this.tolerance = tolerance;
        this.absoluteTolerance = absoluteTolerance;
        this.mode = mode;
        this.samples = samples;
        this.fullSweepLimit = fullSweepLimit;
        this.upstream = upstream;
        this.dropout = dropout;
    }

    /**
     * Return the default settings.
     *
     * @return the defaults
     * @since 0.1
     */
    public static CheckConfig defaults() {
        return DEFAULTS;
    }

    /**
     * Return settings close to the classic course check: step 1e-7, every element swept, and a
     * relative tolerance of 1e-7; the absolute floor is still measured, because without it a
     * gradient that is zero up to rounding fails.
     *
     * @return a configuration for comparing results with course material
     * @since 0.1
     */
    public static CheckConfig course() {
        return DEFAULTS.withStep(1e-7).withTolerance(1e-7).withMode(Mode.FULL);
    }

    /**
     * Set a fixed finite-difference step.
     *
     * @param step the step h in parameter units, positive and finite, or 0 to choose it per tensor
     * @return the copy
     * @throws IllegalArgumentException if the step is negative or not finite
     * @since 0.1
     */
    public CheckConfig withStep(double step) {
        if (!(step >= 0.0) || Double.isInfinite(step) || step > 0.0 && step < SMALLEST_STEP) {
            throw new IllegalArgumentException("Cannot use step [" + step + "]; give a finite step from "
                    + SMALLEST_STEP + " up, such as 1e-5, or 0 to choose it per tensor.");
        }
        return new CheckConfig(step, tolerance, absoluteTolerance, mode, samples, fullSweepLimit, upstream, dropout);
    }

    /**
     * Set the relative tolerance per element.
     *
     * @param tolerance a fraction above 0 and at most 1, or 0 for the default of the element type
     * @return the copy
     * @throws IllegalArgumentException if the tolerance is outside [0, 1]
     * @since 0.1
     */
    public CheckConfig withTolerance(double tolerance) {
        if (!(tolerance >= 0.0 && tolerance <= 1.0)) {
            throw new IllegalArgumentException("Cannot use tolerance [" + tolerance
                    + "]; give a relative tolerance between 0 and 1 such as 1e-6, or 0 for the default.");
        }
        return new CheckConfig(step, tolerance, absoluteTolerance, mode, samples, fullSweepLimit, upstream, dropout);
    }

    /**
     * Set a fixed absolute tolerance per element, replacing the measured noise floor.
     *
     * @param absoluteTolerance in gradient units, at least 0, or 0 to measure it
     * @return the copy
     * @throws IllegalArgumentException if the value is negative or not finite
     * @since 0.1
     */
    public CheckConfig withAbsoluteTolerance(double absoluteTolerance) {
        if (!(absoluteTolerance >= 0.0) || Double.isInfinite(absoluteTolerance)) {
            throw new IllegalArgumentException("Cannot use absolute tolerance [" + absoluteTolerance
                    + "]; give a finite value of at least 0, or 0 to measure the noise floor.");
        }
        return new CheckConfig(step, tolerance, absoluteTolerance, mode, samples, fullSweepLimit, upstream, dropout);
    }

    /**
     * Set the mode.
     *
     * @param mode the mode, never null
     * @return the copy
     * @since 0.1
     */
    public CheckConfig withMode(Mode mode) {
        Objects.requireNonNull(mode, "mode");
        return new CheckConfig(step, tolerance, absoluteTolerance, mode, samples, fullSweepLimit, upstream, dropout);
    }

    /**
     * Set the number of sampled elements or random directions per tensor.
     *
     * @param samples at least 1
     * @return the copy
     * @throws IllegalArgumentException if the count is below 1
     * @since 0.1
     */
    public CheckConfig withSamples(int samples) {
        if (samples < 1) {
            throw new IllegalArgumentException("Cannot use [" + samples + "] samples per tensor; give at least 1.");
        }
        return new CheckConfig(step, tolerance, absoluteTolerance, mode, samples, fullSweepLimit, upstream, dropout);
    }

    /**
     * Set the largest tensor that {@link Mode#AUTO} sweeps element by element.
     *
     * @param fullSweepLimit a number of elements, at least 1
     * @return the copy
     * @throws IllegalArgumentException if the limit is below 1
     * @since 0.1
     */
    public CheckConfig withFullSweepLimit(int fullSweepLimit) {
        if (fullSweepLimit < 1) {
            throw new IllegalArgumentException(
                    "Cannot use full-sweep limit [" + fullSweepLimit + "]; give at least 1 element.");
        }
        return new CheckConfig(step, tolerance, absoluteTolerance, mode, samples, fullSweepLimit, upstream, dropout);
    }

    /**
     * Set how the upstream gradient is built.
     *
     * @param upstream the choice, never null
     * @return the copy
     * @since 0.1
     */
    public CheckConfig withUpstream(Upstream upstream) {
        Objects.requireNonNull(upstream, "upstream");
        return new CheckConfig(step, tolerance, absoluteTolerance, mode, samples, fullSweepLimit, upstream, dropout);
    }

    /**
     * Set how layers that draw random numbers are handled.
     *
     * @param dropout the choice, never null
     * @return the copy
     * @since 0.1
     */
    public CheckConfig withDropout(Dropout dropout) {
        Objects.requireNonNull(dropout, "dropout");
        return new CheckConfig(step, tolerance, absoluteTolerance, mode, samples, fullSweepLimit, upstream, dropout);
    }

    /**
     * Return how layers that draw random numbers are handled.
     *
     * @return the choice
     * @since 0.1
     */
    public Dropout dropout() {
        return dropout;
    }

    /**
     * Return the fixed step.
     *
     * @return the step in parameter units, or 0 when it is chosen per tensor
     * @since 0.1
     */
    public double step() {
        return step;
    }

    /**
     * Return the relative tolerance.
     *
     * @return the fraction, or 0 for the default of the element type
     * @since 0.1
     */
    public double tolerance() {
        return tolerance;
    }

    /**
     * Return the fixed absolute tolerance.
     *
     * @return in gradient units, or 0 when the noise floor is measured
     * @since 0.1
     */
    public double absoluteTolerance() {
        return absoluteTolerance;
    }

    /**
     * Return the mode.
     *
     * @return the mode
     * @since 0.1
     */
    public Mode mode() {
        return mode;
    }

    /**
     * Return the number of sampled elements or directions per tensor.
     *
     * @return at least 1
     * @since 0.1
     */
    public int samples() {
        return samples;
    }

    /**
     * Return the largest tensor that {@link Mode#AUTO} sweeps element by element.
     *
     * @return a number of elements
     * @since 0.1
     */
    public int fullSweepLimit() {
        return fullSweepLimit;
    }

    /**
     * Return how the upstream gradient is built.
     *
     * @return the choice
     * @since 0.1
     */
    public Upstream upstream() {
        return upstream;
    }

    @Override
    public String toString() {
        return "CheckConfig[step=" + step + ", tolerance=" + tolerance + ", absoluteTolerance=" + absoluteTolerance
                + ", mode=" + mode + ", samples=" + samples + ", fullSweepLimit=" + fullSweepLimit
                + ", upstream=" + upstream + ", dropout=" + dropout + "]";
    }
}
