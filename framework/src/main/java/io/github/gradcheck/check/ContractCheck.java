package io.github.gradcheck.check;

import io.github.gradcheck.api.LayerAdapter;
import io.github.gradcheck.report.ValueFormat;
import io.github.gradcheck.tensor.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks of the backward pass that need no finite differences: a zero upstream gradient must give
 * zero gradients, and a second backward call must either repeat or double each gradient.
 *
 * <p>A zero upstream gradient giving a non-zero gradient means the backward pass adds something
 * that does not come from the upstream gradient, usually a value left from an earlier call.
 * A loss has no upstream gradient, so only the second check applies to it.
 */
final class ContractCheck {

    /** Relative distance below which two gradients count as equal, or one as twice the other. */
    private static final double SAME = 1e-9;

    private final LayerObjective objective;
    private final LayerAdapter<Object> adapter;
    private final Object layer;
    private final List<Binding> parameters;
    private final String name;
    private final List<ContractFinding> findings = new ArrayList<>();
    private final Map<String, GradientStyle> styles = new LinkedHashMap<>();

    ContractCheck(LayerObjective objective, LayerAdapter<Object> adapter, Object layer, List<Binding> parameters,
            String name) {

        this.objective = objective;
        this.adapter = adapter;
        this.layer = layer;
        this.parameters = parameters;
        this.name = name;
    }

    void run(Object upstream, List<double[]> analytic, String inputGradientPath) {
        if (upstream != null) {
            checkZeroUpstream(upstream, inputGradientPath);
        }
        detectStyles(upstream, analytic);
    }

    List<ContractFinding> findings() {
        return findings;
    }

    Map<String, GradientStyle> styles() {
        return styles;
    }

    private void checkZeroUpstream(Object upstream, String inputGradientPath) {
        Object zero = Tensor.allocate(upstream.getClass(), Tensor.of(upstream).shape());
        AnalyticPass pass = AnalyticPass.run(objective, adapter, layer, parameters, zero, name);
        for (int i = 0; i < parameters.size(); i++) {
            reportNonZero(parameters.get(i).gradientPath(), pass.parameterGradients().get(i));
        }
        if (pass.inputGradient() != null) {
            reportNonZero(inputGradientPath, pass.inputGradient());
        }
    }

    private void reportNonZero(String path, double[] gradient) {
        double largest = 0.0;
        for (double value : gradient) {
            largest = Math.max(largest, Math.abs(value));
        }
        if (largest > 0.0) {
            findings.add(new ContractFinding(path, "With a zero upstream gradient, backward left [" + path
                    + "] non-zero (largest magnitude " + ValueFormat.format(largest) + "); compute it from the "
                    + "upstream gradient of this call only, and reset values kept from earlier calls."));
        }
    }

    private void detectStyles(Object upstream, List<double[]> analytic) {
        AnalyticPass.run(objective, adapter, layer, parameters, upstream, name);
        objective.forward();
        try {
            adapter.backward(layer, upstream);
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new LayerExecutionException("Cannot check [" + name + "]: its @Backward method threw " + e
                    + " when called a second time without zeroing the gradients; a backward pass must work on "
                    + "every call.", e);
        }
        for (int i = 0; i < parameters.size(); i++) {
            Binding binding = parameters.get(i);
            Object second = binding.gradient();
            GradientStyle style = second == null ? GradientStyle.INCONSISTENT
                    : style(analytic.get(i), Tensor.of(second).toDoubleArray());
            styles.put(binding.gradientPath(), style);
            if (style == GradientStyle.INCONSISTENT) {
                findings.add(new ContractFinding(binding.gradientPath(), "A second backward call without zeroing "
                        + "left [" + binding.gradientPath() + "] neither unchanged nor doubled; either assign the "
                        + "gradient on each call or only add to it, and keep no other state between calls."));
            }
        }
    }

    private static GradientStyle style(double[] first, double[] second) {
        if (first.length != second.length) {
            return GradientStyle.INCONSISTENT;
        }
        double scale = 0.0;
        double sameGap = 0.0;
        double doubleGap = 0.0;
        for (int i = 0; i < first.length; i++) {
            scale = Math.max(scale, Math.abs(first[i]));
            sameGap = Math.max(sameGap, Math.abs(second[i] - first[i]));
            doubleGap = Math.max(doubleGap, Math.abs(second[i] - 2 * first[i]));
        }
        if (scale == 0.0) {
            return GradientStyle.UNDETERMINED;
        }
        if (sameGap <= SAME * scale) {
            return GradientStyle.OVERWRITES;
        }
        return doubleGap <= SAME * scale ? GradientStyle.ACCUMULATES : GradientStyle.INCONSISTENT;
    }
}
