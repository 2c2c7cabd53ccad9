package io.github.gradcheck.processor;

import io.github.gradcheck.processor.diagnostic.ClassDiagnostics;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/**
 * Rules for the {@code @Differentiable} type itself: a concrete, non-generic class that the
 * generated adapter can reach and instantiate.
 */
final class ClassValidator {

    private ClassValidator() {
    }

    /**
     * Validate the class's kind, access, nesting and modifiers.
     *
     * @return {@code false} when the type is not a class at all, so that no other rule applies
     */
    static boolean validate(LayerContext context) {
        TypeElement type = context.type();
        String kind = kindName(type.getKind());
        if (!kind.isEmpty()) {
            context.error(ClassDiagnostics.notAClass(context.name(), kind));
            return false;
        }

        checkAccess(context);
        boolean nested = type.getNestingKind() == NestingKind.MEMBER;
        if (nested && !type.getModifiers().contains(Modifier.STATIC)) {
            var enclosing = (TypeElement) type.getEnclosingElement();
            String enclosingName = enclosing.getQualifiedName().toString();
            context.error(ClassDiagnostics.innerClass(context.name(), enclosingName));
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            context.error(ClassDiagnostics.abstractClass(context.name()));
        }
        if (!type.getTypeParameters().isEmpty()) {
            String parameters = type.getTypeParameters().stream()
                    .map(parameter -> parameter.getSimpleName().toString())
                    .collect(Collectors.joining(", "));
            context.error(ClassDiagnostics.genericClass(context.name(), parameters));
        }
        return true;
    }

    private static void checkAccess(LayerContext context) {
        for (Element current = context.type(); current.getKind() != ElementKind.PACKAGE;
                current = current.getEnclosingElement()) {
            if (current.getModifiers().contains(Modifier.PRIVATE)) {
                String privateType = ((TypeElement) current).getQualifiedName().toString();
                context.error(ClassDiagnostics.privateClass(context.name(), privateType));
                return;
            }
        }
    }

    private static String kindName(ElementKind kind) {
        return switch (kind) {
            case INTERFACE -> "interface";
            case ENUM -> "enum";
            case ANNOTATION_TYPE -> "annotation type";
            default -> "";
        };
    }
}
