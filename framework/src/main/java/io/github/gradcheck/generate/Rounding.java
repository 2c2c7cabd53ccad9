package io.github.gradcheck.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How far the shrinker simplifies generated values: a failure on {@code [1.0, -2.0]} is easier to
 * follow by hand than one on {@code [0.8132, -1.7706]}.
 *
 * <p>The unit is relative to the scale of the values, so for a tensor of scale 0.01
 * {@link #INTEGERS} rounds to multiples of 0.01.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Rounding {

    /** Keep the values as generated. */
    NONE(0.0),

    /** Round to one tenth of the scale. */
    TENTHS(0.1),

    /** Round to whole multiples of the scale. */
    INTEGERS(1.0);

    private final double unit;

    Rounding(double unit) {
        this.unit = unit;
    }

    /**
     * Return the rounding unit as a share of the scale.
     *
     * @return 0 for {@link #NONE}, else 0.1 or 1
     * @since 0.1
     */
    public double unit() {
        return unit;
    }

    /**
     * Describe the rounding for a failure message.
     *
     * @return text such as {@code "rounded to multiples of 0.1 x scale"}
     * @since 0.1
     */
    public String describe() {
        return this == NONE ? "as generated" : "rounded to multiples of " + unit + " x scale";
    }
}
