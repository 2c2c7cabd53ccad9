package io.github.gradcheck.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks a layer, loss or model class whose backward pass gradcheck verifies.
 *
 * <p>The class declares exactly one {@link Forward} and one {@link Backward} method, its
 * trainable tensors as {@link Param} fields and, for a model, its sub-layers as {@link Layer}
 * fields. The checker constructs it through a constructor whose {@code int} arguments are
 * annotated with {@link Dim}, or through a no-argument constructor.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Differentiable {
}
