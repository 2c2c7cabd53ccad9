package io.github.gradcheck.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks the backward pass of a {@link Differentiable} class.
 *
 * <p>It takes the gradient of the checked scalar with respect to the forward output (same type
 * as that output), or no argument when the forward pass returns a {@code double} loss. It fills
 * the gradient field of every {@link Param} and returns the gradient with respect to the single
 * differentiable input, or {@code void} when the forward pass has none.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Backward {
}
