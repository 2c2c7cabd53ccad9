package io.github.gradcheck.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Treatment of layers that draw random numbers in their forward pass.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Dropout {

    /**
     * Reseed every {@code java.util.Random} field identically before each forward pass, so every
     * evaluation of one check draws the same mask and the training path itself is checked.
     */
    FROZEN_MASK,

    /**
     * Additionally set every {@code @KeepProbability} field to 1 for the check, so dropout keeps
     * every unit.
     */
    KEEP_ALL
}
