package io.github.gradcheck.junit;

import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Dim;
import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.check.LayerDescriptor;
import io.github.gradcheck.check.LayerDescriptor.Dimension;
import io.github.gradcheck.generate.CaseGenerator;
import io.github.gradcheck.generate.DimensionGenerators;
import io.github.gradcheck.generate.GeneratedCase;
import io.github.gradcheck.generate.Generator;
import io.github.gradcheck.generate.Sample;
import io.github.gradcheck.tensor.Tensor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Plan of a property method: the source of each parameter's value, and the bounds of every
 * dimension those parameters name.
 */
final class PropertyPlan {

    /** Source of one parameter's value. */
    enum Source {
        DIMENSIONS, GENERATED_CASE, LAYER, SAMPLE, DIMENSION, RANDOM, OTHER
    }

    /**
     * One parameter of the test method.
     *
     * @param index     its position
     * @param name      its name, or {@code argN} without {@code -parameters}
     * @param source    where its value comes from
     * @param type      its declared type
     * @param sample    its {@code @Sample}, or null
     * @param dimension the dimension an {@code @Dim int} parameter receives, or null
     */
    record Slot(int index, String name, Source source, Class<?> type, Sample sample, String dimension) {
    }

    private final Method method;
    private final List<Slot> slots;
    private final List<Dimension> bounds;
    private final Class<?> caseLayer;
    private final int maxDimension;

    private PropertyPlan(Method method, List<Slot> slots, List<Dimension> bounds, Class<?> caseLayer,
            int maxDimension) {

        this.method = method;
        this.slots = List.copyOf(slots);
        this.bounds = List.copyOf(bounds);
        this.caseLayer = caseLayer;
        this.maxDimension = maxDimension;
    }

    static PropertyPlan of(Method method, Class<?> testClass, int maxDimension) {
        List<Slot> slots = new ArrayList<>();
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            slots.add(slot(method, i, parameters[i]));
        }
        Class<?> caseLayer = caseLayer(method, slots);
        Map<String, Dimension> bounds = new LinkedHashMap<>();
        for (Slot slot : slots) {
            collectBounds(method, slot, bounds);
        }
        for (Dim dim : testClass.getAnnotationsByType(Dim.class)) {
            merge(method, bounds, new Dimension(dim.value(), dim.min(), dim.max()));
        }
        return new PropertyPlan(method, slots, DimensionGenerators.resolve(List.copyOf(bounds.values()), maxDimension),
                caseLayer, maxDimension);
    }

    private static Slot slot(Method method, int index, Parameter parameter) {
        Class<?> type = parameter.getType();
        Sample sample = parameter.getAnnotation(Sample.class);
        Dim dim = parameter.getAnnotation(Dim.class);
        String name = parameter.getName();
        if (sample != null) {
            checkSample(method, parameter, sample);
            return new Slot(index, name, Source.SAMPLE, type, sample, null);
        }
        if (dim != null && (type == int.class || type == Integer.class)) {
            return new Slot(index, name, Source.DIMENSION, type, null, dim.value());
        }
        Source source = type == Dimensions.class ? Source.DIMENSIONS
                : type == GeneratedCase.class ? Source.GENERATED_CASE
                : type.isAnnotationPresent(Differentiable.class) ? Source.LAYER
                : type == RandomGenerator.class || type == SplittableRandom.class ? Source.RANDOM
                : Source.OTHER;
        if (source == Source.LAYER) {
            LayerDescriptor.of(type);
        }
        return new Slot(index, name, source, type, null, null);
    }

    private static void checkSample(Method method, Parameter parameter, Sample sample) {
        String where = "parameter [" + parameter.getName() + "] of " + describe(method);
        if (!Tensor.isSupported(parameter.getType())) {
            throw new IllegalArgumentException("Cannot generate " + where + ": @Sample needs a double or float array "
                    + "of rank 1 to 4, not " + parameter.getType().getSimpleName() + "; change the parameter type.");
        }
        int rank = Tensor.rankOf(parameter.getType());
        if (sample.value().length != rank) {
            throw new IllegalArgumentException("Cannot generate " + where + ": @Sample names " + sample.value().length
                    + " dimension(s) for an array of rank " + rank + "; give one name per axis.");
        }
        if (!(sample.scale() > 0.0) || Double.isInfinite(sample.scale())) {
            throw new IllegalArgumentException("Cannot generate " + where + " with scale [" + sample.scale()
                    + "]; give a positive finite scale.");
        }
    }

    private static Class<?> caseLayer(Method method, List<Slot> slots) {
        boolean wantsCase = slots.stream().anyMatch(slot -> slot.source() == Source.GENERATED_CASE);
        List<Class<?>> layers = slots.stream().filter(slot -> slot.source() == Source.LAYER)
                .<Class<?>>map(Slot::type).distinct().toList();
        if (wantsCase && layers.size() != 1) {
            throw new IllegalArgumentException("Cannot generate the GeneratedCase parameter of " + describe(method)
                    + ": it holds the inputs of one layer, but the method declares " + layers.size()
                    + " layer parameter type(s) " + layers.stream().map(Class::getSimpleName).toList()
                    + "; declare exactly one @Differentiable parameter type.");
        }
        return wantsCase ? layers.get(0) : null;
    }

    private static void collectBounds(Method method, Slot slot, Map<String, Dimension> bounds) {
        switch (slot.source()) {
            case LAYER -> CaseGenerator.of(LayerDescriptor.of(slot.type())).declaredBounds()
                    .forEach(dimension -> merge(method, bounds, dimension));
            case SAMPLE -> {
                for (String name : slot.sample().value()) {
                    merge(method, bounds, new Dimension(name, 1, 0));
                }
            }
            case DIMENSION -> {
                Dim dim = method.getParameters()[slot.index()].getAnnotation(Dim.class);
                merge(method, bounds, new Dimension(dim.value(), dim.min(), dim.max()));
            }
            default -> {
                // The other sources name no dimension of their own.
            }
        }
    }

    private static void merge(Method method, Map<String, Dimension> bounds, Dimension added) {
        Dimension known = bounds.get(added.name());
        if (known == null) {
            bounds.put(added.name(), added);
            return;
        }
        int min = Math.max(known.min(), added.min());
        int max = known.max() == 0 ? added.max() : added.max() == 0 ? known.max() : Math.min(known.max(), added.max());
        if (max != 0 && max < min) {
            throw new IllegalArgumentException("Cannot generate dimension [" + added.name() + "] for "
                    + describe(method) + ": its bounds " + range(known) + " and " + range(added)
                    + " do not overlap; widen one of the @Dim bounds.");
        }
        bounds.put(added.name(), new Dimension(added.name(), min, max));
    }

    private static String range(Dimension dimension) {
        return "[" + dimension.min() + ", " + (dimension.max() == 0 ? "open" : dimension.max()) + "]";
    }

    static String describe(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "()";
    }

    Method method() {
        return method;
    }

    List<Slot> slots() {
        return slots;
    }

    List<Dimension> bounds() {
        return bounds;
    }

    Class<?> caseLayer() {
        return caseLayer;
    }

    Generator<Dimensions> dimensions() {
        return DimensionGenerators.of(bounds, maxDimension);
    }
}
