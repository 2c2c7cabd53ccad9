package io.github.gradcheck.processor;

import io.github.gradcheck.processor.diagnostic.DiagnosticMessage;
import io.github.gradcheck.processor.model.ClassName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * State of the validation of one {@code @Differentiable} class: the class, its hierarchy, the
 * compiler's utilities and the errors reported so far.
 */
final class LayerContext {

    private final TypeElement type;
    private final LayerHierarchy hierarchy;
    private final Elements elements;
    private final Types types;
    private final AnnotationSupport annotations;
    private final DiagnosticReporter reporter;
    private int errorCount;

    LayerContext(TypeElement type, Elements elements, Types types, DiagnosticReporter reporter) {
        this.type = type;
        this.hierarchy = LayerHierarchy.of(type);
        this.elements = elements;
        this.types = types;
        this.annotations = new AnnotationSupport(elements);
        this.reporter = reporter;
    }

    TypeElement type() {
        return type;
    }

    LayerHierarchy hierarchy() {
        return hierarchy;
    }

    Elements elements() {
        return elements;
    }

    AnnotationSupport annotations() {
        return annotations;
    }

    /** Return the canonical name that messages use for the class. */
    String name() {
        return type.getQualifiedName().toString();
    }

    String packageName() {
        return elements.getPackageOf(type).getQualifiedName().toString();
    }

    ClassName className() {
        var simpleNames = new ArrayList<String>();
        for (Element current = type; current.getKind() != ElementKind.PACKAGE;
                current = current.getEnclosingElement()) {
            simpleNames.add(0, current.getSimpleName().toString());
        }
        return new ClassName(packageName(), simpleNames);
    }

    /** Return a member's type as seen from the class, with superclass type arguments applied. */
    TypeMirror memberType(Element member) {
        return types.asMemberOf((DeclaredType) type.asType(), member);
    }

    /** Name a member for messages: its simple name, qualified by its class when inherited. */
    String describe(Element member) {
        Element owner = member.getEnclosingElement();
        String name = member.getKind() == ElementKind.CONSTRUCTOR
                ? owner.getSimpleName() + "(" + parameterTypes(member) + ")"
                : member.getSimpleName().toString();
        return owner.equals(type) ? name : ((TypeElement) owner).getQualifiedName() + "." + name;
    }

    boolean isInLayerPackage(Element member) {
        return elements.getPackageOf(member).equals(elements.getPackageOf(type));
    }

    /**
     * Report an error at an element and annotation of this class's source file. An inherited
     * member from another source file or a class file is reported at the class instead, because
     * the user fixes it from here and the compiler may have no source position for it.
     */
    void error(DiagnosticMessage message, Element element, AnnotationMirror annotation) {
        errorCount++;
        if (outermostType(element).equals(outermostType(type))) {
            reporter.error(message, element, annotation);
        } else {
            reporter.error(message, type, differentiable());
        }
    }

    void error(DiagnosticMessage message, Element element) {
        error(message, element, null);
    }

    /** Report an error at the class and its {@code @Differentiable} annotation. */
    void error(DiagnosticMessage message) {
        error(message, type, differentiable());
    }

    private AnnotationMirror differentiable() {
        return annotations.find(type, AnnotationNames.DIFFERENTIABLE).orElse(null);
    }

    int errorCount() {
        return errorCount;
    }

    boolean hasErrors() {
        return errorCount > 0;
    }

    private static String parameterTypes(Element constructor) {
        List<String> names = new ArrayList<>();
        for (var parameter : ((ExecutableElement) constructor).getParameters()) {
            names.add(parameter.asType().toString());
        }
        return String.join(", ", names);
    }

    private static Element outermostType(Element element) {
        Element outermost = element;
        for (Element current = element; current.getKind() != ElementKind.PACKAGE;
                current = current.getEnclosingElement()) {
            if (current.getKind().isClass() || current.getKind().isInterface()) {
                outermost = current;
            }
        }
        return outermost;
    }
}
