package io.github.gradcheck.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks a trainable parameter tensor of a {@link Differentiable} class.
 *
 * <p>The field is a {@code double} or {@code float} array of rank 1 to 4. Its analytic gradient
 * lives in a field of the same type named {@code "d" + name} ({@code W} pairs with {@code dW}),
 * unless {@link #gradient()} names another field. The backward pass fills that field, either by
 * assigning a new array or by adding into the existing one.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Param {

    /**
     * Name the field that contains this parameter's analytic gradient.
     *
     * @return the gradient field's name, or the empty string for {@code "d" + name}
     * @since 0.1
     */
    String gradient() default "";

    /**
     * Tell whether the model's loss adds an L2 penalty on this parameter.
     *
     * <p>The checker uses it only to word its hints: a gap proportional to this parameter is then
     * reported as a regularization fault.
     *
     * @return {@code true} when the loss regularizes this parameter
     * @since 0.1
     */
    boolean regularized() default false;
}
