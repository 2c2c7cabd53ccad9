package io.github.gradcheck.diagnose;

import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.TensorReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises a loss and a gradient that are scaled differently: every failing tensor is the same
 * constant multiple of its numeric gradient, and no tensor with a clear signal agrees.
 *
 * <p>At least two tensors must share the ratio, because one tensor off by a factor is as likely
 * a fault of that tensor alone. Its constant-ratio hint then states the factor.
 */
final class LossScaling {

    private LossScaling() {
    }

    /** Replace the per-tensor ratio findings with one loss-scaling finding if the pattern holds. */
    static List<Finding> apply(GradientReport report, List<TensorEvidence> failing,
            List<Finding> findings, CheckContext context) {

        List<Finding> ratios = new ArrayList<>();
        for (TensorEvidence tensor : failing) {
            findings.stream().filter(finding -> finding.tensor() == tensor && isRatio(finding))
                    .findFirst().ifPresent(ratios::add);
        }
        if (failing.size() < 2 || ratios.size() != failing.size()) {
            return findings;
        }
        double factor = ratios.get(0).factor();
        boolean shared = ratios.stream().allMatch(finding -> Math.abs(finding.factor() - factor)
                <= FactorNames.MATCH * Math.abs(factor));
        boolean contradicted = report.tensors().stream().filter(TensorReport::passed)
                .anyMatch(tensor -> TensorEvidence.of(tensor).hasSignal());
        if (!shared || contradicted) {
            return findings;
        }

        double mean = ratios.stream().mapToDouble(Finding::factor).average().orElseThrow();
        double residual = ratios.stream().mapToDouble(Finding::residual).max().orElseThrow();
        List<String> paths = failing.stream().map(TensorEvidence::path).toList();
        Finding scaling = new Finding(HintKind.LOSS_SCALING, failing, mean, residual,
                Diagnosis.LOSS_SCALING_CONFIDENCE, HintText.lossScaling(paths, mean,
                        context.factorNames().name(FactorNames.magnitude(mean))));
        List<Finding> result = new ArrayList<>(List.of(scaling));
        findings.stream().filter(finding -> !ratios.contains(finding)).forEach(result::add);
        return result;
    }

    private static boolean isRatio(Finding finding) {
        return finding.kind() == HintKind.CONSTANT_RATIO || finding.kind() == HintKind.SIGN_FLIP;
    }
}
