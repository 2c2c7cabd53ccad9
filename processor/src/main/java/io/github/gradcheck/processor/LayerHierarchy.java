package io.github.gradcheck.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * A class and its superclasses up to, but excluding, {@code java.lang.Object}: the classes whose
 * fields and methods the generated adapter may use.
 */
final class LayerHierarchy {

    private static final String OBJECT = "java.lang.Object";

    private final TypeElement layer;
    private final List<TypeElement> classes;
    private final boolean complete;

    private LayerHierarchy(TypeElement layer, List<TypeElement> classes, boolean complete) {
        this.layer = layer;
        this.classes = classes;
        this.complete = complete;
    }

    static LayerHierarchy of(TypeElement layer) {
        var classes = new ArrayList<TypeElement>();
        TypeElement current = layer;
        while (true) {
            classes.add(0, current);
            TypeMirror superclass = current.getSuperclass();
            if (superclass.getKind() == TypeKind.ERROR) {
                return new LayerHierarchy(layer, classes, false);
            }
            if (superclass.getKind() != TypeKind.DECLARED) {
                return new LayerHierarchy(layer, classes, true);
            }
            current = (TypeElement) ((DeclaredType) superclass).asElement();
            if (current.getQualifiedName().contentEquals(OBJECT)) {
                return new LayerHierarchy(layer, classes, true);
            }
        }
    }

    /** Return the classes, the topmost superclass first and the layer class last. */
    List<TypeElement> classes() {
        return classes;
    }

    /** Tell whether every superclass resolved. */
    boolean isComplete() {
        return complete;
    }

    /** Return every field, superclass fields first, each class's in declaration order. */
    List<VariableElement> fields() {
        var fields = new ArrayList<VariableElement>();
        for (TypeElement type : classes) {
            fields.addAll(ElementFilter.fieldsIn(type.getEnclosedElements()));
        }
        return fields;
    }

    /** Find a field by name the way Java resolves {@code layer.name}, most derived class first. */
    Optional<VariableElement> field(String name) {
        for (int i = classes.size() - 1; i >= 0; i--) {
            var enclosed = classes.get(i).getEnclosedElements();
            for (VariableElement field : ElementFilter.fieldsIn(enclosed)) {
                if (field.getSimpleName().contentEquals(name)) {
                    return Optional.of(field);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Return the methods that carry an annotation, the layer's own first. A superclass method
     * overridden by one already found counts once, because the adapter's call reaches the
     * override either way.
     */
    List<ExecutableElement> annotatedMethods(String annotation, AnnotationSupport annotations,
            Elements elements) {

        var methods = new ArrayList<ExecutableElement>();
        for (int i = classes.size() - 1; i >= 0; i--) {
            var enclosed = classes.get(i).getEnclosedElements();
            for (ExecutableElement method : ElementFilter.methodsIn(enclosed)) {
                boolean overridden = isOverridden(method, methods, elements);
                if (annotations.has(method, annotation) && !overridden) {
                    methods.add(method);
                }
            }
        }
        return methods;
    }

    private boolean isOverridden(ExecutableElement method, List<ExecutableElement> found,
            Elements elements) {

        return found.stream().anyMatch(candidate -> elements.overrides(candidate, method, layer));
    }
}
