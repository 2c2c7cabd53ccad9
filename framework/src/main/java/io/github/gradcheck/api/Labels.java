package io.github.gradcheck.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks an {@code int[]} forward input of class indices, never perturbed.
 *
 * <p>Each generated value lies in {@code [0, classes)}, where {@code classes} is the value of the
 * named dimension. Its length follows the input's {@link Shape}.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Labels {

    /**
     * Name the dimension that counts the classes.
     *
     * @return a dimension name, bound or free
     * @since 0.1
     */
    String value();
}
