package io.github.gradcheck.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Holds the repeated {@link Dim} annotations of a class.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.TYPE})
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Dims {

    /**
     * List the dimensions.
     *
     * @return the repeated annotations
     * @since 0.1
     */
    Dim[] value();
}
