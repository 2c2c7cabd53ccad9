package io.github.gradcheck.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.check.LayerDescriptor;
import io.github.gradcheck.check.LayerDescriptor.Dimension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Draws dimension sizes with a bias toward the edge cases that hide backward-pass bugs.
 *
 * <p>A uniform draw over [1, 8] returns 1 or 2 only a quarter of the time, although the smallest
 * sizes are where a fault becomes readable: batch 2 is the smallest batch that shows a gradient
 * not summed over the batch, and stride 2 the smallest that shows a strided index error. So with
 * probability {@value #EDGE_PROBABILITY} a size is one of its edge values, {@link #edgeValues},
 * and otherwise uniform within its bounds. Sizes of different names are drawn independently, so
 * the relations a layer cares about all occur: non-square weights ({@code in != out}), overlapping
 * windows ({@code window > stride}), several time steps ({@code time >= 2}).
 *
 * <p>Each draw takes the same number of values from the random source whatever its result, so a
 * case whose sizes are later fixed by name, as the shrinker does, draws its tensors from the same
 * position of the random sequence as before.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DimensionGenerators {

    /** Probability that a size is drawn from its edge values instead of uniformly. */
    public static final double EDGE_PROBABILITY = 0.25;

    private DimensionGenerators() {
    }

    /**
     * Return a generator of sizes in {@code [min, max]}, biased toward the edge values.
     *
     * @param min the inclusive lower bound, at least 1
     * @param max the inclusive upper bound, at least {@code min}
     * @return the generator
     * @throws IllegalArgumentException if the bounds are out of order or below 1
     * @since 0.1
     */
    public static Generator<Integer> between(int min, int max) {
        checkBounds("size", min, max);
        int[] edges = edgeValues(min, max);
        return random -> {
            double pick = random.nextDouble();
            int edge = edges[random.nextInt(edges.length)];
            int uniform = random.nextInt(min, max + 1);
            return pick < EDGE_PROBABILITY ? edge : uniform;
        };
    }

    /**
     * List the edge values of a range: its bounds, the value after the lower bound, and 1 and 2
     * where they are in range.
     *
     * @param min the inclusive lower bound, at least 1
     * @param max the inclusive upper bound, at least {@code min}
     * @return the distinct edge values in ascending order
     * @since 0.1
     */
    public static int[] edgeValues(int min, int max) {
        checkBounds("size", min, max);
        var edges = new TreeSet<Integer>(List.of(min, max, Math.min(min + 1, max)));
        for (int small = 1; small <= 2; small++) {
            if (small >= min && small <= max) {
                edges.add(small);
            }
        }
        return edges.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Return a generator of one size per named dimension, each drawn by {@link #between}.
     *
     * @param bounds       the dimensions in drawing order; a {@code max} of 0 stands for
     *                     {@code maxDimension}; never null
     * @param maxDimension the upper bound of dimensions that give none, at least 1
     * @return the generator; its values keep the order of {@code bounds}
     * @throws IllegalArgumentException if a name repeats or its bounds are invalid
     * @since 0.1
     */
    public static Generator<Dimensions> of(List<Dimension> bounds, int maxDimension) {
        Map<String, Generator<Integer>> sizes = new LinkedHashMap<>();
        for (Dimension dimension : resolve(bounds, maxDimension)) {
            if (sizes.put(dimension.name(), between(dimension.min(), dimension.max())) != null) {
                throw new IllegalArgumentException("Cannot generate dimension [" + dimension.name()
                        + "] twice; list each name once.");
            }
        }
        return random -> {
            Map<String, Integer> drawn = new LinkedHashMap<>();
            sizes.forEach((name, size) -> drawn.put(name, size.next(random)));
            return Dimensions.of(drawn);
        };
    }

    /**
     * Return a generator of every dimension a layer class names, with its {@code @Dim} bounds.
     *
     * @param layerType    a {@code @Differentiable} class, never null
     * @param maxDimension the upper bound of dimensions whose {@code @Dim} gives none, at least 1
     * @return the generator, in the order of {@link CaseGenerator#bounds()}
     * @throws io.github.gradcheck.check.LayerDefinitionException if the class breaks the layer
     *     contract
     * @since 0.1
     */
    public static Generator<Dimensions> forLayer(Class<?> layerType, int maxDimension) {
        Objects.requireNonNull(layerType, "layerType");
        List<Dimension> bounds = CaseGenerator.of(LayerDescriptor.of(layerType)).withMaxDimension(maxDimension)
                .bounds();
        return of(bounds, maxDimension);
    }

    /**
     * Replace an open upper bound by {@code maxDimension} and validate every range.
     *
     * @param bounds       the dimensions, never null
     * @param maxDimension the default upper bound, at least 1
     * @return dimensions whose {@code max} is at least their {@code min}
     * @throws IllegalArgumentException if a range is invalid
     * @since 0.1
     */
    public static List<Dimension> resolve(List<Dimension> bounds, int maxDimension) {
        Objects.requireNonNull(bounds, "bounds");
        if (maxDimension < 1) {
            throw new IllegalArgumentException("Cannot use maximum dimension [" + maxDimension + "]; give at least 1.");
        }
        List<Dimension> resolved = new ArrayList<>();
        for (Dimension dimension : bounds) {
            int max = dimension.max() == 0 ? Math.max(dimension.min(), maxDimension) : dimension.max();
            checkBounds("dimension [" + dimension.name() + "]", dimension.min(), max);
            resolved.add(new Dimension(dimension.name(), dimension.min(), max));
        }
        return resolved;
    }

    private static void checkBounds(String subject, int min, int max) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("Cannot generate " + subject + " with bounds [" + min + ", " + max
                    + "]; give a minimum of at least 1 and a maximum of at least the minimum.");
        }
    }
}
