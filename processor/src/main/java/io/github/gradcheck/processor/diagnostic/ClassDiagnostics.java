package io.github.gradcheck.processor.diagnostic;

import static io.github.gradcheck.processor.diagnostic.DiagnosticMessage.of;

/**
 * Messages about the shape of a {@code @Differentiable} class and the constructor the checker
 * calls.
 *
 * @since 0.1
 */
public final class ClassDiagnostics {

    private ClassDiagnostics() {
    }

    /**
     * Report {@code @Differentiable} on a type that is not a class.
     *
     * @param layer the annotated type's canonical name, never null
     * @param kind  what the type is instead, such as {@code interface}, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage notAClass(String layer, String kind) {
        return of(DiagnosticCode.NOT_A_CLASS,
                "@Differentiable type [" + layer + "] is an " + kind
                        + ", but the checker needs a class it can instantiate",
                "move @Differentiable to a concrete class");
    }

    /**
     * Report a class that is private or nested in a private class.
     *
     * @param layer       the class's canonical name, never null
     * @param privateType the canonical name of the private class, the layer itself or an
     *     enclosing class, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage privateClass(String layer, String privateType) {
        String placement = layer.equals(privateType)
                ? "private"
                : "nested in private class [" + privateType + "]";
        String rule = "@Differentiable class [" + layer + "] is " + placement;
        return of(DiagnosticCode.PRIVATE_CLASS,
                rule + ", so the generated adapter in the same package cannot reach it",
                "make [" + privateType + "] package-private or public");
    }

    /**
     * Report a nested class that is not static.
     *
     * @param layer     the class's canonical name, never null
     * @param enclosing the canonical name of the class it is nested in, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage innerClass(String layer, String enclosing) {
        return of(DiagnosticCode.INNER_CLASS,
                "@Differentiable class [" + layer + "] is an inner class, so the checker cannot"
                        + " create it without an instance of [" + enclosing + "]",
                "declare it static");
    }

    /**
     * Report an abstract class.
     *
     * @param layer the class's canonical name, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage abstractClass(String layer) {
        return of(DiagnosticCode.ABSTRACT_CLASS,
                "@Differentiable class [" + layer + "] is abstract, so the checker cannot"
                        + " instantiate it",
                "make it concrete, or move @Differentiable to a concrete subclass");
    }

    /**
     * Report a class with type parameters.
     *
     * @param layer      the class's canonical name, never null
     * @param parameters the type parameters as written, such as {@code T, U}, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage genericClass(String layer, String parameters) {
        return of(DiagnosticCode.GENERIC_CLASS,
                "@Differentiable class [" + layer + "] declares type parameters [" + parameters
                        + "], but the generated adapter cannot choose type arguments",
                "remove the type parameters, or move @Differentiable to a subclass that fixes"
                        + " them");
    }

    /**
     * Report a class without a constructor the checker can call.
     *
     * @param layer the class's canonical name, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage noConstructor(String layer) {
        return of(DiagnosticCode.NO_CONSTRUCTOR,
                "@Differentiable class [" + layer + "] has no constructor the checker can call",
                "add a non-private constructor whose arguments are all int and annotated with @Dim,"
                        + " or a non-private constructor without arguments");
    }

    /**
     * Report an argument of the only constructor that no {@code @Dim} binds.
     *
     * @param layer    the class's canonical name, never null
     * @param argument the argument's name, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage unboundArgument(String layer, String argument) {
        return of(DiagnosticCode.UNBOUND_ARGUMENT,
                "constructor argument [" + argument + "] of [" + layer + "] has no @Dim, so the"
                        + " checker cannot supply its value",
                "annotate it with @Dim(\"name\") if it is an int size, or add a constructor that"
                        + " takes only @Dim int arguments");
    }
}
