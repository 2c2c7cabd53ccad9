package io.github.gradcheck.processor;

import io.github.gradcheck.processor.diagnostic.DimensionDiagnostics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * Rules for every {@code @Dim} of a class. On an {@code int} constructor argument it binds a
 * dimension, and on the class it bounds a free one.
 */
final class DimensionValidator {

    private final LayerContext context;

    /** Names that constructor arguments bind. */
    private final Set<String> bound = new LinkedHashSet<>();

    private DimensionValidator(LayerContext context) {
        this.context = context;
    }

    /**
     * Validate the {@code @Dim} annotations on the class and on the parameters of its
     * constructors and methods.
     *
     * @return every dimension name a constructor argument binds or the class bounds
     */
    static Set<String> validate(LayerContext context) {
        return new DimensionValidator(context).validate();
    }

    private Set<String> validate() {
        List<ExecutableElement> executables = new ArrayList<>();
        executables.addAll(ElementFilter.constructorsIn(context.type().getEnclosedElements()));
        executables.addAll(ElementFilter.methodsIn(context.type().getEnclosedElements()));
        for (ExecutableElement executable : executables) {
            checkArguments(executable);
        }
        return checkClassBounds();
    }

    private void checkArguments(ExecutableElement executable) {
        Set<String> names = new HashSet<>();
        for (VariableElement parameter : executable.getParameters()) {
            List<AnnotationMirror> dimensions = context.annotations().dimensions(parameter);
            String argument = parameter.getSimpleName().toString();
            if (dimensions.isEmpty()) {
                continue;
            }
            if (executable.getKind() != ElementKind.CONSTRUCTOR) {
                String method = executable.getSimpleName().toString();
                context.error(DimensionDiagnostics.dimensionOutsideConstructor(context.name(),
                        method, argument), parameter, dimensions.get(0));
            } else if (dimensions.size() > 1) {
                context.error(DimensionDiagnostics.repeatedDimension(context.name(), argument),
                        parameter);
            } else {
                checkBinding(parameter, dimensions.get(0), names);
            }
        }
        bound.addAll(names);
    }

    private void checkBinding(VariableElement parameter, AnnotationMirror dimension,
            Set<String> names) {

        String argument = parameter.getSimpleName().toString();
        if (parameter.asType().getKind() != TypeKind.INT) {
            context.error(DimensionDiagnostics.dimensionNotInt(context.name(), argument,
                    parameter.asType().toString()), parameter, dimension);
        }
        String name = context.annotations().string(dimension, "value");
        checkDeclaration(parameter, dimension, "@Dim of constructor argument [" + argument + "]");
        if (!name.isBlank() && !names.add(name)) {
            context.error(DimensionDiagnostics.duplicateBinding(context.name(), name, argument),
                    parameter, dimension);
        }
    }

    /**
     * Check the class-level bounds. NOTE: when {@code @Dim} is repeated on the class, javac 17
     * cannot map one annotation inside the container it builds back to its source, so these
     * errors point at the class declaration rather than at the offending {@code @Dim}.
     *
     * @return the bound names and the class-level names
     */
    private Set<String> checkClassBounds() {
        Set<String> names = new LinkedHashSet<>(bound);
        Set<String> bounded = new HashSet<>();
        for (AnnotationMirror dimension : context.annotations().dimensions(context.type())) {
            String name = context.annotations().string(dimension, "value");
            checkDeclaration(context.type(), dimension, "class-level @Dim");
            if (bound.contains(name)) {
                context.error(DimensionDiagnostics.boundsOnBoundDimension(context.name(), name),
                        context.type(), dimension);
            } else if (!name.isBlank() && !bounded.add(name)) {
                context.error(DimensionDiagnostics.duplicateBounds(context.name(), name),
                        context.type(), dimension);
            }
            if (!name.isBlank()) {
                names.add(name);
            }
        }
        return names;
    }

    /** Check the name and bounds that every {@code @Dim} declares, wherever it sits. */
    private void checkDeclaration(Element element, AnnotationMirror dimension, String site) {
        String name = context.annotations().string(dimension, "value");
        if (name.isBlank()) {
            context.error(DimensionDiagnostics.blankName(context.name(), site), element, dimension);
            return;
        }
        int min = context.annotations().integer(dimension, "min");
        int max = context.annotations().integer(dimension, "max");
        if (min < 1 || (max != 0 && max < min)) {
            context.error(DimensionDiagnostics.bounds(context.name(), name, min, max), element,
                    dimension);
        }
    }
}
