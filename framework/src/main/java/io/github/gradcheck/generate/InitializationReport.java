package io.github.gradcheck.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.report.ValueFormat;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Result of an {@link InitializationCheck}: the measured and intended variance of one parameter,
 * their ratio, and what that ratio does to the activation variance of a deep stack.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InitializationReport {

    /** Factor on the activation variance beyond which a stack counts as exploding or vanishing. */
    static final double TENFOLD = 10.0;

    private final String subject;
    private final InitRule rule;
    private final Dimensions dimensions;
    private final List<String> fanInNames;
    private final int fanIn;
    private final Measurement measurement;
    private final double tolerance;
    private final int depth;

    /**
     * Moments of the pooled parameter values.
     *
     * @param count      the number of values
     * @param instances  the number of distinct layer instances they came from
     * @param mean       their mean
     * @param meanSquare their mean square, the variance about 0
     */
    record Measurement(int count, int instances, double mean, double meanSquare) {
    }

    InitializationReport(String subject, InitRule rule, Dimensions dimensions, List<String> fanInNames, int fanIn,
            Measurement measurement, double tolerance, int depth) {

        this.subject = subject;
        this.rule = rule;
        this.dimensions = dimensions;
        this.fanInNames = List.copyOf(fanInNames);
        this.fanIn = fanIn;
        this.measurement = measurement;
        this.tolerance = tolerance;
        this.depth = depth;
    }

    /**
     * Return the fan-in the rule was applied to.
     *
     * @return the product of the fan-in dimensions
     * @since 0.1
     */
    public int fanIn() {
        return fanIn;
    }

    /**
     * Return the measured variance: the mean square of the values, which is what propagates.
     *
     * @return the mean square
     * @since 0.1
     */
    public double measuredVariance() {
        return measurement.meanSquare();
    }

    /**
     * Return the mean of the values.
     *
     * @return the mean, near 0 for a symmetric initializer
     * @since 0.1
     */
    public double mean() {
        return measurement.mean();
    }

    /**
     * Return the variance the rule intends.
     *
     * @return {@code gain / fanIn}
     * @since 0.1
     */
    public double intendedVariance() {
        return rule.variance(fanIn);
    }

    /**
     * Return the ratio of measured to intended variance, the factor by which each layer scales
     * the activation variance.
     *
     * @return the ratio, 1 for an exact match
     * @since 0.1
     */
    public double ratio() {
        return measuredVariance() / intendedVariance();
    }

    /**
     * Return the number of values measured.
     *
     * @return the count
     * @since 0.1
     */
    public int sampleSize() {
        return measurement.count();
    }

    /**
     * Return the number of distinct layer instances the values came from.
     *
     * @return 1 when the initializer uses a fixed seed
     * @since 0.1
     */
    public int instances() {
        return measurement.instances();
    }

    /**
     * Return the accepted relative deviation of the ratio from 1: the configured tolerance, or
     * five standard errors of the variance estimate when that is larger.
     *
     * <p>For normal values the mean square of n samples has a relative standard error of
     * {@code sqrt(2 / n)}.
     *
     * @return the deviation
     * @since 0.1
     */
    public double tolerance() {
        return Math.max(tolerance, 5.0 * Math.sqrt(2.0 / measurement.count()));
    }

    /**
     * Tell whether the ratio lies within {@code [1 / (1 + t), 1 + t]} for the tolerance t.
     *
     * @return {@code true} when the initializer follows the rule
     * @since 0.1
     */
    public boolean passed() {
        double ratio = ratio();
        return ratio <= 1.0 + tolerance() && ratio >= 1.0 / (1.0 + tolerance());
    }

    /**
     * Predict the factor on the activation variance after a stack of such layers.
     *
     * @param layers the number of stacked layers, at least 0
     * @return {@code ratio^layers}
     * @since 0.1
     */
    public double activationVarianceFactor(int layers) {
        return Math.pow(ratio(), layers);
    }

    /**
     * Return the depth the report predicts for.
     *
     * @return the number of stacked layers
     * @since 0.1
     */
    public int depth() {
        return depth;
    }

    /**
     * Return the sizes the layer was constructed with.
     *
     * @return the dimensions
     * @since 0.1
     */
    public Dimensions dimensions() {
        return dimensions;
    }

    /**
     * Describe the result: a headline, then one labelled line per fact.
     *
     * @return the text, lines separated by {@code \n}
     * @since 0.1
     */
    public String describe() {
        var text = new StringBuilder(headline()).append('\n');
        text.append(label("fan-in")).append(fanIn).append(" = ").append(String.join(" x ", fanInNames)).append('\n');
        text.append(label("intended")).append(ValueFormat.format(intendedVariance())).append(' ')
                .append(rule.describe()).append('\n');
        text.append(label("measured")).append(ValueFormat.format(measuredVariance())).append(" mean square, ")
                .append(ValueFormat.format(mean())).append(" mean, over ").append(sampleSize()).append(" values from ")
                .append(instances()).append(instances() == 1 ? " instance" : " distinct instances").append('\n');
        text.append(label("ratio")).append(ValueFormat.format(ratio())).append(" (accepted ")
                .append(ValueFormat.brief(1.0 / (1.0 + tolerance()))).append(" to ")
                .append(ValueFormat.brief(1.0 + tolerance())).append(")\n");
        text.append(label("depth " + depth)).append(depthEffect()).append('\n');
        text.append(label("dimensions")).append(dimensions).append('\n');
        return text.toString();
    }

    private String headline() {
        if (passed()) {
            return "Initialization check passed: " + subject + " follows " + rule.describe() + ".";
        }
        return "Initialization check failed: " + subject + " does not follow " + rule.describe()
                + ": its variance is " + ValueFormat.brief(ratio()) + " times the intended one.";
    }

    private String depthEffect() {
        double factor = activationVarianceFactor(depth);
        String trend = "stays within 10x";
        if (factor > TENFOLD) {
            trend = "explodes";
        } else if (factor < 1.0 / TENFOLD) {
            trend = "vanishes";
        }
        var text = new StringBuilder("activation variance x ").append(ValueFormat.format(factor)).append(" after ")
                .append(depth).append(" stacked layers (").append(trend);
        double perLayer = Math.abs(Math.log(ratio()));
        if (perLayer > 0.0) {
            long layers = (long) Math.ceil(Math.log(TENFOLD) / perLayer);
            text.append("; 10x after about ").append(layers).append(layers == 1 ? " layer" : " layers");
        }
        return text.append(')').toString();
    }

    private static String label(String name) {
        return String.format(Locale.ROOT, "  %-10s: ", name);
    }

    @Override
    public String toString() {
        return "InitializationReport[" + subject + ", ratio=" + ratio() + ", passed=" + passed() + "]";
    }
}
