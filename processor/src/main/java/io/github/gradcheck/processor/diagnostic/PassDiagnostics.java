package io.github.gradcheck.processor.diagnostic;

import static io.github.gradcheck.processor.diagnostic.DiagnosticMessage.of;

/**
 * Messages about the {@code @Forward} and {@code @Backward} methods and how their signatures fit
 * together.
 *
 * @since 0.1
 */
public final class PassDiagnostics {

    private PassDiagnostics() {
    }

    /**
     * Report a class without a forward pass.
     *
     * @param layer the class's canonical name, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage noForward(String layer) {
        return of(DiagnosticCode.NO_FORWARD,
                "@Differentiable class [" + layer + "] has no @Forward method",
                "annotate the method that computes the output with @Forward");
    }

    /**
     * Report a class without a backward pass.
     *
     * @param layer the class's canonical name, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage noBackward(String layer) {
        return of(DiagnosticCode.NO_BACKWARD,
                "@Differentiable class [" + layer + "] has no @Backward method",
                "annotate the method that computes the gradients with @Backward");
    }

    /**
     * Report a second forward pass.
     *
     * @param layer  the class's canonical name, never null
     * @param method the second method's name, never null
     * @param first  the first method's name, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage duplicateForward(String layer, String method, String first) {
        return of(DiagnosticCode.DUPLICATE_FORWARD,
                "method [" + method + "] of [" + layer + "] is a second @Forward method besides ["
                        + first + "]",
                "keep @Forward on exactly one method");
    }

    /**
     * Report a second backward pass.
     *
     * @param layer  the class's canonical name, never null
     * @param method the second method's name, never null
     * @param first  the first method's name, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage duplicateBackward(String layer, String method, String first) {
        return of(DiagnosticCode.DUPLICATE_BACKWARD,
                "method [" + method + "] of [" + layer + "] is a second @Backward method besides ["
                        + first + "]",
                "keep @Backward on exactly one method");
    }

    /**
     * Report a forward pass whose return type the checker cannot compare.
     *
     * @param layer  the class's canonical name, never null
     * @param method the method's name, never null
     * @param type   its return type, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage forwardOutput(String layer, String method, String type) {
        return of(DiagnosticCode.FORWARD_OUTPUT,
                "@Forward method [" + method + "] of [" + layer + "] returns [" + type
                        + "], but a forward pass returns a double or float array of rank 1 to 4,"
                        + " or a double loss",
                "change its return type");
    }

    /**
     * Report a layer's backward pass that does not take the forward output's type.
     *
     * @param layer    the class's canonical name, never null
     * @param method   the backward method's name, never null
     * @param takes    its parameter types as written, such as {@code (float[][])}, never null
     * @param expected the forward pass's return type, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage backwardUpstream(String layer, String method, String takes,
            String expected) {

        return of(DiagnosticCode.BACKWARD_UPSTREAM,
                "@Backward method [" + method + "] of [" + layer + "] takes " + takes
                        + ", but the forward pass returns [" + expected + "]",
                "declare exactly one parameter of type [" + expected + "] to receive the upstream"
                        + " gradient");
    }

    /**
     * Report a loss's backward pass that takes parameters.
     *
     * @param layer  the class's canonical name, never null
     * @param method the backward method's name, never null
     * @param takes  its parameter types as written, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage lossUpstream(String layer, String method, String takes) {
        return of(DiagnosticCode.LOSS_UPSTREAM,
                "@Backward method [" + method + "] of loss [" + layer + "] takes " + takes
                        + ", but a loss returns a scalar, so no upstream gradient reaches it",
                "remove the parameters");
    }

    /**
     * Report a backward pass that does not return the differentiable input's type.
     *
     * @param layer    the class's canonical name, never null
     * @param method   the backward method's name, never null
     * @param type     its return type, never null
     * @param input    the differentiable input's name, never null
     * @param expected the differentiable input's type, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage backwardReturn(String layer, String method, String type,
            String input, String expected) {

        return of(DiagnosticCode.BACKWARD_RETURN,
                "@Backward method [" + method + "] of [" + layer + "] returns [" + type
                        + "], but a backward pass returns the gradient of the differentiable"
                        + " input [" + input + "], of type [" + expected + "]",
                "change its return type to [" + expected + "]");
    }

    /**
     * Report a backward pass that returns a value although no input is differentiable.
     *
     * @param layer  the class's canonical name, never null
     * @param method the backward method's name, never null
     * @param type   its return type, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage backwardReturnWithoutInput(String layer, String method,
            String type) {

        return of(DiagnosticCode.BACKWARD_RETURN,
                "@Backward method [" + method + "] of [" + layer + "] returns [" + type
                        + "], but the forward pass has no differentiable input whose gradient it"
                        + " could return",
                "declare it void");
    }
}
