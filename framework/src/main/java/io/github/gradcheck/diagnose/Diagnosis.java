package io.github.gradcheck.diagnose;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.check.GradientReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Recognition of bug patterns in the numbers of a failed gradient check.
 *
 * <pre>{@code
 * GradientReport report = GradientChecker.of(Dense.class).withSeed(42).check();
 * for (Hint hint : Diagnosis.of(report)) {
 *     // hint.kind() == HintKind.CONSTANT_RATIO, hint.factor() == OptionalDouble[0.333...], ...
 * }
 * }</pre>
 *
 * <p>Each failing tensor is tested, in this order, for patterns that explain it as a whole (a
 * zero gradient, a gap proportional to the checked values, a constant ratio), then for patterns
 * in where its values sit (a transpose, a value constant along an axis, a broken zero sum), and
 * last for failures confined to some entries. A tensor that fits none of them gets a
 * {@link HintKind#NO_COMMON_FACTOR} hint with the best single factor. When two or more tensors
 * fail, all with the same constant ratio, and no tensor agrees, their ratios are replaced by one
 * {@link HintKind#LOSS_SCALING} hint. Tensors that share a ratio or a proportional gap are named
 * in one hint.
 *
 * <p>A fit counts as exact when it leaves at most 0.1% of the fitted values, or three times the
 * numeric gradient's noise, unexplained. A ratio is named after a generated dimension, or a
 * product of two or three, when it equals one within 0.1%.
 *
 * <h2>Limitations</h2>
 *
 * <p>The report contains no upstream gradient and no per-sample contributions, so a fault that
 * keeps one sample's contribution where the batch's sum is due shows as
 * {@link HintKind#NO_COMMON_FACTOR} under the default Gaussian upstream gradient. With an
 * all-ones upstream it shows as a constant ratio. Parameter axes carry no names, so an axis is
 * named after the generated dimension of the same size when exactly one has it. Layout patterns
 * need every element, so a sampled tensor gets only the other patterns. A ratio is named only
 * after generated dimensions, so a size the layer derives from them, such as a convolution's
 * output height, is not recognised, and the hint then states the bare integer.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Diagnosis {

    static final double LOSS_SCALING_CONFIDENCE = 0.99;
    static final double NO_COMMON_FACTOR_CONFIDENCE = 0.3;

    private static final Set<HintKind> MERGED = Set.of(HintKind.CONSTANT_RATIO, HintKind.SIGN_FLIP,
            HintKind.PROPORTIONAL_TO_PARAMETER);

    private Diagnosis() {
    }

    /**
     * Diagnose a report.
     *
     * @param report a report from {@code GradientChecker.check()}, never null
     * @return the hints, most confident first; empty when the report passed
     * @since 0.1
     */
    public static List<Hint> of(GradientReport report) {
        Objects.requireNonNull(report, "report");
        if (report.passed()) {
            return List.of();
        }
        CheckContext context = CheckContext.of(report);
        List<TensorEvidence> failing = report.failures().stream().map(TensorEvidence::of).toList();
        List<Finding> findings = new ArrayList<>();
        for (TensorEvidence tensor : failing) {
            findings.addAll(detect(tensor, context));
        }

        findings = LossScaling.apply(report, failing, findings, context);
        findings = merge(findings, context);

        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(Comparator.comparingDouble(Finding::confidence).reversed());
        return ordered.stream().map(Finding::toHint).toList();
    }

    private static List<Finding> detect(TensorEvidence tensor, CheckContext context) {
        List<Finding> found = new ArrayList<>(ScalePatterns.detect(tensor, context));
        boolean zero = found.stream().anyMatch(finding -> finding.kind() == HintKind.ALL_ZERO);
        if (zero || !explained(found)) {
            found.addAll(LayoutPatterns.detect(tensor, context, zero));
        }
        if (!explained(found)) {
            found.addAll(LocalPatterns.detect(tensor, context));
        }
        boolean nothing = found.stream().allMatch(finding -> finding.kind() == HintKind.NON_FINITE);
        if (nothing && tensor.failingCount() > 0) {
            found.add(noCommonFactor(tensor));
        }
        return found;
    }

    /**
     * Tell whether a finding explains the tensor well enough that the later, weaker pattern
     * families need not run: a missing numeric value explains nothing about the others, and a
     * ratio seen on one entry leaves room for a local pattern.
     */
    private static boolean explained(List<Finding> found) {
        return found.stream().anyMatch(finding -> finding.kind() != HintKind.NON_FINITE
                && finding.confidence() > ScalePatterns.SINGLE_ENTRY_RATIO_CONFIDENCE);
    }

    /** Report the best single factor and how much of the analytic gradient it leaves. */
    private static Finding noCommonFactor(TensorEvidence tensor) {
        RatioFit fit = RatioFit.of(tensor, tensor.analytic(), tensor.numeric());
        double analyticNorm = tensor.norm(tensor.analytic());
        double unexplained = analyticNorm == 0.0 ? 1.0 : fit.residual() / analyticNorm;
        double factor = Double.isNaN(fit.factor()) ? 0.0 : fit.factor();
        String message = HintText.noCommonFactor(tensor.path(), tensor.failingCount(),
                tensor.usableCount(), factor, unexplained);
        return Finding.of(HintKind.NO_COMMON_FACTOR, tensor, factor, unexplained,
                NO_COMMON_FACTOR_CONFIDENCE, message);
    }

    /** Name the tensors that share a ratio or a proportional gap in one finding. */
    private static List<Finding> merge(List<Finding> findings, CheckContext context) {
        List<Finding> merged = new ArrayList<>();
        Set<Finding> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Finding finding : findings) {
            if (used.contains(finding)) {
                continue;
            }
            List<Finding> group = findings.stream()
                    .filter(other -> !used.contains(other) && sameFactor(finding, other)).toList();
            used.addAll(group);
            merged.add(group.size() == 1 ? finding : combine(group, context));
        }
        return merged;
    }

    private static boolean sameFactor(Finding finding, Finding other) {
        if (finding == other) {
            return true;
        }
        double gap = Math.abs(finding.factor() - other.factor());
        return MERGED.contains(finding.kind()) && finding.kind() == other.kind()
                && gap <= FactorNames.MATCH * Math.abs(finding.factor());
    }

    private static Finding combine(List<Finding> group, CheckContext context) {
        List<TensorEvidence> tensors = group.stream()
                .flatMap(finding -> finding.tensors().stream()).toList();
        double factor = group.stream().mapToDouble(Finding::factor).average().orElseThrow();
        double residual = group.stream().mapToDouble(Finding::residual).max().orElseThrow();
        double confidence = group.stream().mapToDouble(Finding::confidence).max().orElseThrow();
        Finding combined = group.get(0).kind() == HintKind.PROPORTIONAL_TO_PARAMETER
                ? ScalePatterns.proportionalFinding(tensors, factor, residual)
                : ScalePatterns.ratioFinding(tensors, factor, residual, context.factorNames());
        return new Finding(combined.kind(), tensors, factor, residual, confidence,
                combined.message());
    }
}
