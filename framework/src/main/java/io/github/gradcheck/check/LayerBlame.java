package io.github.gradcheck.check;

import io.github.gradcheck.api.LayerAdapter;
import io.github.gradcheck.generate.TensorGenerators;
import io.github.gradcheck.proxy.Recording;
import io.github.gradcheck.proxy.RecordingProxies;
import io.github.gradcheck.tensor.Tensor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Localizes a model's failure to the sub-layers whose own backward pass is wrong: runs the model
 * once with each direct sub-layer replaced by a recording proxy, then checks every sub-layer on
 * what it received. The model's parameters and fields are restored afterwards.
 */
final class LayerBlame {

    private final Object model;
    private final LayerDescriptor descriptor;
    private final CheckConfig config;
    private final long seed;

    private LayerBlame(Object model, CheckConfig config, long seed) {
        this.model = model;
        this.descriptor = LayerDescriptor.of(model.getClass());
        this.config = config;
        this.seed = seed;
    }

    static List<LocalCheck> localize(Object model, Object[] inputs, CheckConfig config, long seed) {
        return new LayerBlame(model, config, seed).localize(inputs);
    }

    private List<LocalCheck> localize(Object[] inputs) {
        List<Recording> recordings = new ArrayList<>();
        List<LocalCheck> notes = new ArrayList<>();
        LayerTree tree = LayerTree.of(model);
        FieldState fields = FieldState.take(tree.layers());
        Snapshot snapshot = Snapshot.take(tree.parameters(), List.of());
        FrozenRandomness randomness = FrozenRandomness.freeze(tree, seed, config.dropout());
        try {
            swapInProxies(recordings, notes);
            randomness.reseed();
            runOnce(inputs);
        } catch (LayerExecutionException e) {
            return List.of();
        } finally {
            restoreLayers(recordings);
            randomness.restore();
            snapshot.restore();
            fields.restore();
        }
        List<LocalCheck> checks = new ArrayList<>(notes);
        for (int i = 0; i < recordings.size(); i++) {
            checks.add(check(descriptor.layers().get(i).name(), recordings.get(i)));
        }
        return checks;
    }

    private void swapInProxies(List<Recording> recordings, List<LocalCheck> notes) {
        for (LayerDescriptor.SubLayer subLayer : descriptor.layers()) {
            Object child = read(subLayer.field());
            LayerDescriptor childDescriptor = LayerDescriptor.of(child.getClass());
            if (!RecordingProxies.supports(child.getClass(), childDescriptor.forward(), childDescriptor.backward())) {
                recordings.add(null);
                continue;
            }
            Recording recording = RecordingProxies.record(child, childDescriptor.forward(), childDescriptor.backward());
            recordings.add(recording);
            write(subLayer.field(), recording.proxy());
        }
    }

    private void runOnce(Object[] inputs) {
        LayerAdapter<Object> adapter = LayerAdapters.of(model.getClass());
        try {
            Object output = adapter.forward(model, inputs.clone());
            Object upstream = descriptor.isLoss() ? null
                    : TensorGenerators.normal(new SplittableRandom(seed), output.getClass(), Tensor.shapeOf(output));
            adapter.backward(model, upstream);
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new LayerExecutionException("Cannot record the sub-layers of [" + descriptor.displayName() + "]: "
                    + e, e);
        }
    }

    private void restoreLayers(List<Recording> recordings) {
        for (int i = 0; i < recordings.size(); i++) {
            Recording recording = recordings.get(i);
            if (recording != null) {
                recording.close();
                write(descriptor.layers().get(i).field(), recording.layer());
            }
        }
    }

    private LocalCheck check(String path, Recording recording) {
        if (recording == null) {
            return new LocalCheck(path, null, "its class or its forward or backward method is final");
        }
        int calls = recording.forwardCalls().size();
        if (calls != 1 || recording.backwardCalls().size() != 1) {
            return new LocalCheck(path, null, "the model called it " + calls + " times in one forward pass");
        }
        Object layer = recording.layer();
        GradientChecker checker = GradientChecker.of(layer, recording.forwardCalls().get(0)).withConfig(config)
                .withSeed(seed);
        Object upstream = recording.backwardCalls().get(0);
        try {
            return new LocalCheck(path, (upstream == null ? checker : checker.withUpstream(upstream)).check(), null);
        } catch (LayerExecutionException | LayerDefinitionException e) {
            return new LocalCheck(path, null, e.getMessage());
        }
    }

    private Object read(Field field) {
        try {
            return field.get(model);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read @Layer field [" + field.getName() + "]", e);
        }
    }

    private void write(Field field, Object value) {
        try {
            field.set(model, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot write @Layer field [" + field.getName() + "]", e);
        }
    }
}
