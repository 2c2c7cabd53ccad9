package io.github.gradcheck.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Immutable assignment of sizes to dimension names, such as {@code batch=3, in=4}.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Dimensions {

    private static final Dimensions EMPTY = new Dimensions(Map.of());

    private final Map<String, Integer> sizes;

    private Dimensions(Map<String, Integer> sizes) {
        this.sizes = sizes;
    }

    /**
     * Return the assignment with no dimensions.
     *
     * @return the empty assignment
     * @since 0.1
     */
    public static Dimensions empty() {
        return EMPTY;
    }

    /**
     * Create an assignment from name and size pairs, kept in the map's iteration order.
     *
     * @param sizes sizes by name, each at least 1, never null
     * @return the assignment
     * @throws IllegalArgumentException if a size is below 1
     * @since 0.1
     */
    public static Dimensions of(Map<String, Integer> sizes) {
        Objects.requireNonNull(sizes, "sizes");
        var copy = new LinkedHashMap<String, Integer>();
        sizes.forEach((name, size) -> copy.put(Objects.requireNonNull(name, "name"), checked(name, size)));
        return new Dimensions(Collections.unmodifiableMap(copy));
    }

    /**
     * Return a copy with one dimension set.
     *
     * @param name the dimension name, never null
     * @param size its size, at least 1
     * @return the new assignment
     * @since 0.1
     */
    public Dimensions with(String name, int size) {
        var copy = new LinkedHashMap<>(sizes);
        copy.put(Objects.requireNonNull(name, "name"), checked(name, size));
        return new Dimensions(Collections.unmodifiableMap(copy));
    }

    /**
     * Return the size of a dimension.
     *
     * @param name the dimension name, never null
     * @return its size
     * @throws IllegalArgumentException if the name has no size
     * @since 0.1
     */
    public int get(String name) {
        Integer size = sizes.get(name);
        if (size == null) {
            throw new IllegalArgumentException(
                    "Cannot find dimension [" + name + "] in " + this + "; bind it with @Dim or name it in @Shape.");
        }
        return size;
    }

    /**
     * Tell whether a dimension has a size.
     *
     * @param name the dimension name, never null
     * @return {@code true} when it has one
     * @since 0.1
     */
    public boolean contains(String name) {
        return sizes.containsKey(name);
    }

    /**
     * Return all sizes by name, in insertion order.
     *
     * @return an unmodifiable map
     * @since 0.1
     */
    public Map<String, Integer> asMap() {
        return sizes;
    }

    private static int checked(String name, Integer size) {
        if (size == null || size < 1) {
            throw new IllegalArgumentException(
                    "Cannot size dimension [" + name + "] as [" + size + "]; sizes start at 1.");
        }
        return size;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Dimensions dimensions && sizes.equals(dimensions.sizes);
    }

    @Override
    public int hashCode() {
        return sizes.hashCode();
    }

    @Override
    public String toString() {
        var text = new StringBuilder("{");
        sizes.forEach((name, size) -> text.append(text.length() > 1 ? ", " : "").append(name).append('=').append(size));
        return text.append('}').toString();
    }
}
