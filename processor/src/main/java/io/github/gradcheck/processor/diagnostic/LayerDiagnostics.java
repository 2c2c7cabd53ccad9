package io.github.gradcheck.processor.diagnostic;

import static io.github.gradcheck.processor.diagnostic.DiagnosticMessage.of;

/**
 * Messages about the {@code @Layer} fields of a model.
 *
 * @since 0.1
 */
public final class LayerDiagnostics {

    private LayerDiagnostics() {
    }

    /**
     * Report a sub-layer whose type is not {@code @Differentiable}.
     *
     * @param layer the model's canonical name, never null
     * @param field the field's name, never null
     * @param type  its declared type, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage layerType(String layer, String field, String type) {
        return of(DiagnosticCode.LAYER_TYPE,
                "@Layer field [" + field + "] of [" + layer + "] has type [" + type
                        + "], which is not a @Differentiable class, so the checker cannot check it"
                        + " as a layer",
                "declare the field with a @Differentiable class, or remove @Layer");
    }

    /**
     * Report a sub-layer that leads back to the model.
     *
     * @param layer the model's canonical name, never null
     * @param field the field's name, never null
     * @param path  the fields of the cycle, such as {@code p.A.next -> p.B.back}, never null
     * @return the message, never null
     * @since 0.1
     */
    public static DiagnosticMessage layerCycle(String layer, String field, String path) {
        return of(DiagnosticCode.LAYER_CYCLE,
                "@Layer field [" + field + "] of [" + layer + "] starts a cycle of layers ["
                        + path + " -> " + layer + "], so the model would contain itself",
                "remove @Layer from one field of the cycle");
    }
}
