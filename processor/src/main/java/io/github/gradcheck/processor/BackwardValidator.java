package io.github.gradcheck.processor;

import io.github.gradcheck.processor.diagnostic.PassDiagnostics;
import io.github.gradcheck.processor.model.BackwardModel;
import io.github.gradcheck.processor.model.ForwardModel;
import io.github.gradcheck.processor.model.InputModel;
import io.github.gradcheck.processor.model.TensorType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Rules for the {@code @Backward} method, whose signature mirrors the forward pass. It takes the
 * gradient of the forward output, or nothing for a loss. It returns the gradient of the
 * differentiable input, or nothing when there is none.
 */
final class BackwardValidator {

    private final LayerContext context;
    private final ExecutableElement method;
    private final AnnotationMirror annotation;
    private final ForwardModel forward;

    private BackwardValidator(LayerContext context, ExecutableElement method,
            ForwardModel forward) {

        this.context = context;
        this.method = method;
        this.annotation = context.annotations().find(method, AnnotationNames.BACKWARD)
                .orElseThrow();
        this.forward = forward;
    }

    /**
     * Validate the backward pass. Its signature is checked only against a valid forward pass.
     *
     * @return the backward pass when its signature is valid, even if its access is not
     */
    static Optional<BackwardModel> validate(LayerContext context, Optional<ForwardModel> forward) {
        Optional<ExecutableElement> method = PassMethods.BACKWARD.find(context);
        if (method.isEmpty() || forward.isEmpty()) {
            return Optional.empty();
        }
        return new BackwardValidator(context, method.get(), forward.get()).validate();
    }

    private Optional<BackwardModel> validate() {
        var signature = (ExecutableType) context.memberType(method);
        int errorsBefore = context.errorCount();
        checkUpstream(signature.getParameterTypes());
        checkResult(signature.getReturnType());
        if (context.errorCount() != errorsBefore) {
            return Optional.empty();
        }

        TensorType upstream = forward.isLoss() ? null : forward.output();
        TensorType result = forward.differentiableInput().map(InputModel::type).orElse(null);
        return Optional.of(new BackwardModel(method.getSimpleName().toString(), upstream, result));
    }

    private void checkUpstream(List<? extends TypeMirror> parameters) {
        String takes = parameters.stream()
                .map(TypeMirror::toString)
                .collect(Collectors.joining(", ", "(", ")"));
        String name = context.describe(method);
        if (forward.isLoss()) {
            if (!parameters.isEmpty()) {
                context.error(PassDiagnostics.lossUpstream(context.name(), name, takes), method,
                        annotation);
            }
            return;
        }

        boolean matches = parameters.size() == 1
                && TensorTypeSupport.of(parameters.get(0)).equals(Optional.of(forward.output()));
        if (matches) {
            return;
        }
        var message = PassDiagnostics.backwardUpstream(context.name(), name, takes,
                forward.output().javaName());
        if (parameters.size() == 1) {
            context.error(message, method.getParameters().get(0));
        } else {
            context.error(message, method, annotation);
        }
    }

    private void checkResult(TypeMirror returnType) {
        String name = context.describe(method);
        Optional<InputModel> input = forward.differentiableInput();
        if (input.isEmpty()) {
            if (returnType.getKind() != TypeKind.VOID) {
                context.error(PassDiagnostics.backwardReturnWithoutInput(context.name(), name,
                        returnType.toString()), method, annotation);
            }
            return;
        }

        TensorType expected = input.get().type();
        if (!TensorTypeSupport.of(returnType).equals(Optional.of(expected))) {
            context.error(PassDiagnostics.backwardReturn(context.name(), name,
                    returnType.toString(), input.get().name(), expected.javaName()), method,
                    annotation);
        }
    }
}
