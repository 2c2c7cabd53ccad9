package io.github.gradcheck.processor;

import io.github.gradcheck.processor.diagnostic.ParameterDiagnostics;
import io.github.gradcheck.processor.diagnostic.Role;
import io.github.gradcheck.processor.model.ParameterModel;
import io.github.gradcheck.processor.model.TensorType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * Rules for the {@code @Param} fields of a class and the gradient field of each.
 */
final class ParameterValidator {

    private final LayerContext context;

    /** Name of the first parameter that uses each gradient field. */
    private final Map<String, String> parameterByGradient = new HashMap<>();

    private ParameterValidator(LayerContext context) {
        this.context = context;
    }

    /**
     * Validate every {@code @Param} field of the class and its superclasses.
     *
     * @return the valid parameters, superclass fields first
     */
    static List<ParameterModel> validate(LayerContext context) {
        var validator = new ParameterValidator(context);
        var parameters = new ArrayList<ParameterModel>();
        for (VariableElement field : context.hierarchy().fields()) {
            context.annotations().find(field, AnnotationNames.PARAM)
                    .flatMap(annotation -> validator.parameter(field, annotation))
                    .ifPresent(parameters::add);
        }
        return parameters;
    }

    private Optional<ParameterModel> parameter(VariableElement field, AnnotationMirror annotation) {
        MemberAccess.checkInstanceMember(context, field, annotation, Role.PARAMETER);
        String name = context.describe(field);
        Optional<TensorType> type = TensorTypeSupport.of(context.memberType(field))
                .filter(TensorType::isFloatingPointArray);
        if (type.isEmpty()) {
            context.error(ParameterDiagnostics.parameterType(context.name(), name,
                    field.asType().toString()), field, annotation);
            return Optional.empty();
        }

        String gradientName = gradientName(field, annotation);
        Optional<VariableElement> gradient = context.hierarchy().field(gradientName);
        if (gradient.isEmpty()) {
            context.error(ParameterDiagnostics.gradientMissing(context.name(), name, gradientName),
                    field, annotation);
            return Optional.empty();
        }
        if (!isValidGradient(field, annotation, type.get(), gradient.get())) {
            return Optional.empty();
        }

        String sharing = parameterByGradient.putIfAbsent(gradientName, name);
        if (sharing != null) {
            context.error(ParameterDiagnostics.sharedGradient(context.name(), sharing, name,
                    gradientName), field, annotation);
            return Optional.empty();
        }
        String simpleName = field.getSimpleName().toString();
        return Optional.of(new ParameterModel(simpleName, type.get(), gradientName));
    }

    /**
     * Return the gradient field's name: the one {@code @Param(gradient)} gives, else
     * {@code "d" + name} ({@code dW}, {@code dgamma}), else, when only that field exists, the
     * camel-case {@code "d" + Name} ({@code dGamma}).
     */
    private String gradientName(VariableElement field, AnnotationMirror annotation) {
        String named = context.annotations().string(annotation, "gradient");
        if (!named.isEmpty()) {
            return named;
        }
        String name = field.getSimpleName().toString();
        String plain = "d" + name;
        String camelCase = "d" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        boolean onlyCamelCase = context.hierarchy().field(plain).isEmpty()
                && context.hierarchy().field(camelCase).isPresent();
        return onlyCamelCase ? camelCase : plain;
    }

    private boolean isValidGradient(VariableElement field, AnnotationMirror annotation,
            TensorType type, VariableElement gradient) {

        String name = context.describe(field);
        String gradientName = context.describe(gradient);
        if (context.annotations().has(gradient, AnnotationNames.PARAM)) {
            context.error(ParameterDiagnostics.gradientIsParameter(context.name(), name,
                    gradientName), field, annotation);
            return false;
        }

        int errorsBefore = context.errorCount();
        Optional<TensorType> gradientType = TensorTypeSupport.of(context.memberType(gradient));
        if (!gradientType.equals(Optional.of(type))) {
            context.error(ParameterDiagnostics.gradientType(context.name(), name, type.javaName(),
                    gradientName, gradient.asType().toString()), gradient);
        }
        if (gradient.getModifiers().contains(Modifier.FINAL)) {
            context.error(ParameterDiagnostics.finalGradient(context.name(), gradientName),
                    gradient);
        }
        MemberAccess.checkInstanceMember(context, gradient, null, Role.GRADIENT);
        return context.errorCount() == errorsBefore;
    }
}
