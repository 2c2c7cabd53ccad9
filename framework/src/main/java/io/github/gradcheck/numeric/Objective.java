package io.github.gradcheck.numeric;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The scalar J whose gradient is checked, evaluated at the current contents of the perturbed
 * arrays.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface Objective {

    /**
     * Evaluate J once.
     *
     * @return the value, possibly not finite
     * @since 0.1
     */
    double value();
}
