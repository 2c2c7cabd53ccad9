package io.github.gradcheck.processor;

import io.github.gradcheck.processor.diagnostic.DiagnosticMessage;
import io.github.gradcheck.processor.diagnostic.DimensionDiagnostics;
import io.github.gradcheck.processor.diagnostic.InputDiagnostics;
import io.github.gradcheck.processor.model.InputModel;
import io.github.gradcheck.processor.model.TensorType;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Rules for one parameter of a {@code @Forward} method: its marks, its type and its
 * {@code @Shape}.
 */
final class InputValidator {

    private final LayerContext context;
    private final VariableElement parameter;
    private final String name;

    private InputValidator(LayerContext context, VariableElement parameter) {
        this.context = context;
        this.parameter = parameter;
        this.name = parameter.getSimpleName().toString();
    }

    /**
     * Validate a forward input.
     *
     * @param type the parameter's type as seen from the layer class
     * @return the input, or empty when it is invalid
     */
    static Optional<InputModel> validate(LayerContext context, VariableElement parameter,
            TypeMirror type) {

        return new InputValidator(context, parameter).validate(type);
    }

    private Optional<InputModel> validate(TypeMirror type) {
        Optional<AnnotationMirror> labels = find(AnnotationNames.LABELS);
        Optional<AnnotationMirror> nonDifferentiable = find(AnnotationNames.NON_DIFFERENTIABLE);
        if (labels.isPresent() && nonDifferentiable.isPresent()) {
            context.error(InputDiagnostics.inputMarks(context.name(), name), parameter,
                    labels.get());
            return Optional.empty();
        }

        InputModel.Kind kind = labels.isPresent() ? InputModel.Kind.LABELS
                : nonDifferentiable.isPresent() ? InputModel.Kind.NON_DIFFERENTIABLE
                : InputModel.Kind.DIFFERENTIABLE;
        Optional<TensorType> tensor = TensorTypeSupport.of(type)
                .filter(candidate -> fits(kind, candidate));
        if (tensor.isEmpty()) {
            AnnotationMirror mark = labels.or(() -> nonDifferentiable).orElse(null);
            context.error(typeMismatch(kind, parameter.asType().toString()), parameter, mark);
            return Optional.empty();
        }
        return shape(tensor.get().rank())
                .map(shape -> new InputModel(name, tensor.get(), kind, shape));
    }

    private Optional<AnnotationMirror> find(String annotation) {
        return context.annotations().find(parameter, annotation);
    }

    private static boolean fits(InputModel.Kind kind, TensorType type) {
        if (kind == InputModel.Kind.LABELS) {
            return type.element() == TensorType.Element.INT && type.rank() == 1;
        }
        return type.isFloatingPointArray();
    }

    private DiagnosticMessage typeMismatch(InputModel.Kind kind, String type) {
        return switch (kind) {
            case LABELS -> InputDiagnostics.labelsType(context.name(), name, type);
            case NON_DIFFERENTIABLE -> InputDiagnostics.nonDifferentiableType(context.name(), name,
                    type);
            case DIFFERENTIABLE -> InputDiagnostics.forwardInput(context.name(), name, type);
        };
    }

    private Optional<List<String>> shape(int rank) {
        Optional<AnnotationMirror> shape = find(AnnotationNames.SHAPE);
        if (shape.isEmpty()) {
            context.error(InputDiagnostics.shapeMissing(context.name(), name, rank), parameter);
            return Optional.empty();
        }

        List<String> names = context.annotations().strings(shape.get(), "value");
        if (names.size() != rank) {
            context.error(InputDiagnostics.shapeRank(context.name(), name, String.join(", ", names),
                    names.size(), rank), parameter, shape.get());
            return Optional.empty();
        }
        if (names.stream().anyMatch(String::isBlank)) {
            String site = "@Shape of forward input [" + name + "]";
            context.error(DimensionDiagnostics.blankName(context.name(), site), parameter,
                    shape.get());
            return Optional.empty();
        }
        return Optional.of(names);
    }
}
