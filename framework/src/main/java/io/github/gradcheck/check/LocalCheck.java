package io.github.gradcheck.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Check of one sub-layer of a failing model, on the input and upstream gradient that the
 * sub-layer received inside the model.
 *
 * <p>A model's failure shows on every parameter upstream of a wrong input gradient, because the
 * wrong dx flows backwards through the chain rule. Checking each sub-layer on its own recorded
 * input and upstream gradient identifies the layer that produced the wrong value.
 *
 * @param path   the {@code @Layer} field's name, such as {@code hidden}
 * @param report the sub-layer's report, or null when it could not be checked locally
 * @param note   why it could not be checked, or null
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LocalCheck(String path, GradientReport report, String note) {

    /**
     * Tell whether the local check found a fault in this sub-layer.
     *
     * @return {@code true} when it ran and failed
     * @since 0.1
     */
    public boolean failed() {
        return report != null && !report.passed();
    }

    /**
     * Return the sub-layer's report.
     *
     * @return the report, empty when the sub-layer was not checked locally
     * @since 0.1
     */
    public Optional<GradientReport> optionalReport() {
        return Optional.ofNullable(report);
    }
}
