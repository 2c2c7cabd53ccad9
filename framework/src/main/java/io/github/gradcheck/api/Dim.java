package io.github.gradcheck.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Names a dimension and bounds the values the checker generates for it.
 *
 * <p>On an {@code int} constructor argument it binds the argument to the dimension name used in
 * {@link Shape}. On the class it bounds a free dimension, one that no constructor argument binds,
 * such as {@code batch} or an image height.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.TYPE})
@Repeatable(Dims.class)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Dim {

    /**
     * Name the dimension.
     *
     * @return the dimension name, matched against the names in {@link Shape}
     * @since 0.1
     */
    String value();

    /**
     * Give the smallest value to generate.
     *
     * @return the inclusive lower bound, at least 1
     * @since 0.1
     */
    int min() default 1;

    /**
     * Give the largest value to generate.
     *
     * @return the inclusive upper bound, or 0 for the configured default
     * @since 0.1
     */
    int max() default 0;
}
