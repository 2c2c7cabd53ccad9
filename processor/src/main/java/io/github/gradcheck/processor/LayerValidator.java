package io.github.gradcheck.processor;

import io.github.gradcheck.processor.model.BackwardModel;
import io.github.gradcheck.processor.model.ForwardModel;
import io.github.gradcheck.processor.model.LayerModel;
import io.github.gradcheck.processor.model.ParameterModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Validation of one {@code @Differentiable} class against every rule, and the model built when
 * none fails.
 */
final class LayerValidator {

    private final Elements elements;
    private final Types types;
    private final DiagnosticReporter reporter;

    LayerValidator(Elements elements, Types types, DiagnosticReporter reporter) {
        this.elements = elements;
        this.types = types;
        this.reporter = reporter;
    }

    /**
     * Tell whether the class and every type its rules look at resolved. A type another processor
     * generates later stays unresolved until that round, and judging the class before then
     * would report errors that are not there.
     */
    boolean isResolved(TypeElement type) {
        LayerHierarchy hierarchy = LayerHierarchy.of(type);
        if (!hierarchy.isComplete()) {
            return false;
        }
        for (TypeElement member : hierarchy.classes()) {
            for (Element element : member.getEnclosedElements()) {
                if (containsError(element)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Validate the class, reporting every rule it breaks.
     *
     * @return the model, or empty when any rule failed
     */
    Optional<LayerModel> validate(TypeElement type) {
        var context = new LayerContext(type, elements, types, reporter);
        if (!ClassValidator.validate(context)) {
            return Optional.empty();
        }

        Set<String> dimensions = DimensionValidator.validate(context);
        Optional<List<String>> constructor = ConstructorValidator.validate(context);
        List<ParameterModel> parameters = ParameterValidator.validate(context);
        List<String> layers = SubLayerValidator.validate(context);
        Optional<ForwardModel> forward = ForwardValidator.validate(context, dimensions);
        Optional<BackwardModel> backward = BackwardValidator.validate(context, forward);

        boolean incomplete = constructor.isEmpty() || forward.isEmpty() || backward.isEmpty();
        if (context.hasErrors() || incomplete) {
            return Optional.empty();
        }
        return Optional.of(new LayerModel(context.className(), constructor.get(), parameters,
                layers, forward.get(), backward.get()));
    }

    private static boolean containsError(Element element) {
        if (element instanceof VariableElement field) {
            return TensorTypeSupport.containsError(field.asType());
        }
        if (element instanceof ExecutableElement executable) {
            return TensorTypeSupport.containsError(executable.getReturnType())
                    || executable.getParameters().stream()
                            .map(VariableElement::asType)
                            .anyMatch(TensorTypeSupport::containsError);
        }
        return false;
    }
}
