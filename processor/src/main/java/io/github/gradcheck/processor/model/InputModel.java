package io.github.gradcheck.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * Validated parameter of a forward pass.
 *
 * @param name  the parameter's name as the compiler reports it, never null
 * @param type  its array type, never null
 * @param kind  whether the checker perturbs it, never null
 * @param shape one dimension name per axis, outermost first, never null
 * @since 0.1
 */
public record InputModel(String name, TensorType type, Kind kind, List<String> shape) {

    /**
     * Validate and copy the components.
     *
     * @param name  the parameter's name as the compiler reports it, never null
     * @param type  its array type, never null
     * @param kind  whether the checker perturbs it, never null
     * @param shape one dimension name per axis, outermost first, never null
     * @since 0.1
     */
    public InputModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        shape = List.copyOf(shape);
    }

    /**
     * Role of a forward input.
     *
     * @since 0.1
     */
    public enum Kind {
        /** A floating-point input whose gradient the backward pass returns. */
        DIFFERENTIABLE,
        /** A floating-point input marked {@code @NonDifferentiable}, never perturbed. */
        NON_DIFFERENTIABLE,
        /** An {@code int[]} of class indices marked {@code @Labels}, never perturbed. */
        LABELS
    }
}
