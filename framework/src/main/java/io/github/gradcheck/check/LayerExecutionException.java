package io.github.gradcheck.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Thrown when a layer's own code fails during a check, or returns something the contract does
 * not allow: a constructor, forward or backward pass that throws, an output with NaN, a gradient
 * left null or of the wrong shape.
 *
 * <p>The message names the class, the member and the fix; the cause is the layer's exception,
 * when there is one. The checker restores every parameter before it throws.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LayerExecutionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * Create the exception.
     *
     * @param message the full message, never null
     * @param cause   the layer's exception, or null
     * @since 0.1
     */
    public LayerExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
