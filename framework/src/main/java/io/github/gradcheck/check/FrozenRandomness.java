package io.github.gradcheck.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Replaces every {@code java.util.Random} field of a layer tree with a checker-owned generator
 * that is reseeded before each evaluation, so a dropout mask is the same in every forward pass
 * of one check. The user's own generators are put back, untouched, by {@link #restore()}.
 *
 * <p>Fields that share one generator keep sharing one replacement, so layers that draw from a
 * common stream still draw in the same order.
 */
final class FrozenRandomness {

    private final List<LayerTree.RandomField> fields;
    private final List<Object> originals = new ArrayList<>();
    private final List<Object> replacements = new ArrayList<>();
    private final long[] seeds;

    private FrozenRandomness(List<LayerTree.RandomField> fields, long seed) {
        this.fields = fields;
        Map<Object, Random> shared = new IdentityHashMap<>();
        Random seedSource = new Random(seed);
        for (LayerTree.RandomField field : fields) {
            Object original = read(field);
            originals.add(original);
            replacements.add(replacement(field, original, shared));
        }
        this.seeds = seedSource.longs(replacements.size()).toArray();
    }

    static FrozenRandomness freeze(LayerTree tree, long seed, Dropout dropout) {
        List<LayerTree.RandomField> fields = new ArrayList<>(tree.randomFields());
        if (dropout == Dropout.KEEP_ALL) {
            fields.addAll(tree.keepProbabilityFields());
        }
        FrozenRandomness frozen = new FrozenRandomness(fields, seed);
        for (int i = 0; i < frozen.fields.size(); i++) {
            frozen.write(frozen.fields.get(i), frozen.replacements.get(i));
        }
        return frozen;
    }

    /**
     * Return the value a field has during the check: a shared checker-owned generator for a
     * random field, the value 1 of the field's type for a keep-probability field.
     */
    private static Object replacement(LayerTree.RandomField field, Object original, Map<Object, Random> shared) {
        Class<?> type = field.field().getType();
        if (type == double.class || type == Double.class) {
            return 1.0;
        }
        if (type == float.class || type == Float.class) {
            return 1.0f;
        }
        return original == null ? null : shared.computeIfAbsent(original, key -> new Random());
    }

    /** Reseed every replacement generator; called before each forward pass. */
    void reseed() {
        for (int i = 0; i < replacements.size(); i++) {
            if (replacements.get(i) instanceof Random random) {
                random.setSeed(seeds[i]);
            }
        }
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    void restore() {
        for (int i = 0; i < fields.size(); i++) {
            write(fields.get(i), originals.get(i));
        }
    }

    private static Object read(LayerTree.RandomField field) {
        try {
            field.field().setAccessible(true);
            return field.field().get(field.owner());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new LayerExecutionException("Cannot freeze random field [" + field.field().getName() + "] of "
                    + LayerDescriptor.displayName(field.owner().getClass()) + ": " + e
                    + "; make the field non-final and open its package to gradcheck.", e);
        }
    }

    private static void write(LayerTree.RandomField field, Object value) {
        try {
            field.field().set(field.owner(), value);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new LayerExecutionException("Cannot freeze random field [" + field.field().getName() + "] of "
                    + LayerDescriptor.displayName(field.owner().getClass()) + ": " + e
                    + "; make the field non-final and open its package to gradcheck.", e);
        }
    }
}
