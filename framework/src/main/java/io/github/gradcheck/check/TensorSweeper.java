package io.github.gradcheck.check;

import io.github.gradcheck.numeric.Probe;
import io.github.gradcheck.numeric.Tolerance;
import io.github.gradcheck.tensor.Tensor;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Runs the numeric pass over one tensor in the configured mode and classifies every element.
 *
 * <p>An element whose central difference D(h) disagrees gets up to six more evaluations. First,
 * the Richardson extrapolation {@code (4 D(h) - D(2h)) / 3} cancels the h² truncation term, so a
 * gap that was only truncation error disappears. Second, D(h/10) no longer straddles a kink that
 * lies between h/10 and h from the element. Third, D(10h) is less affected by rounding noise in
 * the layer's own arithmetic, and a wrong analytic value would have to match it to the tolerance
 * by chance. If the gap remains and the analytic value lies between the two one-sided slopes,
 * whose gap persists at h/10, the element sits on a kink and is left out of the verdict. If the
 * gap is within twice the spread of those estimates, the numeric gradient itself is not settled
 * to that level and the gap is noise. Anything else is a mismatch. Only disagreeing elements pay
 * for these evaluations, and only the first 64 mismatches of a tensor.
 */
final class TensorSweeper {

    /**
     * Ratio between the main step and the two confirmation steps. At h/10 a kink between h/10
     * and h from the element is no longer straddled, and rounding noise grows tenfold, which
     * measures it. At 10h a layer whose own arithmetic is noisy at fine scales, such as a loss
     * that takes log(1 - p) of a saturated sigmoid, is seen through its noise.
     */
    private static final double FINE_STEP_DIVISOR = 10.0;

    /**
     * How many times the spread of the numeric estimates at h/10, h, 2h and 10h a gap may reach
     * and still count as noise. A numeric gradient that moves that much with the step cannot
     * resolve the analytic one any closer, while a wrong analytic value stays apart from all four.
     */
    private static final double NOISE_MARGIN = 2.0;

    /**
     * Fraction of the one-sided slope gap at step h that must remain at step h/10 for a kink. A
     * smooth function keeps a tenth of it; a kink within h/10 of the element keeps most of it.
     */
    private static final double KINK_PERSISTENCE = 0.5;

    /**
     * Confirmed mismatches after which a tensor's remaining elements skip the confirmation
     * probes. Without the cap a large, badly broken tensor costs up to eight forward passes per
     * element instead of two.
     */
    private static final int MAX_CONFIRMED_MISMATCHES = 64;

    /** Fraction of the gap between the one-sided slopes by which the kink interval is widened. */
    private static final double KINK_SLACK = 0.1;

    private final LayerObjective objective;
    private final Probe probe;
    private final CheckConfig config;
    private final RandomGenerator random;
    private String path = "";

    TensorSweeper(LayerObjective objective, Probe probe, CheckConfig config, RandomGenerator random) {
        this.objective = objective;
        this.probe = probe;
        this.config = config;
        this.random = random;
    }

    TensorReport.Sweep sweep(String path, Tensor values, double[] analytic, double step, Tolerance tolerance,
            double[] original) {

        this.path = path;
        long start = System.nanoTime();
        Mode mode = effectiveMode(values.size());
        if (mode == Mode.DIRECTIONAL) {
            TensorReport.Sweep directional = directions(values, analytic, step, tolerance, original, start);
            boolean failed = false;
            for (ElementStatus status : directional.status()) {
                failed |= status.fails();
            }
            if (!failed) {
                return directional;
            }
            TensorReport.Sweep full = elements(values, analytic, step, tolerance, allPositions(values.size()), start);
            return new TensorReport.Sweep(Mode.FULL, step, tolerance, full.positions(), full.numeric(),
                    full.analytic(), full.status(), directional.directions(), true, full.time());
        }
        int[] positions = mode == Mode.SAMPLED ? samplePositions(values.size()) : allPositions(values.size());
        return elements(values, analytic, step, tolerance, positions, start);
    }

    private Mode effectiveMode(int size) {
        if (config.mode() == Mode.AUTO) {
            return size <= config.fullSweepLimit() ? Mode.FULL : Mode.DIRECTIONAL;
        }
        if (config.mode() == Mode.SAMPLED && config.samples() >= size) {
            return Mode.FULL;
        }
        return config.mode();
    }

    private TensorReport.Sweep elements(Tensor values, double[] analytic, double step, Tolerance tolerance,
            int[] positions, long start) {

        double[] numeric = new double[positions.length];
        double[] compared = new double[positions.length];
        ElementStatus[] status = new ElementStatus[positions.length];
        int confirmed = 0;
        for (int i = 0; i < positions.length; i++) {
            int position = positions[i];
            objective.setPerturbed(path, "element", position);
            compared[i] = analytic[position];
            probe.probe(values, position, step);
            numeric[i] = probe.central();
            status[i] = confirmed < MAX_CONFIRMED_MISMATCHES ? classify(values, position, step, tolerance, compared[i])
                    : quickClassify(tolerance, compared[i]);
            confirmed += status[i] == ElementStatus.MISMATCH ? 1 : 0;
            if (status[i] == ElementStatus.AGREES_REFINED || status[i] == ElementStatus.MISMATCH) {
                numeric[i] = refined;
            }
        }
        Mode mode = positions.length == values.size() ? Mode.FULL : Mode.SAMPLED;
        return new TensorReport.Sweep(mode, step, tolerance, positions, numeric, compared, status, 0, false,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** Richardson-refined numeric value of the element {@link #classify} last refined. */
    private double refined;

    /**
     * Classify an element without confirmation probes, once the tensor has failed for certain:
     * the extra forward passes would only relabel elements of a tensor that fails anyway.
     */
    private ElementStatus quickClassify(Tolerance tolerance, double analytic) {
        double central = probe.central();
        refined = central;
        if (!Double.isFinite(central)) {
            return ElementStatus.NOT_FINITE;
        }
        return tolerance.accepts(central, analytic) ? ElementStatus.AGREES : ElementStatus.MISMATCH;
    }

    private ElementStatus classify(Tensor values, int position, double step, Tolerance tolerance, double analytic) {
        double central = probe.central();
        if (!Double.isFinite(central)) {
            return ElementStatus.NOT_FINITE;
        }
        if (tolerance.accepts(central, analytic)) {
            return ElementStatus.AGREES;
        }
        double below = probe.below();
        double above = probe.above();

        probe.probe(values, position, 2 * step);
        refined = (4 * central - probe.central()) / 3;
        if (Double.isFinite(refined) && tolerance.accepts(refined, analytic)) {
            return ElementStatus.AGREES_REFINED;
        }
        double richardson = refined;
        refined = Double.isFinite(refined) ? refined : central;

        probe.probe(values, position, step / FINE_STEP_DIVISOR);
        double fine = probe.central();
        double fineGap = Math.abs(probe.above() - probe.below());
        if (Double.isFinite(fine) && tolerance.accepts(fine, analytic)) {
            refined = fine;
            return ElementStatus.AGREES_REFINED;
        }

        probe.probe(values, position, step * FINE_STEP_DIVISOR);
        double coarse = probe.central();
        if (Double.isFinite(coarse) && tolerance.accepts(coarse, analytic)) {
            refined = coarse;
            return ElementStatus.AGREES_REFINED;
        }

        if (isKink(below, above, fineGap, analytic, tolerance)) {
            return ElementStatus.KINK;
        }
        double spread = Math.max(gap(richardson, central), Math.max(gap(fine, central), gap(coarse, central)));
        boolean noise = Math.abs(central - analytic) <= tolerance.bound(central, analytic) + NOISE_MARGIN * spread;
        return noise ? ElementStatus.WITHIN_NOISE : ElementStatus.MISMATCH;
    }

    /** Return the distance between two estimates, or 0 when one is not finite. */
    private static double gap(double estimate, double central) {
        return Double.isFinite(estimate) ? Math.abs(estimate - central) : 0.0;
    }

    /**
     * Tell whether the analytic value is a valid one-sided derivative at a kink. The one-sided
     * slopes carry truncation error of order h, much larger than the tolerance of a central
     * difference, so the interval between them is widened by a tenth of its own width.
     */
    private static boolean isKink(double below, double above, double fineGap, double analytic, Tolerance tolerance) {
        double width = Math.abs(above - below);
        double slack = tolerance.bound(below, above) + KINK_SLACK * width;
        // At a smooth point the slopes differ by about h·f'', which shrinks tenfold at step h/10;
        // across a kink the jump stays. Requiring the gap to persist keeps curvature from passing
        // for a kink.
        boolean slopesDiffer = width > tolerance.bound(below, above) && fineGap >= KINK_PERSISTENCE * width;
        boolean between = analytic >= Math.min(below, above) - slack && analytic <= Math.max(below, above) + slack;
        return slopesDiffer && between;
    }

    private TensorReport.Sweep directions(Tensor values, double[] analytic, double step, Tolerance tolerance,
            double[] original, long start) {

        int count = config.samples();
        double[] numeric = new double[count];
        double[] compared = new double[count];
        ElementStatus[] status = new ElementStatus[count];
        double[] direction = new double[values.size()];
        for (int k = 0; k < count; k++) {
            objective.setPerturbed(path, "random direction", k);
            randomUnit(direction);
            double[] pair = directional(values, analytic, direction, step, original);
            numeric[k] = pair[0];
            compared[k] = pair[1];
            status[k] = !Double.isFinite(pair[0]) ? ElementStatus.NOT_FINITE
                    : tolerance.accepts(pair[0], pair[1]) ? ElementStatus.AGREES : ElementStatus.MISMATCH;
        }
        int[] positions = allPositions(count);
        return new TensorReport.Sweep(Mode.DIRECTIONAL, step, tolerance, positions, numeric, compared, status, count,
                false, Duration.ofNanos(System.nanoTime() - start));
    }

    private double[] directional(Tensor values, double[] analytic, double[] direction, double step, double[] original) {
        double projected = 0.0;
        try {
            for (int i = 0; i < direction.length; i++) {
                values.set(i, original[i] + step * direction[i]);
                projected += analytic[i] * values.get(i);
            }
            double above = objective.value();
            for (int i = 0; i < direction.length; i++) {
                values.set(i, original[i] - step * direction[i]);
                projected -= analytic[i] * values.get(i);
            }
            double below = objective.value();
            return new double[] {(above - below) / (2 * step), projected / (2 * step)};
        } finally {
            values.setAll(original);
        }
    }

    private void randomUnit(double[] direction) {
        double norm = 0.0;
        for (int i = 0; i < direction.length; i++) {
            direction[i] = random.nextGaussian();
            norm += direction[i] * direction[i];
        }
        double scale = 1.0 / Math.sqrt(norm);
        for (int i = 0; i < direction.length; i++) {
            direction[i] *= scale;
        }
    }

    private int[] samplePositions(int size) {
        int[] all = allPositions(size);
        int count = Math.min(config.samples(), size);
        for (int i = 0; i < count; i++) {
            int swap = i + random.nextInt(size - i);
            int chosen = all[swap];
            all[swap] = all[i];
            all[i] = chosen;
        }
        int[] chosen = java.util.Arrays.copyOf(all, count);
        java.util.Arrays.sort(chosen);
        return chosen;
    }

    private static int[] allPositions(int size) {
        int[] positions = new int[size];
        for (int i = 0; i < size; i++) {
            positions[i] = i;
        }
        return positions;
    }
}
