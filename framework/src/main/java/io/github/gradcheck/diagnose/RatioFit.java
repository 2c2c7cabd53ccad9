package io.github.gradcheck.diagnose;

/**
 * Least-squares fit {@code y = factor * x} over the usable elements of one tensor.
 *
 * @param factor   {@code <x, y> / <x, x>}, or NaN when x is zero
 * @param residual {@code ||y - factor * x||}
 * @param scale    {@code ||x||}
 */
record RatioFit(double factor, double residual, double scale) {

    /** Relative residual up to which a fit counts as exact: 0.1% of the fitted values. */
    static final double EXACT = 1e-3;

    /** A multiple of the noise norm that a residual may reach and still count as exact. */
    static final double NOISE = 3.0;

    static RatioFit of(TensorEvidence evidence, double[] y, double[] x) {
        double square = evidence.dot(x, x);
        if (square == 0.0) {
            return new RatioFit(Double.NaN, evidence.norm(y), 0.0);
        }
        double factor = evidence.dot(x, y) / square;
        double[] rest = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            rest[i] = y[i] - factor * x[i];
        }
        return new RatioFit(factor, evidence.norm(rest), Math.sqrt(square));
    }

    /** Return the residual relative to the fitted values {@code factor * x}. */
    double relativeResidual() {
        double fitted = Math.abs(factor) * scale;
        return fitted == 0.0 ? Double.POSITIVE_INFINITY : residual / fitted;
    }

    /**
     * Tell whether the fit explains y up to 0.1% of the fitted values or up to the noise.
     *
     * @param noise the noise norm of y, in y's units
     */
    boolean exact(double noise) {
        double fitted = Math.abs(factor) * scale;
        double allowed = Math.max(EXACT * fitted, NOISE * noise);
        return Double.isFinite(factor) && fitted > 0.0 && residual <= allowed;
    }
}
