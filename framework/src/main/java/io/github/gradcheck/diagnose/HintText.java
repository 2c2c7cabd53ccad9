package io.github.gradcheck.diagnose;

import io.github.gradcheck.report.ValueFormat;
import java.util.List;
import java.util.Optional;

/**
 * The wording of every hint, kept in one place so that each sentence is written once. The pattern
 * classes supply the numbers.
 */
final class HintText {

    /** Largest number of paths or indices a sentence lists before it counts the rest. */
    private static final int LISTED = 6;

    private HintText() {
    }

    static String lossScaling(List<String> paths, double factor, Optional<String> name) {
        String times = FactorNames.format(FactorNames.magnitude(factor));
        return "The loss and the gradients disagree by a constant factor " + times
                + name.map(text -> " (" + text + ")").orElse("") + ": all " + paths.size()
                + " tensors (" + list(paths) + ") are " + scaling(factor)
                + " at every checked entry (analytic = " + ValueFormat.format(factor)
                + " × numeric), so the loss is scaled, for example divided by the batch size, and "
                + "its gradient is not, or the other way round, and no single layer is at fault.";
    }

    static String constantRatio(List<String> paths, double factor, double residual, Entries entries,
            Optional<String> name) {

        String evidence = " " + entries.text() + " (analytic = " + ValueFormat.format(factor)
                + " × numeric, relative residual " + ValueFormat.brief(residual) + ")";
        double magnitude = FactorNames.magnitude(factor);
        if (!FactorNames.isInteger(magnitude)) {
            return list(paths) + " " + be(paths) + " off by the constant factor "
                    + ValueFormat.format(factor) + evidence
                    + ", so a scale factor differs between the forward and the backward pass.";
        }
        String times = FactorNames.format(magnitude);
        String dropped = times.equals("2")
                ? "a constant factor such as the 2 in the derivative of a square"
                : "a constant factor " + times;
        boolean small = Math.abs(factor) < 1.0;
        String named = small
                ? ", so the backward pass divides by it where the loss sums, or drops " + dropped
                        + "."
                : ", so the backward pass multiplies by it, or sums where the loss takes the mean.";
        String unnamed = small ? ", so the backward pass drops " + dropped + "."
                : ", so the backward pass applies a constant factor " + times + " too many.";
        String cause = name.map(text -> ", and " + times + " matches " + text + named)
                .orElse(unnamed);
        return list(paths) + " " + be(paths) + " " + scaling(factor) + evidence + cause;
    }

    static String signFlip(List<String> paths, double factor, double residual, Entries entries) {
        boolean unit = Math.abs(FactorNames.magnitude(factor) - 1.0) <= FactorNames.MATCH;
        String size = unit ? "" : " and " + be(paths) + " " + scaling(-factor);
        return list(paths) + " " + (paths.size() == 1 ? "has" : "have") + " the wrong sign" + size
                + " " + entries.text() + " (analytic = " + ValueFormat.format(factor)
                + " × numeric, relative residual " + ValueFormat.brief(residual)
                + "), so the backward pass subtracts where it should add, for example using "
                + "(y - t) in place of (t - y).";
    }

    static String allZero(String path, double largestAnalytic, double largestNumeric) {
        String zero = largestAnalytic == 0.0 ? "exactly zero at every entry"
                : "zero at every entry up to " + ValueFormat.format(largestAnalytic);
        return path + " is " + zero + " while the numeric gradient reaches "
                + ValueFormat.format(largestNumeric) + ", so the backward pass never fills " + path
                + " or multiplies it by zero.";
    }

    static String numericZero(String path, String valuePath, double largestNumeric,
            double largestAnalytic) {

        return "The loss does not change with " + valuePath + " (every numeric value is within the "
                + "noise, the largest being " + ValueFormat.format(largestNumeric) + ") but " + path
                + " reaches " + ValueFormat.format(largestAnalytic) + ", so the forward pass does "
                + "not use " + valuePath + ", or uses a stale copy of it.";
    }

    static String proportional(List<String> paths, String valuePath, double factor, double residual,
            Entries entries, boolean input) {

        String evidence = "analytic - numeric = " + ValueFormat.format(factor) + " × " + valuePath
                + " " + entries.text() + " of " + list(paths) + " (relative residual "
                + ValueFormat.brief(residual) + ")";
        if (input) {
            return evidence + ", so a term proportional to the input " + valuePath
                    + " is missing or has the wrong factor.";
        }
        return evidence + ", a regularization-gradient fault: the gradient of the penalty on "
                + valuePath + " is missing or has the wrong factor, for example λ·W where the "
                + "penalty λ·ΣW² needs 2λ·W.";
    }

    static String transposed(String path, String layout) {
        return path + " equals the numeric gradient with two axes swapped: " + layout
                + ", so the backward pass computes the transpose, for example gᵀ·x in place of "
                + "xᵀ·g, or swaps two indices.";
    }

    static String flipped(String path, String axes) {
        return path + " equals the numeric gradient reversed along " + axes + ", so the kernel is "
                + "rotated by 180 degrees, as when the forward pass uses cross-correlation and the "
                + "backward pass convolution.";
    }

    static String collapsed(String path, String axis, String sameValue, String relation) {
        return path + " has " + sameValue + " along " + axis + " while the numeric gradient varies "
                + "along it" + relation + ", so the gradient is reduced over that axis as well and "
                + "broadcast back, for example summed over the classes as well as the batch.";
    }

    static String brokenZeroSum(String path, String axis, int slices, double largestSum) {
        return "The numeric " + path + " sums to zero along " + axis + " in all " + slices
                + " slice" + plural(slices) + " but the analytic one does not (its largest sum is "
                + ValueFormat.format(largestSum) + "), so the output is unchanged when a constant "
                + "is added along that axis and the backward pass misses the terms that couple its "
                + "entries, such as the off-diagonal Jacobian terms of a softmax or a "
                + "normalization.";
    }

    static String integerRatio(String path, String integers, List<String> indices, int failing,
            int checked) {

        return "numeric = " + integers + " × analytic at " + failing + " of " + checked
                + " entries of " + path + " (" + list(indices) + ") and the other entries agree, "
                + "so several contributions reach those entries and the backward pass assigns "
                + "them (=) where it should add them (+=), as with overlapping pooling windows.";
    }

    static String confinedToAxis(String path, String axis, List<String> indices, String inside,
            int agreeing) {

        return path + " mismatches only at index " + list(indices) + " of " + axis + ", where "
                + inside + ", while all " + agreeing + " entries at other indices agree, so the "
                + "backward pass skips or mistreats those indices, for example with a loop bound "
                + "that stops short or an index taken from the wrong axis.";
    }

    static String confinedToSign(String path, String valuePath, boolean negative, int failing,
            int agreeing) {

        String sign = negative ? "negative" : "positive";
        String other = negative ? "positive" : "negative";
        return "The mismatches of " + path + " are " + failing + " entries where " + valuePath
                + " is " + sign + ", and all " + agreeing + " entries with a nonzero gradient "
                + "where it is " + other + " agree, so the branch for " + sign + " values is "
                + "wrong, such as the slope of a leaky ReLU or a mask taken from the wrong tensor.";
    }

    static String someEntries(String path, List<String> indices, int failing, int checked) {
        return "Only " + failing + " of " + checked + " entries of " + path + " mismatch ("
                + list(indices) + ") and the others agree, so the fault touches only those "
                + "entries, for example a scatter that assigns (=) where contributions must add "
                + "(+=), or a wrong index.";
    }

    static String nonFinite(String path, int count, int checked) {
        return "The loss is not finite at the perturbed points of " + count + " of " + checked
                + " entries of " + path + ", so those entries have no numeric value: the forward "
                + "pass overflows or takes the log of zero near the checked point.";
    }

    static String singleEntry(String path, double factor) {
        return path + " has one entry with a nonzero numeric gradient, where analytic = "
                + ValueFormat.format(factor) + " × numeric, and one entry cannot show whether the "
                + "factor is common to the tensor, so check again with larger dimensions.";
    }

    static String extremeRatio(String path, int entries, double factor) {
        return path + " has " + entries + " entries with a numeric signal, where analytic = "
                + ValueFormat.format(factor) + " × numeric; a factor that large on so few entries "
                + "usually means the true gradient is nearly zero there and a term that should cancel "
                + "does not, rather than code that scales by that number.";
    }

    static String noCommonFactor(String path, int failing, int checked, double factor,
            double residual) {

        return failing + " of " + checked + " entries of " + path + " mismatch with no common "
                + "factor (the best single factor, analytic = " + ValueFormat.format(factor)
                + " × numeric, leaves a residual of " + ValueFormat.brief(residual)
                + " times the analytic norm), so a term is missing or wrong rather than scaled.";
    }

    /**
     * The entries a whole-tensor fit covers: those with a clear numeric signal among the checked
     * ones, since an entry where both gradients are zero fits any factor.
     *
     * @param signal  the entries that carry evidence
     * @param checked the usable checked entries
     */
    record Entries(int signal, int checked) {

        static Entries of(List<TensorEvidence> tensors, boolean signalOnly) {
            int checked = tensors.stream().mapToInt(TensorEvidence::usableCount).sum();
            int signal = signalOnly
                    ? tensors.stream().mapToInt(TensorEvidence::signalCount).sum()
                    : checked;
            return new Entries(signal, checked);
        }

        String text() {
            if (signal == checked) {
                return checked == 1 ? "at the one checked entry"
                        : "at all " + checked + " checked entries";
            }
            return "at the " + signal + " of " + checked + " checked entries where the numeric "
                    + "gradient is nonzero";
        }
    }

    /** Describe a factor of analytic over numeric, such as {@code 3 times too large}. */
    private static String scaling(double factor) {
        String times = FactorNames.format(FactorNames.magnitude(factor));
        return times + " times too " + (Math.abs(factor) >= 1.0 ? "large" : "small");
    }

    private static String be(List<String> paths) {
        return paths.size() == 1 ? "is" : "are";
    }

    private static String plural(int count) {
        return count == 1 ? "" : "s";
    }

    /** Join items as {@code a, b and c}, counting those beyond {@link #LISTED}. */
    static String list(List<String> items) {
        if (items.size() > LISTED) {
            return String.join(", ", items.subList(0, LISTED)) + " and " + (items.size() - LISTED)
                    + " more";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and "
                + items.get(items.size() - 1);
    }
}
