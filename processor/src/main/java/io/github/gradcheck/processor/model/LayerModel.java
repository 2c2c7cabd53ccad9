package io.github.gradcheck.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * Validated metadata of one {@code @Differentiable} class, everything its adapter needs.
 *
 * @param name                  the class's name, never null
 * @param constructorDimensions the dimension name of each constructor argument, in order, never
 *     null
 * @param parameters            the {@code @Param} fields, superclass fields first, never null
 * @param layers                the names of the {@code @Layer} fields, superclass fields first,
 *     never null
 * @param forward               the forward pass, never null
 * @param backward              the backward pass, never null
 * @since 0.1
 */
public record LayerModel(
        ClassName name,
        List<String> constructorDimensions,
        List<ParameterModel> parameters,
        List<String> layers,
        ForwardModel forward,
        BackwardModel backward) {

    /**
     * Validate and copy the components.
     *
     * @param name                  the class's name, never null
     * @param constructorDimensions the dimension name of each constructor argument, in order,
     *     never null
     * @param parameters            the {@code @Param} fields, superclass fields first, never null
     * @param layers                the names of the {@code @Layer} fields, superclass fields
     *     first, never null
     * @param forward               the forward pass, never null
     * @param backward              the backward pass, never null
     * @since 0.1
     */
    public LayerModel {
        Objects.requireNonNull(name, "name");
        constructorDimensions = List.copyOf(constructorDimensions);
        parameters = List.copyOf(parameters);
        layers = List.copyOf(layers);
        Objects.requireNonNull(forward, "forward");
        Objects.requireNonNull(backward, "backward");
    }
}
