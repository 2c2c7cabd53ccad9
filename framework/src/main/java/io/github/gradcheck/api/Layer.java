package io.github.gradcheck.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks a field of a model that contains one of its {@link Differentiable} layers.
 *
 * <p>The layer's parameters join the model's under the field's name, so parameter paths read
 * {@code hidden.W} and gradient paths {@code hidden.dW}. The model's constructor creates the
 * layer; its forward and backward passes call the layer's.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface Layer {
}
