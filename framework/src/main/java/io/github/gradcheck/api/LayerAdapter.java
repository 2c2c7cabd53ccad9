package io.github.gradcheck.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Gives the checker access to one {@link Differentiable} class without reflection.
 *
 * <p>The annotation processor generates one implementation per class, named after the class's
 * simple names joined by {@code _} plus {@value #SUFFIX}, in the class's package, with a public
 * no-argument constructor, and lists it in the resource {@value #INDEX_RESOURCE}. Each line of
 * that resource reads {@code layer.binary.Name=adapter.binary.Name}. When no generated adapter
 * exists, the checker builds an equivalent one at run time.
 *
 * <p>Parameters and sub-layers are numbered in declaration order; the numbering is the same as
 * in {@link #parameterNames()} and {@link #layerNames()}.
 *
 * @param <L> the layer class
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface LayerAdapter<L> {

    /** Suffix of a generated adapter's simple name. */
    String SUFFIX = "_GradcheckAdapter";

    /** Class-path resource that lists the generated adapters of a compilation. */
    String INDEX_RESOURCE = "META-INF/gradcheck/layers.index";

    /**
     * Return the adapted class.
     *
     * @return the layer class, never null
     * @since 0.1
     */
    Class<L> layerType();

    /**
     * Construct a layer for the given dimensions.
     *
     * @param dimensions the value of every dimension the constructor binds, never null
     * @return a new layer, never null
     * @throws Throwable whatever the layer's constructor throws
     * @since 0.1
     */
    L create(Dimensions dimensions) throws Throwable;

    /**
     * List the names of the {@link Param} fields of the class and its superclasses, but not of its
     * sub-layers.
     *
     * @return field names, superclass fields first, each class in declaration order, never null
     * @since 0.1
     */
    List<String> parameterNames();

    /**
     * Read a parameter array.
     *
     * @param layer the layer, never null
     * @param index the parameter's position in {@link #parameterNames()}
     * @return the array the field holds, possibly null
     * @since 0.1
     */
    Object parameter(L layer, int index);

    /**
     * Read the gradient array of a parameter.
     *
     * @param layer the layer, never null
     * @param index the parameter's position in {@link #parameterNames()}
     * @return the array the gradient field holds, possibly null
     * @since 0.1
     */
    Object gradient(L layer, int index);

    /**
     * Replace the gradient array of a parameter.
     *
     * @param layer    the layer, never null
     * @param index    the parameter's position in {@link #parameterNames()}
     * @param gradient an array of the gradient field's type, or null
     * @since 0.1
     */
    void setGradient(L layer, int index, Object gradient);

    /**
     * List the names of the {@link Layer} fields of the class and its superclasses.
     *
     * @return field names, superclass fields first, each class in declaration order, never null
     * @since 0.1
     */
    List<String> layerNames();

    /**
     * Read a sub-layer.
     *
     * @param layer the model, never null
     * @param index the sub-layer's position in {@link #layerNames()}
     * @return the layer the field holds, possibly null
     * @since 0.1
     */
    Object layer(L layer, int index);

    /**
     * Call the {@link Forward} method.
     *
     * @param layer  the layer, never null
     * @param inputs one argument per forward parameter, in order, never null
     * @return the output array, or a boxed {@code Double} for a loss
     * @throws Throwable whatever the forward pass throws
     * @since 0.1
     */
    Object forward(L layer, Object[] inputs) throws Throwable;

    /**
     * Call the {@link Backward} method.
     *
     * @param layer    the layer, never null
     * @param upstream the gradient with respect to the output, or null for a loss
     * @return the gradient with respect to the differentiable input, or null when backward is
     *     {@code void}
     * @throws Throwable whatever the backward pass throws
     * @since 0.1
     */
    Object backward(L layer, Object upstream) throws Throwable;
}
