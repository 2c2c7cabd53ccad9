package io.github.gradcheck.check;

import io.github.gradcheck.tensor.Tensor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Copy of every instance field of every layer object in a tree, and of the contents of each
 * floating-point array those fields refer to. State outside the parameters, such as batch
 * normalization's running statistics or a cached input, is then the same after a check as before.
 *
 * <p>Limitations: objects reached through fields other than the layers themselves (a list of
 * buffers, a helper object) are restored by reference only, not by content.
 */
final class FieldState {

    /** One field of one object: its value, and a copy of the array contents when it is an array. */
    private record Saved(Object owner, Field field, Object value, double[] contents) {
    }

    private final List<Saved> saved = new ArrayList<>();

    static FieldState take(List<Object> layers) {
        FieldState state = new FieldState();
        layers.forEach(state::save);
        return state;
    }

    private void save(Object layer) {
        for (Class<?> level = layer.getClass(); level != null && level != Object.class; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || !field.trySetAccessible()) {
                    continue;
                }
                Object value = read(field, layer);
                saved.add(new Saved(layer, field, value, contents(value)));
            }
        }
    }

    void restore() {
        for (Saved entry : saved) {
            if (entry.contents() != null) {
                Tensor.of(entry.value()).setAll(entry.contents());
            }
            if (read(entry.field(), entry.owner()) != entry.value() || entry.field().getType().isPrimitive()) {
                write(entry);
            }
        }
    }

    private static double[] contents(Object value) {
        if (value == null || !Tensor.isSupported(value.getClass())) {
            return null;
        }
        try {
            return Tensor.of(value).toDoubleArray();
        } catch (IllegalArgumentException e) {
            // A ragged or empty array cannot be viewed as a tensor; its reference is still restored.
            return null;
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read field [" + field.getName() + "] of "
                    + LayerDescriptor.displayName(owner.getClass()), e);
        }
    }

    private static void write(Saved entry) {
        try {
            entry.field().set(entry.owner(), entry.value());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot restore field [" + entry.field().getName() + "] of "
                    + LayerDescriptor.displayName(entry.owner().getClass()) + "; make it non-final.", e);
        }
    }
}
