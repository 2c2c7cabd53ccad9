package io.github.gradcheck.processor.model;

import java.util.Objects;

/**
 * Validated {@code @Param} field and the field that stores its analytic gradient.
 *
 * @param name         the parameter field's name, never null
 * @param type         the type of both fields, a floating-point array, never null
 * @param gradientName the gradient field's name, never null
 * @since 0.1
 */
public record ParameterModel(String name, TensorType type, String gradientName) {

    /**
     * Validate the components.
     *
     * @param name         the parameter field's name, never null
     * @param type         the type of both fields, a floating-point array, never null
     * @param gradientName the gradient field's name, never null
     * @since 0.1
     */
    public ParameterModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(gradientName, "gradientName");
    }
}
