package io.github.gradcheck.diagnose;

import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.LayerDefinitionException;
import io.github.gradcheck.check.LayerDescriptor;
import io.github.gradcheck.check.TensorReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Facts about the checked layer that give hints their names: the generated dimensions, the
 * input's axis names and which parameters the loss regularizes.
 */
final class CheckContext {

    private final LayerDescriptor descriptor;
    private final Map<String, Integer> dimensions;

    private CheckContext(LayerDescriptor descriptor, Map<String, Integer> dimensions) {
        this.descriptor = descriptor;
        this.dimensions = dimensions;
    }

    static CheckContext of(GradientReport report) {
        LayerDescriptor descriptor = LayerDescriptor.of(report.layerType());
        return new CheckContext(descriptor, report.dimensions().asMap());
    }

    /**
     * Return the namer for constant factors. It offers free dimensions such as {@code batch}
     * before those a constructor binds, because a loss usually averages over free dimensions.
     */
    FactorNames factorNames() {
        Set<String> bound = new HashSet<>();
        descriptor.constructorDimensions().forEach(dimension -> bound.add(dimension.name()));
        Map<String, Integer> ordered = new LinkedHashMap<>();
        dimensions.forEach((name, size) -> {
            if (!bound.contains(name)) {
                ordered.put(name, size);
            }
        });
        dimensions.forEach(ordered::putIfAbsent);
        return new FactorNames(ordered);
    }

    /**
     * Name an axis of a tensor: by the input's {@code @Shape} name for the input gradient, and by
     * the dimensions of the same size for a parameter, whose axes carry no names.
     */
    String axis(TensorEvidence tensor, int axis) {
        int size = tensor.tensor().shape()[axis];
        if (tensor.tensor().kind() == TensorReport.Kind.INPUT) {
            Optional<String> name = descriptor.differentiableInput().map(input -> input.shape())
                    .filter(names -> names.size() > axis).map(names -> names.get(axis));
            if (name.isPresent()) {
                return "axis " + axis + " (" + name.get() + ")";
            }
        }
        List<String> sameSize = new ArrayList<>();
        dimensions.forEach((name, length) -> {
            if (length == size) {
                sameSize.add(name);
            }
        });
        String match = sameSize.size() == 1 ? ", matching " + sameSize.get(0) : "";
        return "axis " + axis + " (size " + size + match + ")";
    }

    /** Tell whether a tensor's parameter is declared {@code @Param(regularized = true)}. */
    boolean isRegularized(TensorReport tensor) {
        if (tensor.kind() != TensorReport.Kind.PARAMETER) {
            return false;
        }
        String[] segments = tensor.valuePath().split("\\.");
        LayerDescriptor owner = descriptor;
        try {
            for (int i = 0; i < segments.length - 1; i++) {
                owner = subLayer(owner, segments[i]);
                if (owner == null) {
                    return false;
                }
            }
        } catch (LayerDefinitionException e) {
            // A @Layer field declared with an abstract type has no descriptor of its own. The hint
            // then uses the wording for a parameter without the flag, which names the same fault.
            return false;
        }
        String name = segments[segments.length - 1];
        return owner.parameters().stream().anyMatch(parameter -> parameter.name().equals(name)
                && parameter.regularized());
    }

    private static LayerDescriptor subLayer(LayerDescriptor owner, String name) {
        return owner.layers().stream().filter(layer -> layer.name().equals(name)).findFirst()
                .map(layer -> LayerDescriptor.of(layer.field().getType())).orElse(null);
    }
}
