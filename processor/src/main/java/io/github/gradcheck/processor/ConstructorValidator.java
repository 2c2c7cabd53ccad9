package io.github.gradcheck.processor;

import io.github.gradcheck.processor.diagnostic.ClassDiagnostics;
import io.github.gradcheck.processor.diagnostic.MemberDiagnostics;
import io.github.gradcheck.processor.diagnostic.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Choice of the constructor the checker calls. It is non-private, and each of its arguments is
 * an {@code int} with one {@code @Dim}, so a constructor without arguments qualifies. Among
 * several, the one with the most arguments wins, and the first declared of those on a tie.
 */
final class ConstructorValidator {

    private ConstructorValidator() {
    }

    /**
     * Choose the constructor, or report why none qualifies.
     *
     * @return the dimension name of each argument in order, or empty when no constructor qualifies
     */
    static Optional<List<String>> validate(LayerContext context) {
        List<ExecutableElement> constructors =
                ElementFilter.constructorsIn(context.type().getEnclosedElements());
        Optional<ExecutableElement> chosen = constructors.stream()
                .filter(constructor -> isCallable(context, constructor))
                .max(Comparator.comparingInt(constructor -> constructor.getParameters().size()));
        if (chosen.isPresent()) {
            return Optional.of(dimensionNames(context, chosen.get()));
        }

        if (constructors.size() == 1) {
            reportOnlyConstructor(context, constructors.get(0));
        } else {
            context.error(ClassDiagnostics.noConstructor(context.name()));
        }
        return Optional.empty();
    }

    private static boolean isCallable(LayerContext context, ExecutableElement constructor) {
        if (constructor.getModifiers().contains(Modifier.PRIVATE)) {
            return false;
        }
        return constructor.getParameters().stream().allMatch(parameter ->
                parameter.asType().getKind() == TypeKind.INT
                        && context.annotations().dimensions(parameter).size() == 1);
    }

    private static List<String> dimensionNames(LayerContext context,
            ExecutableElement constructor) {

        var names = new ArrayList<String>();
        for (VariableElement parameter : constructor.getParameters()) {
            var dimension = context.annotations().dimensions(parameter).get(0);
            names.add(context.annotations().string(dimension, "value"));
        }
        return names;
    }

    /**
     * Report at the single constructor, where the user fixes it. A non-int argument with
     * {@code @Dim} is left to the dimension rules, and the implicit constructor of a private class,
     * private as well, to the class rules, which report them already.
     */
    private static void reportOnlyConstructor(LayerContext context, ExecutableElement constructor) {
        if (context.elements().getOrigin(constructor) == Elements.Origin.MANDATED) {
            return;
        }
        if (constructor.getModifiers().contains(Modifier.PRIVATE)) {
            context.error(MemberDiagnostics.privateMember(context.name(), Role.CONSTRUCTOR,
                    context.describe(constructor)), constructor);
            return;
        }
        for (VariableElement parameter : constructor.getParameters()) {
            if (context.annotations().dimensions(parameter).isEmpty()) {
                String argument = parameter.getSimpleName().toString();
                context.error(ClassDiagnostics.unboundArgument(context.name(), argument),
                        parameter);
            }
        }
    }
}
