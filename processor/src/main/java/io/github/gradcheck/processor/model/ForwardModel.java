package io.github.gradcheck.processor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Validated {@code @Forward} method.
 *
 * @param methodName the method's name, never null
 * @param inputs     its parameters in declaration order, never null
 * @param output     its return type: a floating-point array, or a scalar for a loss, never null
 * @since 0.1
 */
public record ForwardModel(String methodName, List<InputModel> inputs, TensorType output) {

    /**
     * Validate and copy the components.
     *
     * @param methodName the method's name, never null
     * @param inputs     its parameters in declaration order, never null
     * @param output     its return type: a floating-point array, or a scalar for a loss, never
     *     null
     * @since 0.1
     */
    public ForwardModel {
        Objects.requireNonNull(methodName, "methodName");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
    }

    /**
     * Tell whether the forward pass returns a scalar loss.
     *
     * @return {@code true} when the output is a {@code double} or {@code float}
     * @since 0.1
     */
    public boolean isLoss() {
        return output.isScalar();
    }

    /**
     * Find the input whose gradient the backward pass returns.
     *
     * @return the differentiable input, or empty when every input is marked as not perturbed
     * @since 0.1
     */
    public Optional<InputModel> differentiableInput() {
        return inputs.stream()
                .filter(input -> input.kind() == InputModel.Kind.DIFFERENTIABLE)
                .findFirst();
    }
}
