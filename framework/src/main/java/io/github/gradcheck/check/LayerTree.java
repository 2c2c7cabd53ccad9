package io.github.gradcheck.check;

import io.github.gradcheck.api.KeepProbability;
import io.github.gradcheck.api.LayerAdapter;
import io.github.gradcheck.tensor.Tensor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The parameters of a layer and of all its sub-layers, in declaration order, and its
 * {@link Random} fields.
 */
final class LayerTree {

    private final List<Binding> parameters = new ArrayList<>();
    private final List<RandomField> randomFields = new ArrayList<>();
    private final List<RandomField> keepProbabilityFields = new ArrayList<>();
    private final Map<Object, Boolean> visited = new IdentityHashMap<>();
    private final List<Object> layers = new ArrayList<>();

    /** A {@code java.util.Random} field of one layer object. */
    record RandomField(Object owner, Field field) {
    }

    static LayerTree of(Object layer) {
        LayerTree tree = new LayerTree();
        tree.visit(layer, "");
        return tree;
    }

    List<Binding> parameters() {
        return parameters;
    }

    List<RandomField> randomFields() {
        return randomFields;
    }

    /** Return every layer object of the tree, the root first. */
    List<Object> layers() {
        return List.copyOf(layers);
    }

    /** Return the {@code @KeepProbability} fields, as owner and field pairs. */
    List<RandomField> keepProbabilityFields() {
        return keepProbabilityFields;
    }

    private void visit(Object layer, String prefix) {
        if (visited.put(layer, Boolean.TRUE) != null) {
            return;
        }
        layers.add(layer);
        LayerAdapter<Object> adapter = LayerAdapters.of(layer.getClass());
        String name = LayerDescriptor.displayName(layer.getClass());
        LayerDescriptor descriptor = LayerDescriptor.of(layer.getClass());
        for (int i = 0; i < adapter.parameterNames().size(); i++) {
            parameters.add(bind(adapter, layer, i, prefix, name, descriptor.parameters().get(i)));
        }
        collectRandomFields(layer);
        for (int i = 0; i < adapter.layerNames().size(); i++) {
            Object child = adapter.layer(layer, i);
            if (child == null) {
                throw new LayerExecutionException("Cannot check [" + name + "]: @Layer field [" + prefix
                        + adapter.layerNames().get(i) + "] is null; create the layer in the constructor.", null);
            }
            visit(child, prefix + adapter.layerNames().get(i) + ".");
        }
    }

    private static Binding bind(LayerAdapter<Object> adapter, Object layer, int index, String prefix, String name,
            LayerDescriptor.Parameter parameter) {

        Object array = adapter.parameter(layer, index);
        String where = "Cannot check [" + name + "]: @Param field [" + prefix + parameter.name() + "]";
        if (array == null) {
            throw new LayerExecutionException(where + " is null after construction; allocate and initialize it in "
                    + "the constructor.", null);
        }
        Tensor values;
        try {
            values = Tensor.of(array);
        } catch (IllegalArgumentException e) {
            throw new LayerExecutionException(where + " cannot be read: " + e.getMessage(), e);
        }
        return new Binding(name, prefix + parameter.name(), prefix + parameter.gradientName(), adapter, layer, index,
                values);
    }

    private static Field checkedKeepProbability(Object layer, Field field) {
        Class<?> type = field.getType();
        boolean floating = type == double.class || type == float.class || type == Double.class || type == Float.class;
        if (!floating || Modifier.isStatic(field.getModifiers())) {
            throw new LayerDefinitionException("Cannot check [" + LayerDescriptor.displayName(layer.getClass())
                    + "]: @KeepProbability field [" + field.getName() + "] is "
                    + (floating ? "static" : "a " + type.getSimpleName())
                    + "; make it a double or float instance field holding the probability of keeping a unit.");
        }
        return field;
    }

    private void collectRandomFields(Object layer) {
        for (Class<?> level = layer.getClass(); level != null && level != Object.class; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                if (field.getType() == Random.class && !Modifier.isStatic(field.getModifiers())) {
                    randomFields.add(new RandomField(layer, field));
                }
                if (field.isAnnotationPresent(KeepProbability.class)) {
                    keepProbabilityFields.add(new RandomField(layer, checkedKeepProbability(layer, field)));
                }
            }
        }
    }
}
