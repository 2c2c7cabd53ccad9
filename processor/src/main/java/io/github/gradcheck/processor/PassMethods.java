package io.github.gradcheck.processor;

import io.github.gradcheck.processor.diagnostic.DiagnosticMessage;
import io.github.gradcheck.processor.diagnostic.PassDiagnostics;
import io.github.gradcheck.processor.diagnostic.Role;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * Lookup of the single {@code @Forward} or {@code @Backward} method of a class.
 */
enum PassMethods {

    FORWARD(AnnotationNames.FORWARD, Role.FORWARD) {
        @Override
        DiagnosticMessage missing(String layer) {
            return PassDiagnostics.noForward(layer);
        }

        @Override
        DiagnosticMessage duplicate(String layer, String method, String first) {
            return PassDiagnostics.duplicateForward(layer, method, first);
        }
    },

    BACKWARD(AnnotationNames.BACKWARD, Role.BACKWARD) {
        @Override
        DiagnosticMessage missing(String layer) {
            return PassDiagnostics.noBackward(layer);
        }

        @Override
        DiagnosticMessage duplicate(String layer, String method, String first) {
            return PassDiagnostics.duplicateBackward(layer, method, first);
        }
    };

    private final String annotation;
    private final Role role;

    PassMethods(String annotation, Role role) {
        this.annotation = annotation;
        this.role = role;
    }

    abstract DiagnosticMessage missing(String layer);

    abstract DiagnosticMessage duplicate(String layer, String method, String first);

    /**
     * Find the method and check that the adapter can call it on an instance. A missing method is
     * reported at the class, and each further method at itself.
     *
     * @return the first annotated method, or empty when there is none
     */
    Optional<ExecutableElement> find(LayerContext context) {
        List<ExecutableElement> methods = context.hierarchy()
                .annotatedMethods(annotation, context.annotations(), context.elements());
        if (methods.isEmpty()) {
            context.error(missing(context.name()));
            return Optional.empty();
        }

        ExecutableElement first = methods.get(0);
        String firstName = context.describe(first);
        for (ExecutableElement method : methods.subList(1, methods.size())) {
            context.error(duplicate(context.name(), context.describe(method), firstName), method,
                    annotationOf(context, method));
        }
        MemberAccess.checkInstanceMember(context, first, annotationOf(context, first), role);
        return Optional.of(first);
    }

    private AnnotationMirror annotationOf(LayerContext context, ExecutableElement method) {
        return context.annotations().find(method, annotation).orElseThrow();
    }
}
