package io.github.gradcheck.junit;

import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.LayerDescriptor;
import io.github.gradcheck.generate.CaseGenerator;
import io.github.gradcheck.generate.ShrinkResult;
import io.github.gradcheck.report.ValueFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The section a gradient test appends to its failure message after shrinking: the smallest
 * dimensions in which the gradient still fails, its numeric and analytic values there, and the
 * code that reruns that case.
 *
 * <p>The message keeps the original case's full report above this section, because its larger
 * tensors give the hints more evidence; the small case is for reasoning by hand.
 */
final class GradCheckShrinkText {

    /** Largest tensor whose values the section prints in full. */
    private static final int MAX_PRINTED = 12;

    private GradCheckShrinkText() {
    }

    static String of(String path, ShrinkResult<GradientReport> result) {
        GradientReport minimal = result.minimalFailure();
        var text = new StringBuilder("smallest case where ").append(path).append(" still fails:\n");
        text.append(result.describe());
        String needed = neededSizes(minimal, result);
        if (!needed.isEmpty()) {
            text.append(label("needs")).append(needed).append(": no smaller size reproduces the failure, so ")
                    .append("look at what the backward pass does along ").append(needed.contains(",") ? "those axes"
                            : "that axis").append(", such as a sum over the batch or a stride\n");
        }
        minimal.tensor(path).filter(tensor -> tensor.checkedCount() <= MAX_PRINTED).ifPresent(tensor -> {
            text.append(label("numeric")).append(values(tensor.numeric())).append('\n');
            text.append(label("analytic")).append(values(tensor.analytic())).append('\n');
        });
        return text.append(label("rerun")).append(minimal.replay()).append('\n').toString();
    }

    /**
     * Name the dimensions that could not shrink to their lower bound: the fault shows only from
     * that size on, which points at code along that axis, such as a sum over the batch.
     */
    private static String neededSizes(GradientReport minimal, ShrinkResult<GradientReport> result) {
        List<String> needed = new ArrayList<>();
        CaseGenerator generator = CaseGenerator.of(LayerDescriptor.of(minimal.layerType()));
        for (LayerDescriptor.Dimension bound : generator.bounds()) {
            String name = bound.name();
            boolean shrank = result.original().contains(name) && result.minimal().contains(name);
            if (shrank && result.minimal().get(name) > bound.min()) {
                needed.add(name + " >= " + result.minimal().get(name));
            }
        }
        return String.join(", ", needed);
    }

    private static String values(double[] values) {
        return Arrays.stream(values).mapToObj(ValueFormat::format).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String label(String name) {
        return String.format(Locale.ROOT, "  %-10s: ", name);
    }
}
