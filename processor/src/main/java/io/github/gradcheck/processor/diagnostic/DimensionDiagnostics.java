package io.github.gradcheck.processor.diagnostic;

import static io.github.gradcheck.processor.diagnostic.DiagnosticMessage.of;

/**
 * Messages about dimension names: {@code @Dim} bindings and bounds, and the names in
 * {@code @Shape} and {@code @Labels}.
 *
 * @since 0.1
 */
public final class DimensionDiagnostics {

    private DimensionDiagnostics() {
    }

    /**
     * Report {@code @Dim} on a constructor argument that is not an {@code int}.
     *
     * @param layer    the class's canonical name, never null
     * @param argument the argument's name, never null
     * @param type     its declared type, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage dimensionNotInt(String layer, String argument, String type) {
        return of(DiagnosticCode.DIM_TARGET,
                "@Dim constructor argument [" + argument + "] of [" + layer + "] has type [" + type
                        + "], but a dimension binds only an int",
                "declare the argument int");
    }

    /**
     * Report {@code @Dim} on a parameter of a method rather than a constructor.
     *
     * @param layer    the class's canonical name, never null
     * @param method   the method's name, never null
     * @param argument the parameter's name, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage dimensionOutsideConstructor(String layer, String method,
            String argument) {

        return of(DiagnosticCode.DIM_TARGET,
                "@Dim on parameter [" + argument + "] of method [" + method + "] of [" + layer
                        + "] binds nothing, because only constructor arguments bind dimensions",
                "move it to an int constructor argument, or to the class to bound a free"
                        + " dimension");
    }

    /**
     * Report several {@code @Dim} annotations on one constructor argument.
     *
     * @param layer    the class's canonical name, never null
     * @param argument the argument's name, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage repeatedDimension(String layer, String argument) {
        return of(DiagnosticCode.DIM_TARGET,
                "constructor argument [" + argument + "] of [" + layer + "] carries several @Dim"
                        + " annotations, but an argument binds exactly one dimension",
                "keep one @Dim on it");
    }

    /**
     * Report a dimension that two constructor arguments bind.
     *
     * @param layer    the class's canonical name, never null
     * @param name     the dimension name, never null
     * @param argument the name of the second argument that binds it, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage duplicateBinding(String layer, String name, String argument) {
        return of(DiagnosticCode.DUPLICATE_DIM,
                "dimension [" + name + "] is bound a second time by constructor argument ["
                        + argument + "] of [" + layer + "]",
                "give each argument its own dimension name");
    }

    /**
     * Report a dimension that two class-level {@code @Dim} annotations bound.
     *
     * @param layer the class's canonical name, never null
     * @param name  the dimension name, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage duplicateBounds(String layer, String name) {
        return of(DiagnosticCode.DUPLICATE_DIM,
                "class [" + layer + "] bounds dimension [" + name + "] with more than one"
                        + " class-level @Dim",
                "keep one @Dim(\"" + name + "\") on the class");
    }

    /**
     * Report a class-level {@code @Dim} on a dimension that a constructor argument binds.
     *
     * @param layer the class's canonical name, never null
     * @param name  the dimension name, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage boundsOnBoundDimension(String layer, String name) {
        return of(DiagnosticCode.DIM_CONFLICT,
                "class-level @Dim(\"" + name + "\") of [" + layer + "] bounds a dimension that a"
                        + " constructor argument already binds, but class-level bounds apply only"
                        + " to free dimensions",
                "move min and max to the constructor argument's @Dim and remove the class-level"
                        + " one");
    }

    /**
     * Report {@code @Dim} bounds that admit no value.
     *
     * @param layer the class's canonical name, never null
     * @param name  the dimension name, never null
     * @param min   the lower bound as written
     * @param max   the upper bound as written
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage bounds(String layer, String name, int min, int max) {
        return of(DiagnosticCode.DIM_BOUNDS,
                "@Dim(\"" + name + "\") of [" + layer + "] has bounds [min=" + min + ", max="
                        + max + "], but min must be at least 1 and max must be at least min, or 0"
                        + " for the configured default",
                "correct the bounds");
    }

    /**
     * Report a blank dimension name.
     *
     * @param layer the class's canonical name, never null
     * @param site  where the name is written, such as {@code @Shape of forward input [x]}, never
     *     null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage blankName(String layer, String site) {
        return of(DiagnosticCode.BLANK_DIMENSION,
                site + " of [" + layer + "] contains a blank dimension name",
                "name every dimension, for example \"batch\"");
    }

    /**
     * Report a class count that names a dimension nothing sizes.
     *
     * @param layer the class's canonical name, never null
     * @param input the labels input's name, never null
     * @param name  the dimension name, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage labelsDimension(String layer, String input, String name) {
        return of(DiagnosticCode.LABELS_DIMENSION,
                "@Labels(\"" + name + "\") of forward input [" + input + "] of [" + layer
                        + "] names a dimension that no @Shape or @Dim uses, so the checker cannot"
                        + " size the class count",
                "name [" + name + "] in the @Shape of the scores input, or bound it with @Dim(\""
                        + name + "\") on the class or a constructor argument");
    }
}
