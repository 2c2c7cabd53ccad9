package io.github.gradcheck.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.check.LayerDescriptor;
import io.github.gradcheck.check.LayerDescriptor.Dimension;
import io.github.gradcheck.check.LayerDescriptor.Input;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * Generates the dimensions and inputs of a check case for one layer class.
 *
 * <p>Dimensions are drawn uniformly within their bounds: the {@code @Dim} bounds of a
 * constructor argument or of the class, else 1 to {@link #maxDimension()}. Differentiable
 * inputs are standard normal; non-differentiable ones follow their declared value family.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CaseGenerator {

    /** Upper bound of a dimension whose {@code @Dim} gives none. */
    public static final int DEFAULT_MAX_DIMENSION = 4;

    private final LayerDescriptor descriptor;
    private final int maxDimension;

    private CaseGenerator(LayerDescriptor descriptor, int maxDimension) {
        this.descriptor = descriptor;
        this.maxDimension = maxDimension;
    }

    /**
     * Create a generator for a layer class.
     *
     * @param descriptor the validated layer, never null
     * @return a generator with the default bounds
     * @since 0.1
     */
    public static CaseGenerator of(LayerDescriptor descriptor) {
        return new CaseGenerator(descriptor, DEFAULT_MAX_DIMENSION);
    }

    /**
     * Return a copy with another default upper bound.
     *
     * @param maxDimension at least 1
     * @return the copy
     * @throws IllegalArgumentException if the bound is below 1
     * @since 0.1
     */
    public CaseGenerator withMaxDimension(int maxDimension) {
        if (maxDimension < 1) {
            throw new IllegalArgumentException("Cannot use maximum dimension [" + maxDimension + "]; give at least 1.");
        }
        return new CaseGenerator(descriptor, maxDimension);
    }

    /**
     * Return the default upper bound of a dimension.
     *
     * @return at least 1
     * @since 0.1
     */
    public int maxDimension() {
        return maxDimension;
    }

    /**
     * Generate a case.
     *
     * @param random the source, never null
     * @param fixed  sizes to use as given instead of drawing them, never null
     * @return the case
     * @since 0.1
     */
    public GeneratedCase next(RandomGenerator random, Dimensions fixed) {
        Dimensions dimensions = dimensions(random, fixed);
        return new GeneratedCase(dimensions, inputs(random, dimensions));
    }

    /**
     * Draw a size for every dimension the layer names.
     *
     * @param random the source, never null
     * @param fixed  sizes to use as given, never null
     * @return every dimension in order: constructor arguments, class bounds, then other shape names
     * @since 0.1
     */
    public Dimensions dimensions(RandomGenerator random, Dimensions fixed) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (Dimension dimension : bounds()) {
            int size = fixed.contains(dimension.name()) ? fixed.get(dimension.name()) : draw(random, dimension);
            sizes.putIfAbsent(dimension.name(), size);
        }
        fixed.asMap().forEach(sizes::putIfAbsent);
        return Dimensions.of(sizes);
    }

    /**
     * List every dimension the layer names with its bounds, in the order they are drawn.
     *
     * @return constructor dimensions, class-level dimensions, then the remaining names of inputs
     * @since 0.1
     */
    public List<Dimension> bounds() {
        Map<String, Dimension> bounds = new LinkedHashMap<>();
        descriptor.constructorDimensions().forEach(dimension -> bounds.putIfAbsent(dimension.name(), dimension));
        descriptor.freeDimensions().forEach(dimension -> bounds.putIfAbsent(dimension.name(), dimension));
        for (Input input : descriptor.inputs()) {
            input.shape().forEach(name -> bounds.putIfAbsent(name, new Dimension(name, 1, 0)));
            if (input.classes() != null) {
                bounds.putIfAbsent(input.classes(), new Dimension(input.classes(), 2, 0));
            }
        }
        List<Dimension> resolved = new ArrayList<>();
        bounds.values().forEach(dimension -> resolved.add(new Dimension(dimension.name(), dimension.min(),
                dimension.max() == 0 ? Math.max(dimension.min(), maxDimension) : dimension.max())));
        return resolved;
    }

    private static int draw(RandomGenerator random, Dimension dimension) {
        return dimension.min() == dimension.max() ? dimension.min()
                : random.nextInt(dimension.min(), dimension.max() + 1);
    }

    /**
     * Generate one argument per forward input for the given sizes.
     *
     * @param random     the source, never null
     * @param dimensions a size for every name the inputs use, never null
     * @return the arguments in parameter order
     * @since 0.1
     */
    public List<Object> inputs(RandomGenerator random, Dimensions dimensions) {
        List<Object> inputs = new ArrayList<>();
        for (Input input : descriptor.inputs()) {
            inputs.add(input(random, input, shape(input, dimensions), dimensions));
        }
        return inputs;
    }

    private static int[] shape(Input input, Dimensions dimensions) {
        return input.shape().stream().mapToInt(dimensions::get).toArray();
    }

    private static Object input(RandomGenerator random, Input input, int[] shape, Dimensions dimensions) {
        return switch (input.kind()) {
            case DIFFERENTIABLE -> TensorGenerators.normal(random, input.type(), shape);
            case LABELS -> TensorGenerators.labels(random, shape[0], dimensions.get(input.classes()));
            case NON_DIFFERENTIABLE -> switch (input.values()) {
                case REAL -> TensorGenerators.normal(random, input.type(), shape);
                case BINARY -> TensorGenerators.binary(random, input.type(), shape);
                case PROBABILITY -> TensorGenerators.uniform(random, input.type(), shape, 0.05, 0.95);
                case ONE_HOT -> TensorGenerators.oneHot(random, input.type(), shape);
            };
        };
    }
}
