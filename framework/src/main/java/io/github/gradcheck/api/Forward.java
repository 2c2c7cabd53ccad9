package io.github.gradcheck.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks the forward pass of a {@link Differentiable} class.
 *
 * <p>Its parameters are the layer's inputs: floating-point arrays described by {@link Shape},
 * and inputs marked {@link NonDifferentiable} or {@link Labels} that are never perturbed. It
 * returns the output array, or a {@code double} for a loss. A forward pass may cache what its
 * backward pass needs, but each call must recompute that cache.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Forward {
}
