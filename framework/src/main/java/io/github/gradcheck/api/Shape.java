package io.github.gradcheck.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Names the dimensions of a forward input, outermost first.
 *
 * <p>A name bound by a {@link Dim} constructor argument takes that argument's value. Any other
 * name is free: the checker generates it within the bounds of a class-level {@link Dim} or the
 * configured default. The number of names equals the array's rank.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Shape {

    /**
     * Name each axis.
     *
     * @return one dimension name per axis, outermost first
     * @since 0.1
     */
    String[] value();
}
