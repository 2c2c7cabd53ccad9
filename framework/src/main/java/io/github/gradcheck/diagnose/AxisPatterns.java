package io.github.gradcheck.diagnose;

import io.github.gradcheck.report.ValueFormat;

/**
 * Patterns along one axis of a tensor: an analytic value constant along the axis while the
 * numeric one varies, and numeric slices that sum to zero while analytic ones do not.
 */
final class AxisPatterns {

    static final double COLLAPSED_CONFIDENCE = 0.9;
    static final double COLLAPSED_UNRELATED_CONFIDENCE = 0.7;
    static final double ZERO_SUM_CONFIDENCE = 0.85;

    private AxisPatterns() {
    }

    /**
     * Find an axis along which the analytic value never changes while the numeric one does, and
     * relate the constant to the numeric sum or mean over that axis. An all-zero analytic gradient
     * is constant along every axis, so for it only an axis with that relation counts.
     */
    static Finding collapsed(TensorEvidence tensor, CheckContext context, boolean analyticZero) {
        int[] shape = tensor.tensor().shape();
        for (int axis = 0; axis < shape.length; axis++) {
            if (shape[axis] < 2) {
                continue;
            }
            AxisSlices slices = new AxisSlices(shape, axis);
            if (!constantAnalytic(tensor, slices) || !varyingNumeric(tensor, slices)) {
                continue;
            }
            String relation = relation(tensor, slices);
            if (analyticZero && relation.isEmpty()) {
                continue;
            }
            String value = slices.count() == 1
                    ? "the same value " + ValueFormat.format(tensor.analytic(0)) + " at every index"
                    : "one value per slice in each of its " + slices.count() + " slices";
            double confidence = relation.isEmpty() ? COLLAPSED_UNRELATED_CONFIDENCE
                    : COLLAPSED_CONFIDENCE;
            return Finding.of(HintKind.COLLAPSED_AXIS, tensor, confidence,
                    HintText.collapsed(tensor.path(), context.axis(tensor, axis), value, relation));
        }
        return null;
    }

    private static boolean constantAnalytic(TensorEvidence tensor, AxisSlices slices) {
        for (int slice = 0; slice < slices.count(); slice++) {
            double first = tensor.analytic(slices.position(slice, 0));
            for (int step = 1; step < slices.length(); step++) {
                int p = slices.position(slice, step);
                double allowed = RatioFit.EXACT * Math.abs(first) + tensor.noise(p);
                if (Math.abs(tensor.analytic(p) - first) > allowed) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean varyingNumeric(TensorEvidence tensor, AxisSlices slices) {
        for (int slice = 0; slice < slices.count(); slice++) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            double noise = 0.0;
            for (int step = 0; step < slices.length(); step++) {
                int p = slices.position(slice, step);
                low = Math.min(low, tensor.numeric(p));
                high = Math.max(high, tensor.numeric(p));
                noise = Math.max(noise, tensor.noise(p));
            }
            if (high - low > TensorEvidence.SIGNAL * noise) {
                return true;
            }
        }
        return false;
    }

    /** Return how the constant relates to the numeric values of its slice, or an empty string. */
    private static String relation(TensorEvidence tensor, AxisSlices slices) {
        boolean sum = true;
        boolean mean = true;
        for (int slice = 0; slice < slices.count(); slice++) {
            double total = 0.0;
            double magnitude = 0.0;
            double noise = 0.0;
            for (int step = 0; step < slices.length(); step++) {
                int p = slices.position(slice, step);
                total += tensor.numeric(p);
                magnitude += Math.abs(tensor.numeric(p));
                noise += LayoutPatterns.square(tensor.noise(p));
            }
            double constant = tensor.analytic(slices.position(slice, 0));
            double allowed = RatioFit.EXACT * magnitude + RatioFit.NOISE * Math.sqrt(noise);
            sum &= Math.abs(constant - total) <= allowed;
            mean &= Math.abs(constant - total / slices.length()) <= allowed / slices.length();
        }
        String over = " of the numeric values over the axis";
        return sum ? ", and that value equals the sum" + over
                : mean ? ", and that value equals the mean" + over : "";
    }

    /**
     * Find an axis, innermost first, along which every slice of the numeric gradient sums to zero
     * while some slice of the analytic one does not. A zero sum in every slice is structural,
     * because it means the output does not change when one constant is added along the axis.
     */
    static Finding brokenZeroSum(TensorEvidence tensor, CheckContext context) {
        int[] shape = tensor.tensor().shape();
        for (int axis = shape.length - 1; axis >= 0; axis--) {
            if (shape[axis] < 2) {
                continue;
            }
            AxisSlices slices = new AxisSlices(shape, axis);
            double largest = largestBrokenSum(tensor, slices);
            if (largest != 0.0) {
                return Finding.of(HintKind.BROKEN_ZERO_SUM, tensor, ZERO_SUM_CONFIDENCE,
                        HintText.brokenZeroSum(tensor.path(), context.axis(tensor, axis),
                                slices.count(), largest));
            }
        }
        return null;
    }

    /**
     * Return the analytic slice sum of largest magnitude when every numeric slice sums to zero
     * and some analytic slice clearly does not, else 0.
     */
    private static double largestBrokenSum(TensorEvidence tensor, AxisSlices slices) {
        double largest = 0.0;
        for (int slice = 0; slice < slices.count(); slice++) {
            double numericSum = 0.0;
            double analyticSum = 0.0;
            double analyticMagnitude = 0.0;
            double noise = 0.0;
            for (int step = 0; step < slices.length(); step++) {
                int p = slices.position(slice, step);
                numericSum += tensor.numeric(p);
                analyticSum += tensor.analytic(p);
                analyticMagnitude += Math.abs(tensor.analytic(p));
                noise += LayoutPatterns.square(tensor.noise(p));
            }
            if (Math.abs(numericSum) > RatioFit.NOISE * Math.sqrt(noise)) {
                return 0.0;
            }
            boolean broken = Math.abs(analyticSum) > TensorEvidence.SIGNAL * Math.sqrt(noise)
                    && Math.abs(analyticSum) > RatioFit.EXACT * analyticMagnitude;
            largest = broken && Math.abs(analyticSum) > Math.abs(largest) ? analyticSum : largest;
        }
        return largest;
    }
}
