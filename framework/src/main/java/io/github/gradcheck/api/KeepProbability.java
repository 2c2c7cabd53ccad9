package io.github.gradcheck.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks the {@code double} or {@code float} field holding a dropout layer's keep probability.
 *
 * <p>By default the checker freezes the dropout mask by reseeding the layer's
 * {@code java.util.Random} fields before every evaluation, which checks the real training path.
 * When the check is configured to keep every unit, it sets this field to 1 for the duration of
 * the check and restores it afterwards.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface KeepProbability {
}
