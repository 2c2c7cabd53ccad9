package io.github.gradcheck.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks a floating-point forward input that the checker never perturbs, such as a target or a
 * mask.
 *
 * <p>The backward pass returns no gradient for it.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface NonDifferentiable {

    /**
     * Choose which values the checker generates for this input.
     *
     * @return the value family
     * @since 0.1
     */
    Values value() default Values.REAL;

    /**
     * Value family of a non-differentiable input.
     *
     * @since 0.1
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    enum Values {
        /** Standard normal values. */
        REAL,
        /** Values 0 or 1, as binary targets and masks take. */
        BINARY,
        /** Values strictly between 0 and 1, as soft targets take. */
        PROBABILITY,
        /** One 1 per row of the innermost axis and 0 elsewhere, as one-hot targets take. */
        ONE_HOT
    }
}
