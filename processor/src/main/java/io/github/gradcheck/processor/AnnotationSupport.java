package io.github.gradcheck.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Lookup of the framework's annotations on elements by qualified name, and access to their
 * values with defaults included.
 */
final class AnnotationSupport {

    private final Elements elements;

    AnnotationSupport(Elements elements) {
        this.elements = elements;
    }

    Optional<AnnotationMirror> find(Element element, String annotation) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            var type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(annotation)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    boolean has(Element element, String annotation) {
        return find(element, annotation).isPresent();
    }

    /**
     * Return the {@code @Dim} annotations of an element, unpacking the {@code @Dims} container
     * that the compiler builds when {@code @Dim} is repeated.
     */
    List<AnnotationMirror> dimensions(Element element) {
        var dimensions = new ArrayList<AnnotationMirror>();
        find(element, AnnotationNames.DIM).ifPresent(dimensions::add);
        find(element, AnnotationNames.DIMS).ifPresent(container -> {
            for (AnnotationValue value : list(container, "value")) {
                dimensions.add((AnnotationMirror) value.getValue());
            }
        });
        return dimensions;
    }

    String string(AnnotationMirror mirror, String member) {
        return (String) value(mirror, member).getValue();
    }

    int integer(AnnotationMirror mirror, String member) {
        return (Integer) value(mirror, member).getValue();
    }

    List<String> strings(AnnotationMirror mirror, String member) {
        var strings = new ArrayList<String>();
        for (AnnotationValue value : list(mirror, member)) {
            strings.add((String) value.getValue());
        }
        return strings;
    }

    @SuppressWarnings("unchecked")
    private List<? extends AnnotationValue> list(AnnotationMirror mirror, String member) {
        return (List<? extends AnnotationValue>) value(mirror, member).getValue();
    }

    private AnnotationValue value(AnnotationMirror mirror, String member) {
        for (var entry : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return entry.getValue();
            }
        }
        throw new IllegalStateException("Cannot read member [" + member + "] of annotation "
                + mirror + "; the annotation on the class path does not declare it, so it may come"
                + " from another gradcheck version.");
    }
}
