package io.github.gradcheck.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Asks the property runner for a generated tensor as a test method argument.
 *
 * <pre>{@code
 * @GradientProperty(tries = 50)
 * void reluPassesOffItsKink(Relu layer, @Sample(value = {"batch", "features"},
 *         distribution = Distribution.KINK_AVOIDING) double[][] x) { ... }
 * }</pre>
 *
 * <p>The parameter's type is a double or float array of rank 1 to 4. Its shape takes the size of
 * each named dimension in the current try, the same size that a layer parameter of the method
 * receives for that name.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Sample {

    /**
     * Name each axis.
     *
     * @return one dimension name per axis, outermost first
     * @since 0.1
     */
    String[] value();

    /**
     * Choose the value family.
     *
     * @return the family
     * @since 0.1
     */
    Distribution distribution() default Distribution.NORMAL;

    /**
     * Give the scale of the values: the standard deviation of normal values, the half-width of
     * uniform ones.
     *
     * @return a positive finite scale
     * @since 0.1
     */
    double scale() default 1.0;
}
