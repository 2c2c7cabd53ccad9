package io.github.gradcheck.diagnose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Patterns of a tensor where only some entries mismatch and the others agree. They are an
 * integer ratio at the failing entries, failures confined to one sign of the checked value or to
 * some indices of an axis, and, failing those, just a few entries.
 */
final class LocalPatterns {

    static final double INTEGER_RATIO_CONFIDENCE = 0.8;
    static final double SIGN_CONFIDENCE = 0.78;
    static final double AXIS_CONFIDENCE = 0.75;
    static final double SOME_ENTRIES_CONFIDENCE = 0.6;

    /** Smallest share of mismatching entries within the indices an axis pattern names. */
    static final double COVERAGE = 0.75;

    /**
     * Smallest share of mismatching entries among those whose value has the sign a sign pattern
     * names. It is high because the entries of one sign are about half of any tensor.
     */
    static final double SIGN_COVERAGE = 0.8;

    /**
     * Largest integer ratio read as a scatter's multiplicity: the number of windows that reach one
     * entry, 9 for 3 × 3 windows at stride 1. A larger integer is more likely a wrong constant,
     * such as the ratio 10 of two leaky-ReLU slopes. This bound is a judgement, not a measurement.
     */
    static final int MAX_MULTIPLICITY = 9;

    private LocalPatterns() {
    }

    /**
     * Return the local patterns that fit, most specific first. An integer ratio needs only some
     * entries that agree, even at zero, because the integer itself is the evidence. The other
     * patterns need an agreeing entry with a clear signal. An integer ratio and a sign can both
     * fit on a small tensor, and both are then listed. When the analytic value is exactly 0 at
     * the failing indices of an axis, the trace of slices the backward pass never reached, that
     * axis pattern is the likelier cause and is listed alone.
     */
    static List<Finding> detect(TensorEvidence tensor, CheckContext context) {
        List<Finding> found = new ArrayList<>();
        if (tensor.failingCount() == 0 || tensor.failingCount() == tensor.usableCount()) {
            return found;
        }
        addIfPresent(found, integerRatio(tensor));
        if (agreeingWithSignal(tensor) == 0) {
            return found;
        }
        AxisConfinement confinement = confinement(tensor);
        if (confinement != null && confinement.analyticZero()) {
            return List.of(axis(tensor, context, confinement));
        }
        addIfPresent(found, sign(tensor));
        if (found.isEmpty() && confinement != null) {
            found.add(axis(tensor, context, confinement));
        }
        if (found.isEmpty()) {
            String message = HintText.someEntries(tensor.path(), failingIndices(tensor),
                    tensor.failingCount(), tensor.usableCount());
            found.add(Finding.of(HintKind.SOME_ENTRIES, tensor, SOME_ENTRIES_CONFIDENCE, message));
        }
        return found;
    }

    private static void addIfPresent(List<Finding> found, Finding finding) {
        if (finding != null) {
            found.add(finding);
        }
    }

    private static int agreeingWithSignal(TensorEvidence tensor) {
        int count = 0;
        for (int i = 0; i < tensor.count(); i++) {
            count += !tensor.failing(i) && tensor.hasSignal(i) ? 1 : 0;
        }
        return count;
    }

    /**
     * Find numeric = N × analytic with an integer N from 2 to {@link #MAX_MULTIPLICITY} at every
     * failing entry.
     */
    private static Finding integerRatio(TensorEvidence tensor) {
        TreeSet<Long> integers = new TreeSet<>();
        for (int i = 0; i < tensor.count(); i++) {
            if (!tensor.failing(i)) {
                continue;
            }
            double numeric = tensor.numeric(i);
            double analytic = tensor.analytic(i);
            if (Math.abs(analytic) <= tensor.noise(i)) {
                return null;
            }
            long multiple = Math.round(numeric / analytic);
            double allowed = RatioFit.EXACT * Math.abs(numeric) + RatioFit.NOISE * tensor.noise(i);
            boolean plausible = multiple >= 2 && multiple <= MAX_MULTIPLICITY;
            if (!plausible || Math.abs(numeric - multiple * analytic) > allowed) {
                return null;
            }
            integers.add(multiple);
        }

        String text = String.join(" or ", integers.stream().map(String::valueOf).toList());
        double factor = integers.size() == 1 ? integers.first() : Double.NaN;
        String message = HintText.integerRatio(tensor.path(), text, failingIndices(tensor),
                tensor.failingCount(), tensor.usableCount());
        return Finding.of(HintKind.INTEGER_RATIO_AT_SOME_ENTRIES, tensor, factor, Double.NaN,
                INTEGER_RATIO_CONFIDENCE, message);
    }

    /** Find failures that are exactly the entries whose checked value has one sign. */
    private static Finding sign(TensorEvidence tensor) {
        Finding negative = sign(tensor, true);
        return negative != null ? negative : sign(tensor, false);
    }

    private static Finding sign(TensorEvidence tensor, boolean negative) {
        int failing = 0;
        int sameSign = 0;
        int otherAgreeing = 0;
        for (int i = 0; i < tensor.count(); i++) {
            double value = tensor.value(i);
            boolean side = negative ? value < 0.0 : value > 0.0;
            if (tensor.failing(i) && !side) {
                return null;
            }
            failing += tensor.failing(i) ? 1 : 0;
            sameSign += side && (tensor.failing(i) || tensor.hasSignal(i)) ? 1 : 0;
            otherAgreeing += !side && tensor.hasSignal(i) ? 1 : 0;
        }

        if (failing == 0 || failing < SIGN_COVERAGE * sameSign || otherAgreeing == 0) {
            return null;
        }
        String message = HintText.confinedToSign(tensor.path(), tensor.tensor().valuePath(),
                negative, failing, otherAgreeing);
        return Finding.of(HintKind.CONFINED_TO_SIGN, tensor, SIGN_CONFIDENCE, message);
    }

    /**
     * Find the axis whose failing indices are a strict subset and fail most densely, or null
     * when no axis has failing indices that are mostly failing and entries elsewhere that agree.
     */
    private static AxisConfinement confinement(TensorEvidence tensor) {
        int[] shape = tensor.tensor().shape();
        AxisConfinement best = null;
        for (int axis = 0; shape.length >= 2 && axis < shape.length; axis++) {
            AxisConfinement candidate = AxisConfinement.of(tensor, axis);
            if (candidate != null && (best == null || candidate.coverage() > best.coverage())) {
                best = candidate;
            }
        }
        boolean dense = best != null && best.coverage() >= COVERAGE && best.agreeingOutside() > 0;
        return dense ? best : null;
    }

    private static Finding axis(TensorEvidence tensor, CheckContext context,
            AxisConfinement confinement) {

        int last = tensor.tensor().shape().length - 1;
        HintKind kind = confinement.axis() == 0 ? HintKind.CONFINED_TO_ROWS
                : confinement.axis() == last ? HintKind.CONFINED_TO_COLUMNS
                : HintKind.CONFINED_TO_SLICES;
        String inside = tensor.failingCount() + " of " + confinement.inside() + " entries mismatch"
                + (confinement.analyticZero() ? " and the analytic value is 0 at all of them" : "");
        List<String> indices = confinement.indices().stream().map(String::valueOf).toList();
        return Finding.of(kind, tensor, AXIS_CONFIDENCE, HintText.confinedToAxis(tensor.path(),
                context.axis(tensor, confinement.axis()), indices, inside, confinement.outside()));
    }

    private static List<String> failingIndices(TensorEvidence tensor) {
        List<String> indices = new ArrayList<>();
        for (int i = 0; i < tensor.count(); i++) {
            if (tensor.failing(i)) {
                indices.add(Arrays.toString(tensor.index(i)));
            }
        }
        return indices;
    }
}
