package io.github.gradcheck.diagnose;

import java.util.TreeSet;

/**
 * Location of a tensor's failures along one axis.
 *
 * @param axis            the axis
 * @param indices         the indices along the axis that hold a failing entry
 * @param inside          the usable entries at those indices
 * @param outside         the usable entries at the other indices
 * @param agreeingOutside the entries at the other indices that agree with a clear signal
 * @param analyticZero    whether the analytic value is 0 at every failing entry
 * @param coverage        the share of failing entries among those at the failing indices
 */
record AxisConfinement(int axis, TreeSet<Integer> indices, int inside, int outside,
        int agreeingOutside, boolean analyticZero, double coverage) {

    /**
     * Locate the failures along one axis. Return null when every index has a failure, or when
     * each index has a single entry, because then any set of failures would look confined.
     */
    static AxisConfinement of(TensorEvidence tensor, int axis) {
        TreeSet<Integer> indices = new TreeSet<>();
        boolean zero = true;
        for (int i = 0; i < tensor.count(); i++) {
            if (tensor.failing(i)) {
                indices.add(tensor.index(i)[axis]);
                zero &= tensor.analytic(i) == 0.0;
            }
        }

        int[] shape = tensor.tensor().shape();
        if (indices.size() >= shape[axis] || tensor.tensor().size() / shape[axis] < 2) {
            return null;
        }
        int inside = 0;
        int outside = 0;
        int agreeing = 0;
        for (int i = 0; i < tensor.count(); i++) {
            boolean in = indices.contains(tensor.index(i)[axis]);
            inside += tensor.usable(i) && in ? 1 : 0;
            outside += tensor.usable(i) && !in ? 1 : 0;
            agreeing += !in && tensor.hasSignal(i) ? 1 : 0;
        }

        double coverage = inside == 0 ? 0.0 : (double) tensor.failingCount() / inside;
        return new AxisConfinement(axis, indices, inside, outside, agreeing, zero, coverage);
    }
}
