package io.github.gradcheck.processor.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Validated {@code @Backward} method.
 *
 * @param methodName the method's name, never null
 * @param upstream   the type of its single parameter, or null when a loss takes none
 * @param result     its return type, or null when it returns {@code void}
 * @since 0.1
 */
public record BackwardModel(String methodName, TensorType upstream, TensorType result) {

    /**
     * Validate the components.
     *
     * @param methodName the method's name, never null
     * @param upstream   the type of its single parameter, or null when a loss takes none
     * @param result     its return type, or null when it returns {@code void}
     * @since 0.1
     */
    public BackwardModel {
        Objects.requireNonNull(methodName, "methodName");
    }

    /**
     * Return the type of the upstream gradient the method takes.
     *
     * @return the parameter type, or empty for a loss
     * @since 0.1
     */
    public Optional<TensorType> upstreamType() {
        return Optional.ofNullable(upstream);
    }

    /**
     * Return the type of the input gradient the method returns.
     *
     * @return the return type, or empty for {@code void}
     * @since 0.1
     */
    public Optional<TensorType> resultType() {
        return Optional.ofNullable(result);
    }
}
