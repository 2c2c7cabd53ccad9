package io.github.gradcheck.check;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Dim;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.Labels;
import io.github.gradcheck.api.Layer;
import io.github.gradcheck.api.NonDifferentiable;
import io.github.gradcheck.api.Param;
import io.github.gradcheck.api.Shape;
import io.github.gradcheck.check.LayerDescriptor.Dimension;
import io.github.gradcheck.check.LayerDescriptor.Input;
import io.github.gradcheck.check.LayerDescriptor.InputKind;
import io.github.gradcheck.check.LayerDescriptor.Parameter;
import io.github.gradcheck.check.LayerDescriptor.SubLayer;
import io.github.gradcheck.tensor.Tensor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Reads and validates a {@code @Differentiable} class by reflection. */
final class DescriptorReader {

    private final Class<?> type;
    private final String name;

    private DescriptorReader(Class<?> type) {
        this.type = type;
        this.name = LayerDescriptor.displayName(type);
    }

    static LayerDescriptor read(Class<?> type) {
        return new DescriptorReader(type).read();
    }

    private LayerDescriptor read() {
        if (!type.isAnnotationPresent(Differentiable.class)) {
            throw reject("the class", "is not annotated @Differentiable", "annotate it, or check another class");
        }
        if (Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
            throw reject("the class", "is abstract", "check a concrete subclass");
        }
        Method forward = single(Forward.class);
        Method backward = single(Backward.class);
        List<Input> inputs = inputs(forward);
        checkForwardOutput(forward);
        checkBackward(forward, backward, inputs);
        Constructor<?> constructor = constructor();
        return new LayerDescriptor(type, forward, backward, inputs, parameters(), layers(), constructor,
                constructorDimensions(constructor), freeDimensions());
    }

    private Method single(Class<? extends Annotation> annotation) {
        List<Method> found = new ArrayList<>();
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            for (Method method : level.getDeclaredMethods()) {
                if (method.isAnnotationPresent(annotation) && !method.isBridge() && !overridden(found, method)) {
                    found.add(method);
                }
            }
        }
        String marker = "@" + annotation.getSimpleName();
        if (found.isEmpty()) {
            throw reject("the class", "has no " + marker + " method", "annotate the method that computes the "
                    + (annotation == Forward.class ? "output" : "gradients") + " with " + marker);
        }
        if (found.size() > 1) {
            throw reject("methods " + names(found), "are all annotated " + marker,
                    "keep " + marker + " on exactly one");
        }
        found.get(0).setAccessible(true);
        return found.get(0);
    }

    private static boolean overridden(List<Method> subclassMethods, Method method) {
        return subclassMethods.stream().anyMatch(sub -> sub.getName().equals(method.getName())
                && Arrays.equals(sub.getParameterTypes(), method.getParameterTypes()));
    }

    private List<Input> inputs(Method forward) {
        List<Input> inputs = new ArrayList<>();
        java.lang.reflect.Parameter[] parameters = forward.getParameters();
        for (java.lang.reflect.Parameter parameter : parameters) {
            inputs.add(input(forward, parameter));
        }
        long differentiable = inputs.stream().filter(input -> input.kind() == InputKind.DIFFERENTIABLE).count();
        if (differentiable > 1) {
            throw reject(member(forward), "has " + differentiable + " differentiable inputs",
                    "mark all but one @NonDifferentiable; gradcheck checks one input gradient per layer");
        }
        return inputs;
    }

    private Input input(Method forward, java.lang.reflect.Parameter parameter) {
        // Without -parameters the names are arg0, arg1, ...; the one differentiable input is then
        // called x, so its gradient test reads dx whichever way the class was compiled.
        boolean marked = parameter.isAnnotationPresent(Labels.class)
                || parameter.isAnnotationPresent(NonDifferentiable.class);
        String inputName = parameter.getName();
        if (!parameter.isNamePresent() && !marked) {
            inputName = "x";
        }
        Class<?> inputType = parameter.getType();
        Labels labels = parameter.getAnnotation(Labels.class);
        NonDifferentiable marker = parameter.getAnnotation(NonDifferentiable.class);
        Shape shape = parameter.getAnnotation(Shape.class);
        String where = "input [" + inputName + "] of " + member(forward);
        if (labels != null) {
            if (inputType != int[].class) {
                throw reject(where, "is annotated @Labels but is a " + inputType.getSimpleName(),
                        "declare it as int[] of class indices, or use @NonDifferentiable for a floating-point target");
            }
            return new Input(inputName, inputType, InputKind.LABELS, shapeNames(where, shape, 1), null, labels.value());
        }
        if (!Tensor.isSupported(inputType)) {
            throw reject(where, "has unsupported type " + inputType.getSimpleName(),
                    "use a double or float array of rank 1 to 4, or an int[] annotated @Labels");
        }
        List<String> names = shapeNames(where, shape, Tensor.rankOf(inputType));
        InputKind kind = marker == null ? InputKind.DIFFERENTIABLE : InputKind.NON_DIFFERENTIABLE;
        return new Input(inputName, inputType, kind, names, marker == null ? null : marker.value(), null);
    }

    private List<String> shapeNames(String where, Shape shape, int rank) {
        if (shape == null) {
            throw reject(where, "has no @Shape",
                    "name its " + rank + " dimension(s), for example @Shape({\"batch\", \"in\"})");
        }
        if (shape.value().length != rank) {
            throw reject(where, "has @Shape " + Arrays.toString(shape.value()) + " with " + shape.value().length
                    + " name(s) for an array of rank " + rank, "give exactly one name per dimension");
        }
        return List.of(shape.value());
    }

    private void checkForwardOutput(Method forward) {
        Class<?> output = forward.getReturnType();
        if (output != double.class && output != float.class && !Tensor.isSupported(output)) {
            throw reject(member(forward), "returns " + output.getSimpleName(),
                    "return a double or float array of rank 1 to 4, or a double loss");
        }
    }

    private void checkBackward(Method forward, Method backward, List<Input> inputs) {
        Class<?> output = forward.getReturnType();
        Class<?>[] upstream = backward.getParameterTypes();
        if (output.isPrimitive() && upstream.length != 0) {
            throw reject(member(backward), "takes an upstream gradient although the forward pass returns a loss",
                    "remove its parameters; a loss layer's backward starts from dJ/dJ = 1");
        }
        if (!output.isPrimitive() && (upstream.length != 1 || upstream[0] != output)) {
            throw reject(member(backward), "does not take the upstream gradient as one " + output.getSimpleName(),
                    "declare exactly one parameter of the forward output's type " + output.getSimpleName());
        }
        Class<?> expected = inputs.stream().filter(input -> input.kind() == InputKind.DIFFERENTIABLE)
                .<Class<?>>map(Input::type).findFirst().orElse(void.class);
        if (backward.getReturnType() != expected) {
            throw reject(member(backward), "returns " + backward.getReturnType().getSimpleName(),
                    "return the input gradient as " + expected.getSimpleName()
                            + (expected == void.class ? " because the forward pass has no differentiable input" : ""));
        }
    }

    private List<Parameter> parameters() {
        List<Parameter> parameters = new ArrayList<>();
        for (Field field : fieldsSuperclassFirst()) {
            Param param = field.getAnnotation(Param.class);
            if (param != null) {
                parameters.add(parameter(field, param));
            }
        }
        return parameters;
    }

    private Parameter parameter(Field field, Param param) {
        String where = "@Param field [" + field.getName() + "]";
        if (Modifier.isStatic(field.getModifiers())) {
            throw reject(where, "is static", "make it an instance field; each layer owns its parameters");
        }
        if (!Tensor.isSupported(field.getType())) {
            throw reject(where, "has unsupported type " + field.getType().getSimpleName(),
                    "declare it as a double or float array of rank 1 to 4");
        }
        String gradientName = param.gradient().isEmpty() ? defaultGradientName(field.getName()) : param.gradient();
        Field gradient = findField(gradientName);
        String fix = "declare `" + field.getType().getSimpleName() + " " + gradientName
                + ";` or name the gradient field with @Param(gradient = \"...\")";
        if (gradient == null) {
            throw reject(where, "has no gradient field [" + gradientName + "]", fix);
        }
        if (gradient.getType() != field.getType() || gradient.isAnnotationPresent(Param.class)
                || Modifier.isStatic(gradient.getModifiers())) {
            String problem = gradient.isAnnotationPresent(Param.class) ? " that is itself a @Param"
                    : Modifier.isStatic(gradient.getModifiers()) ? " that is static" : "";
            throw reject(where, "has gradient field [" + gradientName + "] of type "
                    + gradient.getType().getSimpleName() + problem,
                    "give it the parameter's type " + field.getType().getSimpleName() + " as a plain instance field");
        }
        field.setAccessible(true);
        gradient.setAccessible(true);
        return new Parameter(field.getName(), gradientName, field, gradient, param.regularized());
    }

    /**
     * Return {@code "d" + name} ({@code dW}, {@code dgamma}), or the camel-case {@code "d" + Name}
     * ({@code dGamma}) when only that field exists; the annotation processor applies the same rule.
     */
    private String defaultGradientName(String name) {
        String plain = "d" + name;
        String camelCase = "d" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return findField(plain) == null && findField(camelCase) != null ? camelCase : plain;
    }

    private List<SubLayer> layers() {
        List<SubLayer> layers = new ArrayList<>();
        for (Field field : fieldsSuperclassFirst()) {
            if (field.isAnnotationPresent(Layer.class)) {
                boolean isStatic = Modifier.isStatic(field.getModifiers());
                if (!field.getType().isAnnotationPresent(Differentiable.class) || isStatic) {
                    throw reject("@Layer field [" + field.getName() + "]", "holds " + field.getType().getSimpleName()
                            + (isStatic ? " in a static field" : ", which is not @Differentiable"),
                            "annotate the layer class @Differentiable and keep the field an instance field");
                }
                field.setAccessible(true);
                layers.add(new SubLayer(field.getName(), field));
            }
        }
        return layers;
    }

    private Constructor<?> constructor() {
        Constructor<?> chosen = Arrays.stream(type.getDeclaredConstructors())
                .filter(candidate -> !Modifier.isPrivate(candidate.getModifiers()))
                .filter(candidate -> Arrays.stream(candidate.getParameters())
                        .allMatch(parameter -> parameter.getType() == int.class
                                && parameter.isAnnotationPresent(Dim.class)))
                .max(Comparator.comparingInt(Constructor::getParameterCount))
                .orElseThrow(() -> reject("the class", "has no constructor the checker can call",
                        "add a non-private constructor whose arguments are all int and annotated @Dim, "
                                + "or one with no arguments"));
        chosen.setAccessible(true);
        return chosen;
    }

    private static List<Dimension> constructorDimensions(Constructor<?> constructor) {
        List<Dimension> dimensions = new ArrayList<>();
        for (java.lang.reflect.Parameter parameter : constructor.getParameters()) {
            Dim dim = parameter.getAnnotation(Dim.class);
            dimensions.add(new Dimension(dim.value(), dim.min(), dim.max()));
        }
        return dimensions;
    }

    private List<Dimension> freeDimensions() {
        List<Dimension> dimensions = new ArrayList<>();
        for (Dim dim : type.getAnnotationsByType(Dim.class)) {
            if (dim.min() < 1 || (dim.max() != 0 && dim.max() < dim.min())) {
                throw reject("class-level @Dim [" + dim.value() + "]",
                        "has bounds [" + dim.min() + ", " + dim.max() + "]",
                        "give min of at least 1 and max of at least min, or max = 0 for the default");
            }
            dimensions.add(new Dimension(dim.value(), dim.min(), dim.max()));
        }
        return dimensions;
    }

    private List<Field> fieldsSuperclassFirst() {
        List<Class<?>> levels = new ArrayList<>();
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            levels.add(0, level);
        }
        List<Field> fields = new ArrayList<>();
        levels.forEach(level -> fields.addAll(Arrays.asList(level.getDeclaredFields())));
        return fields;
    }

    private Field findField(String fieldName) {
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                if (field.getName().equals(fieldName)) {
                    return field;
                }
            }
        }
        return null;
    }

    private static String member(Method method) {
        return "method [" + method.getName() + "]";
    }

    private static String names(List<Method> methods) {
        return methods.stream().map(Method::getName).toList().toString();
    }

    private LayerDefinitionException reject(String member, String problem, String fix) {
        return new LayerDefinitionException(
                "Cannot check [" + name + "]: " + member + " " + problem + "; " + fix + ".");
    }
}
