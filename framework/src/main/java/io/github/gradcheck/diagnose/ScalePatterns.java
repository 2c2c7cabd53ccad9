package io.github.gradcheck.diagnose;

import io.github.gradcheck.check.TensorReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Patterns that explain a whole tensor by one number: a zero gradient, a constant ratio between
 * analytic and numeric values, or a gap proportional to the checked values.
 */
final class ScalePatterns {

    static final double ALL_ZERO_CONFIDENCE = 0.97;
    static final double SIGN_FLIP_CONFIDENCE = 0.96;
    static final double PROPORTIONAL_CONFIDENCE = 0.955;
    static final double CONSTANT_RATIO_CONFIDENCE = 0.95;

    /** Factor from which a ratio on a few entries no longer counts as a scaling fault. */
    private static final double EXTREME_FACTOR = 1000.0;

    /** Number of entries below which an extreme factor is not trusted. */
    private static final int FEW_ENTRIES = 4;
    static final double NUMERIC_ZERO_CONFIDENCE = 0.95;
    static final double NON_FINITE_CONFIDENCE = 0.9;

    /**
     * Confidence of a clean ratio seen on a single entry with a numeric signal: one number shows
     * a factor but not that it is common to the tensor, so local patterns may rank above it.
     */
    static final double SINGLE_ENTRY_RATIO_CONFIDENCE = 0.7;

    private ScalePatterns() {
    }

    static List<Finding> detect(TensorEvidence tensor, CheckContext context) {
        List<Finding> found = new ArrayList<>();
        if (tensor.notFiniteCount() > 0) {
            found.add(Finding.of(HintKind.NON_FINITE, tensor, NON_FINITE_CONFIDENCE,
                    HintText.nonFinite(tensor.path(), tensor.notFiniteCount(), tensor.count())));
        }
        if (tensor.usableCount() > 0 && tensor.failingCount() > 0) {
            Finding whole = wholeTensor(tensor, context);
            if (whole != null) {
                found.add(whole);
            }
        }
        return found;
    }

    /**
     * Test the patterns in order: no numeric signal, no analytic signal, a gap proportional to
     * the values, then a constant ratio.
     */
    private static Finding wholeTensor(TensorEvidence tensor, CheckContext context) {
        double noise = tensor.noiseNorm();
        double analyticNorm = tensor.norm(tensor.analytic());
        double largestNumeric = tensor.maxAbs(tensor.numeric());
        double largestAnalytic = tensor.maxAbs(tensor.analytic());

        if (!tensor.hasSignal()) {
            return analyticNorm <= TensorEvidence.SIGNAL * noise ? null
                    : Finding.of(HintKind.NUMERIC_ZERO, tensor, NUMERIC_ZERO_CONFIDENCE,
                            HintText.numericZero(tensor.path(), tensor.tensor().valuePath(),
                                    largestNumeric, largestAnalytic));
        }
        if (analyticNorm <= Math.max(RatioFit.EXACT * tensor.norm(tensor.numeric()), noise)) {
            return Finding.of(HintKind.ALL_ZERO, tensor, ALL_ZERO_CONFIDENCE,
                    HintText.allZero(tensor.path(), largestAnalytic, largestNumeric));
        }
        Finding proportional = proportional(tensor, context, noise);
        return proportional != null ? proportional
                : constantRatio(tensor, noise, context.factorNames());
    }

    /**
     * Fit analytic = k × numeric; a k of 1 would mean agreement, so it is no pattern. Any two
     * numbers fit a ratio, so on a single entry with a numeric signal only a clean factor counts:
     * an integer, the reciprocal of one, or a named product of dimensions.
     */
    private static Finding constantRatio(TensorEvidence tensor, double noise, FactorNames names) {
        RatioFit fit = RatioFit.of(tensor, tensor.analytic(), tensor.numeric());
        double factor = fit.factor();
        if (!fit.exact(Math.abs(factor) * noise) || Math.abs(factor - 1.0) <= RatioFit.EXACT) {
            return null;
        }
        double magnitude = FactorNames.magnitude(factor);
        boolean named = names.name(magnitude).isPresent();
        boolean clean = FactorNames.isInteger(magnitude) || named;
        // On a few entries a factor in the thousands that matches no dimension is more likely a
        // true gradient near zero, as in a shrunk case, than code that scales by that number.
        boolean extreme = !named && Math.max(magnitude, 1.0 / magnitude) >= EXTREME_FACTOR
                && tensor.signalCount() < FEW_ENTRIES;
        if (extreme) {
            return Finding.of(HintKind.NO_COMMON_FACTOR, tensor, factor, fit.relativeResidual(),
                    Diagnosis.NO_COMMON_FACTOR_CONFIDENCE,
                    HintText.extremeRatio(tensor.path(), tensor.signalCount(), factor));
        }
        if (tensor.signalCount() < 2 && !clean) {
            return Finding.of(HintKind.NO_COMMON_FACTOR, tensor, factor, fit.relativeResidual(),
                    Diagnosis.NO_COMMON_FACTOR_CONFIDENCE,
                    HintText.singleEntry(tensor.path(), factor));
        }
        Finding finding = ratioFinding(List.of(tensor), factor, fit.relativeResidual(), names);
        return tensor.signalCount() >= 2 ? finding
                : finding.withConfidence(SINGLE_ENTRY_RATIO_CONFIDENCE);
    }

    /** Build the finding for tensors that share one constant ratio, worded for all of them. */
    static Finding ratioFinding(List<TensorEvidence> tensors, double factor, double residual,
            FactorNames names) {

        List<String> paths = tensors.stream().map(TensorEvidence::path).toList();
        HintText.Entries entries = HintText.Entries.of(tensors, true);
        if (factor < 0.0) {
            return new Finding(HintKind.SIGN_FLIP, tensors, factor, residual, SIGN_FLIP_CONFIDENCE,
                    HintText.signFlip(paths, factor, residual, entries));
        }
        String message = HintText.constantRatio(paths, factor, residual, entries,
                names.name(FactorNames.magnitude(factor)));
        return new Finding(HintKind.CONSTANT_RATIO, tensors, factor, residual,
                CONSTANT_RATIO_CONFIDENCE, message);
    }

    /**
     * Fit analytic - numeric = c × value. A regularization term with the wrong factor leaves
     * exactly this gap, because the penalty's gradient is proportional to the parameter. One
     * entry fits any c, so a single entry counts only for a parameter declared regularized.
     * When a constant ratio fits as well, the numeric gradient itself is proportional to the
     * value, as for a loss made of the penalty alone. The penalty is then the likelier fault, so
     * this finding replaces the ratio.
     */
    private static Finding proportional(TensorEvidence tensor, CheckContext context, double noise) {
        double[] values = tensor.values();
        double[] gap = new double[tensor.count()];
        int valueEntries = 0;
        for (int i = 0; i < gap.length; i++) {
            if (tensor.usable(i) && !Double.isFinite(values[i])) {
                return null;
            }
            gap[i] = tensor.analytic(i) - tensor.numeric(i);
            valueEntries += tensor.usable(i) && values[i] != 0.0 ? 1 : 0;
        }

        RatioFit fit = RatioFit.of(tensor, gap, values);
        boolean enough = valueEntries >= 2 || context.isRegularized(tensor.tensor());
        return fit.exact(noise) && enough
                ? proportionalFinding(List.of(tensor), fit.factor(), fit.relativeResidual())
                : null;
    }

    /** Build the finding for tensors whose gaps share one factor of their values. */
    static Finding proportionalFinding(List<TensorEvidence> tensors, double factor,
            double residual) {

        List<String> paths = tensors.stream().map(TensorEvidence::path).toList();
        List<String> names = tensors.stream().map(tensor -> tensor.tensor().valuePath())
                .map(path -> path.substring(path.lastIndexOf('.') + 1)).distinct().toList();
        String value = tensors.size() == 1 ? tensors.get(0).tensor().valuePath()
                : names.size() == 1 ? names.get(0) : "the checked value";
        boolean input = tensors.stream()
                .allMatch(tensor -> tensor.tensor().kind() == TensorReport.Kind.INPUT);
        String message = HintText.proportional(paths, value, factor, residual,
                HintText.Entries.of(tensors, false), input);
        return new Finding(HintKind.PROPORTIONAL_TO_PARAMETER, tensors, factor, residual,
                PROPORTIONAL_CONFIDENCE, message);
    }
}
