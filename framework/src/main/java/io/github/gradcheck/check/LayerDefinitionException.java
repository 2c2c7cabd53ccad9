package io.github.gradcheck.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Thrown when a class breaks the layer contract, before any of its code runs: a missing
 * {@code @Forward}, a {@code @Param} without its gradient field, an unsupported type.
 *
 * <p>The message names the class, the member and the fix.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LayerDefinitionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Create the exception.
     *
     * @param message the full message, naming class, member and fix, never null
     * @since 0.1
     */
    public LayerDefinitionException(String message) {
        super(message);
    }
}
