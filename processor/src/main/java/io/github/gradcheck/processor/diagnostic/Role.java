package io.github.gradcheck.processor.diagnostic;

/**
 * Part a class member plays for the generated adapter, as named in diagnostics.
 *
 * @since 0.1
 */
public enum Role {

    /** A field annotated {@code @Param}. */
    PARAMETER("@Param field"),
    /** The field that stores a parameter's analytic gradient. */
    GRADIENT("gradient field"),
    /** A field annotated {@code @Layer}. */
    LAYER("@Layer field"),
    /** The method annotated {@code @Forward}. */
    FORWARD("@Forward method"),
    /** The method annotated {@code @Backward}. */
    BACKWARD("@Backward method"),
    /** The constructor the checker calls. */
    CONSTRUCTOR("constructor");

    private final String description;

    Role(String description) {
        this.description = description;
    }

    /**
     * Return the role as a noun phrase, such as {@code @Param field}.
     *
     * @return the description, never null
     * @since 0.1
     */
    public String description() {
        return description;
    }
}
