package io.github.gradcheck.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.check.LayerAdapters;
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
 * <p>Dimensions are drawn by {@link DimensionGenerators} within their bounds, the {@code @Dim}
 * bounds of a constructor argument or of the class, else 1 to {@link #maxDimension()}, with a
 * bias toward edge values such as 1, 2 and the bounds. Differentiable inputs are standard
 * normal; non-differentiable ones follow their declared value family.
 *
 * <p>A layer states which combinations of sizes it accepts by throwing
 * {@link IllegalArgumentException} from its constructor, for example a pooling window larger
 * than the input. {@link #nextAccepted} draws the sizes again while the constructor rejects
 * them; {@link #next} never constructs the layer. Sizes fixed by the caller take the same random
 * values as drawn ones, so fixing every dimension to the sizes of a generated case reproduces
 * that case's inputs.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CaseGenerator {

    /** Upper bound of a dimension whose {@code @Dim} gives none. */
    public static final int DEFAULT_MAX_DIMENSION = 4;

    /**
     * Largest accepted default upper bound. A gradient check sweeps every element with two
     * forward passes each, so a bound much above this makes a check run for hours or run out of
     * memory on a rank-4 input.
     */
    public static final int LARGEST_MAX_DIMENSION = 64;

    /** Number of draws of the sizes before {@link #nextAccepted} gives up on a rejecting constructor. */
    public static final int MAX_ATTEMPTS = 50;

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
        if (maxDimension < 1 || maxDimension > LARGEST_MAX_DIMENSION) {
            throw new IllegalArgumentException("Cannot use maximum dimension [" + maxDimension
                    + "]; give a size from 1 to " + LARGEST_MAX_DIMENSION + ".");
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
     * Generate a case whose sizes the layer's constructor accepts, drawing the sizes again while
     * it throws {@link IllegalArgumentException}.
     *
     * <p>Each draw constructs the layer once to test the sizes. After {@value #MAX_ATTEMPTS} rejected
     * draws, or at once when the caller fixed every dimension, the last draw is returned as it is,
     * so that the check constructs the layer and reports the constructor's message.
     *
     * @param random the source, never null
     * @param fixed  sizes to use as given instead of drawing them, never null
     * @return the case
     * @since 0.1
     */
    public GeneratedCase nextAccepted(RandomGenerator random, Dimensions fixed) {
        Dimensions dimensions = dimensions(random, fixed);
        boolean drawsAny = bounds().stream().anyMatch(dimension -> !fixed.contains(dimension.name()));
        for (int attempt = 1; attempt < MAX_ATTEMPTS && drawsAny && rejects(dimensions); attempt++) {
            dimensions = dimensions(random, fixed);
        }
        return new GeneratedCase(dimensions, inputs(random, dimensions));
    }

    /**
     * Tell whether the layer's constructor rejects the sizes with an
     * {@link IllegalArgumentException}.
     *
     * @param dimensions a size for every constructor dimension, never null
     * @return {@code true} when the constructor throws {@code IllegalArgumentException}
     * @since 0.1
     */
    public boolean rejects(Dimensions dimensions) {
        if (descriptor.constructorDimensions().isEmpty()) {
            return false;
        }
        try {
            LayerAdapters.of(descriptor.type()).create(dimensions);
            return false;
        } catch (IllegalArgumentException rejected) {
            return true;
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable other) {
            // Any other exception is a fault of the constructor rather than a rejection of these
            // sizes, so the checker constructs the layer again and reports it with the layer's name.
            return false;
        }
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
        Map<String, Integer> sizes = new LinkedHashMap<>(DimensionGenerators.of(bounds(), maxDimension)
                .next(random).asMap());
        sizes.putAll(fixed.asMap());
        return Dimensions.of(sizes);
    }

    /**
     * List every dimension the layer names with its bounds, in the order they are drawn.
     *
     * @return constructor dimensions, class-level dimensions, then the remaining names of inputs,
     *     each with an upper bound: an open {@code @Dim} bound becomes {@link #maxDimension()}
     * @since 0.1
     */
    public List<Dimension> bounds() {
        return DimensionGenerators.resolve(declaredBounds(), maxDimension);
    }

    /**
     * List every dimension the layer names with the bounds it declares, in the order they are
     * drawn.
     *
     * @return the dimensions as in {@link #bounds()}, with a {@code max} of 0 where the layer
     *     leaves the upper bound open
     * @since 0.1
     */
    public List<Dimension> declaredBounds() {
        Map<String, Dimension> bounds = new LinkedHashMap<>();
        descriptor.constructorDimensions().forEach(dimension -> bounds.putIfAbsent(dimension.name(), dimension));
        descriptor.freeDimensions().forEach(dimension -> bounds.putIfAbsent(dimension.name(), dimension));
        for (Input input : descriptor.inputs()) {
            input.shape().forEach(name -> bounds.putIfAbsent(name, new Dimension(name, 1, 0)));
            if (input.classes() != null) {
                // With one class a softmax loss is constant and every gradient is zero, which
                // hides any fault, so a class count starts at 2 unless its @Dim caps it at 1.
                Dimension declared = bounds.getOrDefault(input.classes(), new Dimension(input.classes(), 2, 0));
                int min = declared.max() == 1 ? declared.min() : Math.max(2, declared.min());
                bounds.put(input.classes(), new Dimension(input.classes(), min, declared.max()));
            }
        }
        return new ArrayList<>(bounds.values());
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
