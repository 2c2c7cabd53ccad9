package io.github.gradcheck.processor.model;

import java.util.Objects;

/**
 * Java type of a value that crosses a generated adapter: a primitive element type and a rank.
 *
 * <p>Rank 0 is the scalar itself, as a loss returns it. Rank 2 of {@link Element#DOUBLE} is
 * {@code double[][]}.
 *
 * @param element the primitive element type, never null
 * @param rank    the number of array dimensions, from 0 to {@link #MAX_RANK}
 * @since 0.1
 */
public record TensorType(Element element, int rank) {

    /** Highest array rank a parameter or input may have. */
    public static final int MAX_RANK = 4;

    /**
     * Validate the components.
     *
     * @param element the primitive element type, never null
     * @param rank    the number of array dimensions, from 0 to {@link #MAX_RANK}
     * @since 0.1
     */
    public TensorType {
        Objects.requireNonNull(element, "element");
        if (rank < 0 || rank > MAX_RANK) {
            throw new IllegalArgumentException("Cannot describe a tensor of rank [" + rank
                    + "]; ranks run from 0 to " + MAX_RANK + ".");
        }
    }

    /**
     * Tell whether this is a plain scalar rather than an array.
     *
     * @return {@code true} for rank 0
     * @since 0.1
     */
    public boolean isScalar() {
        return rank == 0;
    }

    /**
     * Tell whether this is a {@code double} or {@code float} array of rank 1 or more.
     *
     * @return {@code true} for a floating-point array
     * @since 0.1
     */
    public boolean isFloatingPointArray() {
        return rank > 0 && element != Element.INT;
    }

    /**
     * Render the type as Java source, such as {@code float[][]}.
     *
     * @return the source text of the type, never null
     * @since 0.1
     */
    public String javaName() {
        return element.keyword() + "[]".repeat(rank);
    }

    @Override
    public String toString() {
        return javaName();
    }

    /**
     * Primitive element type of a tensor.
     *
     * @since 0.1
     */
    public enum Element {
        /** The {@code double} element type of parameters, inputs and losses. */
        DOUBLE("double"),
        /** The {@code float} element type of parameters, inputs and losses. */
        FLOAT("float"),
        /** The {@code int} element type, used only for class-index labels. */
        INT("int");

        private final String keyword;

        Element(String keyword) {
            this.keyword = keyword;
        }

        /**
         * Return the Java keyword of the type.
         *
         * @return a primitive type keyword, never null
         * @since 0.1
         */
        public String keyword() {
            return keyword;
        }
    }
}
