package io.github.gradcheck.junit;

import io.github.gradcheck.check.LayerDescriptor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lists the gradient paths a check of a layer class reports, in report order, before any of its
 * code runs: the class's own parameter gradients, those of each {@code @Layer} field's declared
 * class under the field's name, then the input gradient.
 */
final class GradCheckTensorPaths {

    private final List<String> paths = new ArrayList<>();
    private final Set<Class<?>> visiting = new HashSet<>();

    private GradCheckTensorPaths() {
    }

    /**
     * List the gradient paths of a layer class.
     *
     * @return the paths, such as {@code [hidden.dW, hidden.db, out.dW, out.db, dx]}; empty when a
     *         {@code @Layer} field's declared class is abstract or an interface, or when layers
     *         nest recursively, because only the objects built at run time tell the parameters
     * @throws io.github.gradcheck.check.LayerDefinitionException if the class breaks the layer
     *                                                            contract
     */
    static Optional<List<String>> of(Class<?> layer) {
        LayerDescriptor descriptor = LayerDescriptor.of(layer);
        var reader = new GradCheckTensorPaths();
        if (!reader.visit(descriptor, "")) {
            return Optional.empty();
        }
        descriptor.differentiableInput().ifPresent(input -> reader.paths.add(input.gradientName()));
        return Optional.of(List.copyOf(reader.paths));
    }

    private boolean visit(LayerDescriptor descriptor, String prefix) {
        if (!visiting.add(descriptor.type())) {
            return false;
        }
        descriptor.parameters().forEach(parameter -> paths.add(prefix + parameter.gradientName()));
        for (LayerDescriptor.SubLayer layer : descriptor.layers()) {
            Class<?> type = layer.field().getType();
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers())
                    || !visit(LayerDescriptor.of(type), prefix + layer.name() + ".")) {
                return false;
            }
        }
        visiting.remove(descriptor.type());
        return true;
    }
}
