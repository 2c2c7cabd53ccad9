package io.github.gradcheck.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.api.Dimensions;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Turns dimension names, as listed in {@code @Shape} or {@link Sample}, into array shapes.
 *
 * <p>A name stands for the same size wherever it occurs, so {@code ("batch", "in")} for the input
 * and {@code ("in", "out")} for the weights always agree on {@code in}.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ShapeGenerators {

    private ShapeGenerators() {
    }

    /**
     * Look up the size of each named axis.
     *
     * @param dimensions the sizes by name, never null
     * @param names      one dimension name per axis, outermost first, never null
     * @return the shape
     * @throws IllegalArgumentException if a name has no size
     * @since 0.1
     */
    public static int[] shape(Dimensions dimensions, List<String> names) {
        Objects.requireNonNull(dimensions, "dimensions");
        return names.stream().mapToInt(dimensions::get).toArray();
    }

    /**
     * Look up the size of each named axis.
     *
     * @param dimensions the sizes by name, never null
     * @param names      one dimension name per axis, outermost first, never null
     * @return the shape
     * @throws IllegalArgumentException if a name has no size
     * @since 0.1
     */
    public static int[] shape(Dimensions dimensions, String... names) {
        return shape(dimensions, List.of(names));
    }

    /**
     * Return a generator that draws dimensions and returns the shape they give the named axes.
     *
     * @param dimensions the dimension generator, which must size every name, never null
     * @param names      one dimension name per axis, outermost first, never null
     * @return the generator
     * @since 0.1
     */
    public static Generator<int[]> of(Generator<Dimensions> dimensions, String... names) {
        Objects.requireNonNull(dimensions, "dimensions");
        List<String> axes = List.of(names);
        return random -> shape(dimensions.next(random), axes);
    }
}
