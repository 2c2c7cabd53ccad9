package io.github.gradcheck.processor.diagnostic;

import static io.github.gradcheck.processor.diagnostic.DiagnosticMessage.of;

/**
 * Messages about the parameters of a {@code @Forward} method, the inputs the checker generates.
 *
 * @since 0.1
 */
public final class InputDiagnostics {

    private static final String FLOATING_POINT_ARRAYS = "double or float arrays of rank 1 to 4";

    private InputDiagnostics() {
    }

    /**
     * Report an input of a type the checker cannot generate.
     *
     * @param layer the class's canonical name, never null
     * @param input the input's name, never null
     * @param type  its declared type, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage forwardInput(String layer, String input, String type) {
        return of(DiagnosticCode.FORWARD_INPUT,
                "forward input [" + input + "] of [" + layer + "] has type [" + type
                        + "], but inputs are " + FLOATING_POINT_ARRAYS + ", or int[] class indices",
                "change its type, and mark int[] class indices with @Labels");
    }

    /**
     * Report a second differentiable input.
     *
     * @param layer the class's canonical name, never null
     * @param input the second input's name, never null
     * @param first the first differentiable input's name, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage manyInputs(String layer, String input, String first) {
        return of(DiagnosticCode.MANY_INPUTS,
                "forward input [" + input + "] of [" + layer + "] is a second differentiable"
                        + " input besides [" + first + "], but the backward pass returns the"
                        + " gradient of only one input",
                "mark every input but one with @NonDifferentiable or @Labels");
    }

    /**
     * Report {@code @Labels} on an input that is not {@code int[]}.
     *
     * @param layer the class's canonical name, never null
     * @param input the input's name, never null
     * @param type  its declared type, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage labelsType(String layer, String input, String type) {
        return of(DiagnosticCode.LABELS_TYPE,
                "forward input [" + input + "] of [" + layer + "] is marked @Labels but has type ["
                        + type + "], while labels are int[] class indices",
                "declare it int[], or mark floating-point targets with @NonDifferentiable instead");
    }

    /**
     * Report {@code @NonDifferentiable} on an input that is not a floating-point array.
     *
     * @param layer the class's canonical name, never null
     * @param input the input's name, never null
     * @param type  its declared type, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage nonDifferentiableType(String layer, String input, String type) {
        return of(DiagnosticCode.NON_DIFFERENTIABLE_TYPE,
                "forward input [" + input + "] of [" + layer + "] is marked @NonDifferentiable but"
                        + " has type [" + type + "], while @NonDifferentiable applies to "
                        + FLOATING_POINT_ARRAYS,
                "change its type, or mark int[] class indices with @Labels instead");
    }

    /**
     * Report an input marked both {@code @Labels} and {@code @NonDifferentiable}.
     *
     * @param layer the class's canonical name, never null
     * @param input the input's name, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage inputMarks(String layer, String input) {
        return of(DiagnosticCode.INPUT_MARKS,
                "forward input [" + input + "] of [" + layer + "] is marked both @Labels and"
                        + " @NonDifferentiable",
                "keep @Labels on int[] class indices, or @NonDifferentiable on floating-point"
                        + " inputs");
    }

    /**
     * Report an array input without {@code @Shape}.
     *
     * @param layer the class's canonical name, never null
     * @param input the input's name, never null
     * @param rank  the input's rank
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage shapeMissing(String layer, String input, int rank) {
        return of(DiagnosticCode.SHAPE_MISSING,
                "forward input [" + input + "] of [" + layer + "] has no @Shape, so the checker"
                        + " cannot size it",
                "annotate it with @Shape and one dimension name for each of its " + rank + " axes");
    }

    /**
     * Report a {@code @Shape} whose name count differs from the input's rank.
     *
     * @param layer the class's canonical name, never null
     * @param input the input's name, never null
     * @param names the names as written, such as {@code batch, in}, never null
     * @param count how many names there are
     * @param rank  the input's rank
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage shapeRank(String layer, String input, String names, int count,
            int rank) {

        return of(DiagnosticCode.SHAPE_RANK,
                "@Shape of forward input [" + input + "] of [" + layer + "] names " + count
                        + " axes [" + names + "], but the input has rank " + rank,
                "give exactly one dimension name per axis");
    }
}
