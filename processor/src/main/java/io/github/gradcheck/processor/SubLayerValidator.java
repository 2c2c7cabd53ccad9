package io.github.gradcheck.processor;

import io.github.gradcheck.processor.diagnostic.LayerDiagnostics;
import io.github.gradcheck.processor.diagnostic.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Rules for the {@code @Layer} fields of a model. Each field's type is a {@code @Differentiable}
 * class, and no chain of such fields leads back to the model.
 */
final class SubLayerValidator {

    private SubLayerValidator() {
    }

    /**
     * Validate every {@code @Layer} field of the class and its superclasses.
     *
     * @return the names of the valid fields, superclass fields first
     */
    static List<String> validate(LayerContext context) {
        var layers = new ArrayList<String>();
        for (VariableElement field : context.hierarchy().fields()) {
            Optional<AnnotationMirror> annotation =
                    context.annotations().find(field, AnnotationNames.LAYER);
            if (annotation.isPresent() && isValid(context, field, annotation.get())) {
                layers.add(field.getSimpleName().toString());
            }
        }
        return layers;
    }

    private static boolean isValid(LayerContext context, VariableElement field,
            AnnotationMirror annotation) {

        int errorsBefore = context.errorCount();
        MemberAccess.checkInstanceMember(context, field, annotation, Role.LAYER);
        String name = context.describe(field);
        LayerCycles cycles = new LayerCycles(context.annotations());
        Optional<TypeElement> target = cycles.differentiableType(context.memberType(field));
        if (target.isEmpty()) {
            context.error(LayerDiagnostics.layerType(context.name(), name,
                    field.asType().toString()), field, annotation);
            return false;
        }

        Optional<String> cycle = cycles.pathBack(target.get(), context.type());
        if (cycle.isPresent()) {
            var owner = (TypeElement) field.getEnclosingElement();
            String path = owner.getQualifiedName() + "." + field.getSimpleName() + cycle.get();
            context.error(LayerDiagnostics.layerCycle(context.name(), name, path), field,
                    annotation);
        }
        return context.errorCount() == errorsBefore;
    }
}
