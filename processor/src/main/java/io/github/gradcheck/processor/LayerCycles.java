package io.github.gradcheck.processor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Search for cycles along {@code @Layer} fields, from class to class, across source and class
 * files alike.
 */
final class LayerCycles {

    private final AnnotationSupport annotations;

    LayerCycles(AnnotationSupport annotations) {
        this.annotations = annotations;
    }

    /** Return the class a field type names when that class is {@code @Differentiable}. */
    Optional<TypeElement> differentiableType(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        var element = (TypeElement) ((DeclaredType) type).asElement();
        return annotations.has(element, AnnotationNames.DIFFERENTIABLE)
                ? Optional.of(element)
                : Optional.empty();
    }

    /**
     * Search the {@code @Layer} fields reachable from {@code start} for one whose type is
     * {@code model}, breadth first so that the shortest cycle is reported.
     *
     * @return the fields after {@code start}, each as {@code " -> Class.field"}, or the empty
     *     string when {@code start} is the model itself; empty when no path leads back
     */
    Optional<String> pathBack(TypeElement start, TypeElement model) {
        Deque<Step> queue = new ArrayDeque<>();
        Set<String> visited = new HashSet<>();
        queue.add(new Step(start, ""));
        while (!queue.isEmpty()) {
            Step step = queue.remove();
            if (step.type().equals(model)) {
                return Optional.of(step.path());
            }
            if (visited.add(step.type().getQualifiedName().toString())) {
                queue.addAll(successors(step));
            }
        }
        return Optional.empty();
    }

    private Deque<Step> successors(Step step) {
        Deque<Step> successors = new ArrayDeque<>();
        for (VariableElement field : LayerHierarchy.of(step.type()).fields()) {
            if (annotations.has(field, AnnotationNames.LAYER)) {
                String path = step.path() + " -> " + step.type().getQualifiedName() + "."
                        + field.getSimpleName();
                differentiableType(field.asType())
                        .ifPresent(next -> successors.add(new Step(next, path)));
            }
        }
        return successors;
    }

    private record Step(TypeElement type, String path) {
    }
}
