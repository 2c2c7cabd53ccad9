package io.github.gradcheck.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.api.NonDifferentiable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Validated description of one {@code @Differentiable} class: its inputs, output, parameters,
 * sub-layers and dimensions.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LayerDescriptor {

    private static final ClassValue<LayerDescriptor> CACHE = new ClassValue<>() {
        @Override
        protected LayerDescriptor computeValue(Class<?> type) {
            return DescriptorReader.read(type);
        }
    };

    private final Class<?> type;
    private final Method forward;
    private final Method backward;
    private final List<Input> inputs;
    private final List<Parameter> parameters;
    private final List<SubLayer> layers;
    private final Constructor<?> constructor;
    private final List<Dimension> constructorDimensions;
    private final List<Dimension> freeDimensions;

    LayerDescriptor(Class<?> type, Method forward, Method backward, List<Input> inputs, List<Parameter> parameters,
            List<SubLayer> layers, Constructor<?> constructor, List<Dimension> constructorDimensions,
            List<Dimension> freeDimensions) {

        this.type = type;
        this.forward = forward;
        this.backward = backward;
        this.inputs = List.copyOf(inputs);
        this.parameters = List.copyOf(parameters);
        this.layers = List.copyOf(layers);
        this.constructor = constructor;
        this.constructorDimensions = List.copyOf(constructorDimensions);
        this.freeDimensions = List.copyOf(freeDimensions);
    }

    /**
     * Describe a class, validating it against the layer contract.
     *
     * @param type a {@code @Differentiable} class, never null
     * @return the description, cached per class
     * @throws LayerDefinitionException if the class breaks the contract
     * @since 0.1
     */
    public static LayerDescriptor of(Class<?> type) {
        return CACHE.get(type);
    }

    /**
     * Return the described class.
     *
     * @return the class
     * @since 0.1
     */
    public Class<?> type() {
        return type;
    }

    /**
     * Return the class's simple name, with enclosing classes, for messages.
     *
     * @return a name such as {@code Dense} or {@code Outer.Inner}
     * @since 0.1
     */
    public String displayName() {
        return displayName(type);
    }

    static String displayName(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : displayName(type.getEnclosingClass()) + "." + type.getSimpleName();
    }

    /**
     * Return the forward method.
     *
     * @return the method annotated {@code @Forward}
     * @since 0.1
     */
    public Method forward() {
        return forward;
    }

    /**
     * Return the backward method.
     *
     * @return the method annotated {@code @Backward}
     * @since 0.1
     */
    public Method backward() {
        return backward;
    }

    /**
     * Return the forward inputs in parameter order.
     *
     * @return the inputs, never null
     * @since 0.1
     */
    public List<Input> inputs() {
        return inputs;
    }

    /**
     * Return the single differentiable input, if the forward pass has one.
     *
     * @return the input whose gradient backward returns
     * @since 0.1
     */
    public Optional<Input> differentiableInput() {
        return inputs.stream().filter(input -> input.kind() == InputKind.DIFFERENTIABLE).findFirst();
    }

    /**
     * Tell whether the forward pass returns a scalar loss.
     *
     * @return {@code true} when forward returns {@code double} or {@code float}
     * @since 0.1
     */
    public boolean isLoss() {
        return forward.getReturnType().isPrimitive();
    }

    /**
     * Return the parameters the class itself declares, superclass fields first.
     *
     * @return the parameters, never null
     * @since 0.1
     */
    public List<Parameter> parameters() {
        return parameters;
    }

    /**
     * Return the sub-layers the class itself declares.
     *
     * @return the {@code @Layer} fields, never null
     * @since 0.1
     */
    public List<SubLayer> layers() {
        return layers;
    }

    /**
     * Return the constructor the checker calls.
     *
     * @return a constructor whose arguments all carry {@code @Dim}
     * @since 0.1
     */
    public Constructor<?> constructor() {
        return constructor;
    }

    /**
     * Return the dimensions the constructor binds, in argument order.
     *
     * @return the dimensions, never null
     * @since 0.1
     */
    public List<Dimension> constructorDimensions() {
        return constructorDimensions;
    }

    /**
     * Return the dimensions the class bounds with class-level {@code @Dim}.
     *
     * @return the dimensions, never null
     * @since 0.1
     */
    public List<Dimension> freeDimensions() {
        return freeDimensions;
    }

    /**
     * Role of a forward input.
     *
     * @since 0.1
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum InputKind {
        /** A floating-point array the checker perturbs and whose gradient backward returns. */
        DIFFERENTIABLE,
        /** A floating-point array marked {@code @NonDifferentiable}. */
        NON_DIFFERENTIABLE,
        /** An {@code int[]} of class indices marked {@code @Labels}. */
        LABELS
    }

    /**
     * One forward input.
     *
     * @param name      the Java parameter name, or {@code x} when the class was compiled without
     *                  {@code -parameters}
     * @param type      the array class
     * @param kind      the role
     * @param shape     one dimension name per axis
     * @param values    the value family of a non-differentiable input
     * @param classes   the dimension counting the classes of a labels input, or null
     * @since 0.1
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Input(String name, Class<?> type, InputKind kind, List<String> shape,
            NonDifferentiable.Values values, String classes) {

        /**
         * Return the name of this input's gradient, {@code "d" + name}.
         *
         * @return a name such as {@code dx}
         * @since 0.1
         */
        public String gradientName() {
            return "d" + name;
        }
    }

    /**
     * One {@code @Param} field and its gradient field.
     *
     * @param name          the parameter field's name
     * @param gradientName  the gradient field's name
     * @param field         the parameter field
     * @param gradientField the gradient field
     * @param regularized   whether the loss adds an L2 penalty on it
     * @since 0.1
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Parameter(String name, String gradientName, Field field, Field gradientField, boolean regularized) {
    }

    /**
     * One {@code @Layer} field.
     *
     * @param name  the field's name
     * @param field the field
     * @since 0.1
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record SubLayer(String name, Field field) {
    }

    /**
     * A named dimension with generation bounds.
     *
     * @param name the name
     * @param min  the inclusive lower bound, at least 1
     * @param max  the inclusive upper bound, or 0 for the configured default
     * @since 0.1
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Dimension(String name, int min, int max) {
    }
}
