package io.github.gradcheck.tensor;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Floating-point type of a tensor's elements, with the rounding facts the checker derives its
 * step and tolerances from.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ElementType {

    /** IEEE 754 binary64 elements, {@code double[]} and its nested arrays. */
    DOUBLE(Math.ulp(1.0)),

    /** IEEE 754 binary32 elements, {@code float[]} and its nested arrays. */
    FLOAT(Math.ulp(1.0f));

    private final double machineEpsilon;

    ElementType(double machineEpsilon) {
        this.machineEpsilon = machineEpsilon;
    }

    /**
     * Return the distance from 1.0 to the next larger representable value.
     *
     * @return 2^-52 for double, 2^-23 for float
     * @since 0.1
     */
    public double machineEpsilon() {
        return machineEpsilon;
    }

    /**
     * Return the Java spelling of the element type.
     *
     * @return {@code "double"} or {@code "float"}
     * @since 0.1
     */
    public String javaName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
