package io.github.gradcheck.processor;

import io.github.gradcheck.processor.diagnostic.DimensionDiagnostics;
import io.github.gradcheck.processor.diagnostic.InputDiagnostics;
import io.github.gradcheck.processor.diagnostic.PassDiagnostics;
import io.github.gradcheck.processor.model.ForwardModel;
import io.github.gradcheck.processor.model.InputModel;
import io.github.gradcheck.processor.model.TensorType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ExecutableType;

/**
 * Rules for the {@code @Forward} method: its return type and each of its parameters, which are
 * the inputs the checker generates.
 */
final class ForwardValidator {

    private final LayerContext context;
    private final ExecutableElement method;

    private ForwardValidator(LayerContext context, ExecutableElement method) {
        this.context = context;
        this.method = method;
    }

    /**
     * Validate the forward pass.
     *
     * @param dimensions the dimension names that {@code @Dim} declares, to size {@code @Labels}
     * @return the forward pass when its signature is valid, even if its access is not
     */
    static Optional<ForwardModel> validate(LayerContext context, Set<String> dimensions) {
        return PassMethods.FORWARD.find(context)
                .flatMap(method -> new ForwardValidator(context, method).validate(dimensions));
    }

    private Optional<ForwardModel> validate(Set<String> dimensions) {
        var signature = (ExecutableType) context.memberType(method);
        // Every double or float type of rank 0 to 4 is a valid output, and rank 0 is a loss.
        Optional<TensorType> output = TensorTypeSupport.of(signature.getReturnType())
                .filter(type -> type.element() != TensorType.Element.INT);
        if (output.isEmpty()) {
            context.error(PassDiagnostics.forwardOutput(context.name(), context.describe(method),
                    method.getReturnType().toString()), method);
        }

        List<Optional<InputModel>> inputs = new ArrayList<>();
        for (int i = 0; i < method.getParameters().size(); i++) {
            inputs.add(InputValidator.validate(context, method.getParameters().get(i),
                    signature.getParameterTypes().get(i)));
        }
        checkSingleDifferentiable(inputs);
        checkLabelDimensions(inputs, dimensions);

        if (output.isEmpty() || inputs.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        List<InputModel> valid = inputs.stream().map(Optional::get).toList();
        String name = method.getSimpleName().toString();
        return Optional.of(new ForwardModel(name, valid, output.get()));
    }

    private void checkSingleDifferentiable(List<Optional<InputModel>> inputs) {
        String first = null;
        for (int i = 0; i < inputs.size(); i++) {
            Optional<InputModel> input = inputs.get(i);
            if (input.isEmpty() || input.get().kind() != InputModel.Kind.DIFFERENTIABLE) {
                continue;
            }
            if (first == null) {
                first = input.get().name();
            } else {
                String name = input.get().name();
                context.error(InputDiagnostics.manyInputs(context.name(), name, first),
                        method.getParameters().get(i));
            }
        }
    }

    /** Check that each {@code @Labels} class count names a dimension that something sizes. */
    private void checkLabelDimensions(List<Optional<InputModel>> inputs, Set<String> dimensions) {
        Set<String> known = new HashSet<>(dimensions);
        inputs.forEach(input -> input.ifPresent(valid -> known.addAll(valid.shape())));
        for (int i = 0; i < inputs.size(); i++) {
            VariableElement parameter = method.getParameters().get(i);
            Optional<AnnotationMirror> labels =
                    context.annotations().find(parameter, AnnotationNames.LABELS);
            if (inputs.get(i).isPresent() && labels.isPresent()) {
                checkLabels(parameter, labels.get(), known);
            }
        }
    }

    private void checkLabels(VariableElement parameter, AnnotationMirror labels,
            Set<String> known) {

        String name = context.annotations().string(labels, "value");
        String input = parameter.getSimpleName().toString();
        if (name.isBlank()) {
            String site = "@Labels of forward input [" + input + "]";
            context.error(DimensionDiagnostics.blankName(context.name(), site), parameter, labels);
        } else if (!known.contains(name)) {
            context.error(DimensionDiagnostics.labelsDimension(context.name(), input, name),
                    parameter, labels);
        }
    }
}
