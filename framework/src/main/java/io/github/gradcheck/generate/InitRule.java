package io.github.gradcheck.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Weight initialization rule that keeps the activation variance constant through a deep stack:
 * the weights have mean 0 and variance {@code gain / fanIn}.
 *
 * <p>For {@code y = W x} with independent zero-mean weights and inputs,
 * {@code Var(y) = fanIn * Var(w) * E[x^2]}. A linear or tanh layer near 0 passes {@code E[x^2]}
 * on unchanged, so it needs {@code Var(w) = 1 / fanIn}. A ReLU zeroes half of its inputs and
 * halves {@code E[x^2]}, so it needs twice that.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum InitRule {

    /**
     * Variance {@code 1 / fanIn}, for linear, tanh and sigmoid layers. This is the fan-in form of
     * Xavier (Glorot) initialization; the symmetric form {@code 2 / (fanIn + fanOut)} equals it
     * for square weights.
     */
    XAVIER("Xavier", 1.0),

    /** Variance {@code 2 / fanIn}, for layers followed by a ReLU (He initialization). */
    HE("He", 2.0);

    private final String label;
    private final double gain;

    InitRule(String label, double gain) {
        this.label = label;
        this.gain = gain;
    }

    /**
     * Return the numerator of the variance.
     *
     * @return 1 for Xavier, 2 for He
     * @since 0.1
     */
    public double gain() {
        return gain;
    }

    /**
     * Return the intended weight variance.
     *
     * @param fanIn the number of inputs that each output sums, at least 1
     * @return {@code gain / fanIn}
     * @throws IllegalArgumentException if the fan-in is below 1
     * @since 0.1
     */
    public double variance(int fanIn) {
        if (fanIn < 1) {
            throw new IllegalArgumentException("Cannot compute the " + label + " variance for fan-in [" + fanIn
                    + "]; give the number of inputs each output sums, at least 1.");
        }
        return gain / fanIn;
    }

    /**
     * Describe the rule for a report.
     *
     * @return text such as {@code "He (2 / fan-in)"}
     * @since 0.1
     */
    public String describe() {
        return label + " (" + (int) gain + " / fan-in)";
    }
}
