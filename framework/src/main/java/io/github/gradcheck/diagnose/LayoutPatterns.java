package io.github.gradcheck.diagnose;

import java.util.ArrayList;
import java.util.List;

/**
 * Patterns in where the analytic values sit: a transpose or a reversal of the numeric gradient,
 * a value constant along an axis, and a zero sum along an axis that the analytic gradient breaks.
 * They need every element of the tensor, in row-major order.
 */
final class LayoutPatterns {

    static final double REARRANGED_CONFIDENCE = 0.94;

    private LayoutPatterns() {
    }

    static List<Finding> detect(TensorEvidence tensor, CheckContext context, boolean analyticZero) {
        List<Finding> found = new ArrayList<>();
        if (!tensor.complete() || !tensor.hasSignal()) {
            return found;
        }
        if (!analyticZero) {
            addIfPresent(found, rearranged(tensor, context));
        }
        addIfPresent(found, AxisPatterns.collapsed(tensor, context, analyticZero));
        if (!analyticZero && found.isEmpty()) {
            addIfPresent(found, AxisPatterns.brokenZeroSum(tensor, context));
        }
        return found;
    }

    private static void addIfPresent(List<Finding> found, Finding finding) {
        if (finding != null) {
            found.add(finding);
        }
    }

    /**
     * Find the first reordering under which the analytic gradient equals the numeric one, among
     * those that actually move the numeric values.
     */
    private static Finding rearranged(TensorEvidence tensor, CheckContext context) {
        double numericNorm = tensor.norm(tensor.numeric());
        double noise = tensor.noiseNorm();
        double tolerance = Math.max(RatioFit.EXACT * numericNorm, RatioFit.NOISE * noise);
        double change = TensorEvidence.SIGNAL * noise;
        int[] shape = tensor.tensor().shape();

        for (Rearrangement candidate : Rearrangement.candidates(shape, context.factorNames())) {
            double gap = 0.0;
            double moved = 0.0;
            int[] source = candidate.source();
            for (int p = 0; p < source.length; p++) {
                if (tensor.usable(p) && tensor.usable(source[p])) {
                    double expected = tensor.numeric(source[p]);
                    gap += square(tensor.analytic(p) - expected);
                    moved += square(tensor.numeric(p) - expected);
                }
            }
            if (Math.sqrt(gap) <= tolerance && Math.sqrt(moved) > change) {
                String message = candidate.kind() == HintKind.TRANSPOSED
                        ? HintText.transposed(tensor.path(), candidate.layout())
                        : HintText.flipped(tensor.path(), candidate.layout());
                return Finding.of(candidate.kind(), tensor, REARRANGED_CONFIDENCE, message);
            }
        }
        return null;
    }

    static double square(double value) {
        return value * value;
    }
}
