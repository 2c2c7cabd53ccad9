package io.github.gradcheck.processor.diagnostic;

import static io.github.gradcheck.processor.diagnostic.DiagnosticMessage.of;

/**
 * Messages about {@code @Param} fields and their gradient fields.
 *
 * @since 0.1
 */
public final class ParameterDiagnostics {

    private static final String SUPPORTED_TYPES = "double or float arrays of rank 1 to 4";

    private ParameterDiagnostics() {
    }

    /**
     * Report a parameter of an unsupported type.
     *
     * @param layer the class's canonical name, never null
     * @param field the parameter field's name, never null
     * @param type  its declared type, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage parameterType(String layer, String field, String type) {
        return of(DiagnosticCode.PARAM_TYPE,
                "@Param field [" + field + "] of [" + layer + "] has type [" + type
                        + "], but parameters are " + SUPPORTED_TYPES,
                "change its type, or remove @Param if the field is not trainable");
    }

    /**
     * Report a parameter whose gradient field does not exist.
     *
     * @param layer    the class's canonical name, never null
     * @param field    the parameter field's name, never null
     * @param gradient the gradient field's expected name, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage gradientMissing(String layer, String field, String gradient) {
        return of(DiagnosticCode.GRADIENT_MISSING,
                "@Param field [" + field + "] of [" + layer + "] has no gradient field ["
                        + gradient + "]",
                "declare a field [" + gradient + "] of the same type, or name an existing field"
                        + " with @Param(gradient = \"...\")");
    }

    /**
     * Report a gradient field whose type differs from its parameter's.
     *
     * @param layer        the class's canonical name, never null
     * @param field        the parameter field's name, never null
     * @param type         the parameter's type, never null
     * @param gradient     the gradient field's name, never null
     * @param gradientType the gradient field's type, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage gradientType(String layer, String field, String type,
            String gradient, String gradientType) {

        return of(DiagnosticCode.GRADIENT_TYPE,
                "gradient field [" + gradient + "] of [" + layer + "] has type [" + gradientType
                        + "], but its @Param field [" + field + "] has type [" + type + "]",
                "declare [" + gradient + "] as [" + type + "]");
    }

    /**
     * Report a gradient field that is itself a parameter.
     *
     * @param layer    the class's canonical name, never null
     * @param field    the parameter field's name, never null
     * @param gradient the gradient field's name, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage gradientIsParameter(String layer, String field,
            String gradient) {

        return of(DiagnosticCode.GRADIENT_IS_PARAM,
                "@Param field [" + field + "] of [" + layer + "] uses [" + gradient + "] as its"
                        + " gradient field, but [" + gradient + "] is itself a @Param",
                "hold the gradient in a field without @Param, and name it with"
                        + " @Param(gradient = \"...\")");
    }

    /**
     * Report a final gradient field.
     *
     * @param layer    the class's canonical name, never null
     * @param gradient the gradient field's name, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage finalGradient(String layer, String gradient) {
        return of(DiagnosticCode.FINAL_GRADIENT,
                "gradient field [" + gradient + "] of [" + layer + "] is final, so the checker"
                        + " cannot reset it before each backward pass",
                "remove final");
    }

    /**
     * Report two parameters that use the same gradient field.
     *
     * @param layer    the class's canonical name, never null
     * @param first    the first parameter field's name, never null
     * @param second   the second parameter field's name, never null
     * @param gradient the shared gradient field's name, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage sharedGradient(String layer, String first, String second,
            String gradient) {

        return of(DiagnosticCode.SHARED_GRADIENT,
                "@Param fields [" + first + "] and [" + second + "] of [" + layer + "] both use"
                        + " gradient field [" + gradient + "], so one gradient would overwrite the"
                        + " other",
                "give each parameter its own gradient field");
    }
}
