package io.github.gradcheck.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.TensorReport;
import io.github.gradcheck.report.GradientMismatch;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link GradientReport}; start with
 * {@link GradcheckAssertions#assertThat(GradientReport)}.
 *
 * <p>A failure is an {@link org.opentest4j.AssertionFailedError} whose message is the
 * {@link GradientMismatch} text of the report, after one line saying what the assertion
 * expected when the report itself does not say it. Where the report has failing gradients, the
 * expected value is their numeric values and the actual value their analytic values, so an IDE
 * shows the two side by side.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GradientReportAssert
        extends AbstractAssert<GradientReportAssert, GradientReport> {

    GradientReportAssert(GradientReport actual) {
        super(actual, GradientReportAssert.class);
    }

    /**
     * Verify that every gradient of the report is within tolerance.
     *
     * <pre>{@code
     * // passes: Dense computes every gradient correctly
     * assertThat(GradientChecker.of(Dense.class).check()).passes();
     * // fails with the mismatch text: the bias gradient is not summed over the batch
     * assertThat(GradientChecker.of(DenseBiasNotSummed.class).check()).passes();
     * }</pre>
     *
     * @return this assertion
     * @throws AssertionError if a gradient mismatches
     * @since 0.1
     */
    public GradientReportAssert passes() {
        isNotNull();
        if (!actual.passed()) {
            throw mismatch("");
        }
        return myself;
    }

    /**
     * Verify that one gradient of the report mismatches.
     *
     * <pre>{@code
     * // passes: only db is wrong
     * assertThat(GradientChecker.of(DenseBiasNotSummed.class).check()).hasMismatchIn("db");
     * // fails: dW is correct
     * assertThat(GradientChecker.of(DenseBiasNotSummed.class).check()).hasMismatchIn("dW");
     * }</pre>
     *
     * @param path a gradient path such as {@code hidden.db} or its value path {@code hidden.b},
     *             never null
     * @return this assertion
     * @throws AssertionError if the report has no such gradient or the gradient is within
     *                        tolerance; expected is the path, actual the mismatching paths
     * @since 0.1
     */
    public GradientReportAssert hasMismatchIn(String path) {
        TensorReport tensor = tensor(path);
        if (tensor.passed()) {
            throw failureWithActualExpected(failingPaths(), List.of(tensor.path()), "%s",
                    "Expecting a mismatch in [" + tensor.path() + "] of " + actual.layerName()
                            + ", but every checked value is within tolerance.\n" + diagnostic());
        }
        return myself;
    }

    /**
     * Verify that one gradient of the report is within tolerance, whatever the others do.
     *
     * <pre>{@code
     * // passes: dW is correct although db is not
     * assertThat(GradientChecker.of(DenseBiasNotSummed.class).check()).hasNoMismatchIn("dW");
     * // fails with the mismatch text
     * assertThat(GradientChecker.of(DenseBiasNotSummed.class).check()).hasNoMismatchIn("db");
     * }</pre>
     *
     * @param path a gradient path such as {@code hidden.db} or its value path {@code hidden.b},
     *             never null
     * @return this assertion
     * @throws AssertionError if the report has no such gradient or the gradient mismatches
     * @since 0.1
     */
    public GradientReportAssert hasNoMismatchIn(String path) {
        TensorReport tensor = tensor(path);
        if (!tensor.passed()) {
            throw mismatch("Expecting no mismatch in [" + tensor.path() + "] of "
                    + actual.layerName() + ".\n");
        }
        return myself;
    }

    /**
     * Verify that exactly the given gradients mismatch: each of them, and no other.
     *
     * <pre>{@code
     * // passes: the L2 term is missing from both weight gradients
     * assertThat(GradientChecker.of(NetWithoutL2Gradient.class).check())
     *         .hasOnlyMismatchesIn("hidden.dW", "out.dW");
     * // fails: out.dW mismatches too
     * assertThat(GradientChecker.of(NetWithoutL2Gradient.class).check())
     *         .hasOnlyMismatchesIn("hidden.dW");
     * }</pre>
     *
     * @param paths gradient or value paths, at least one, never null
     * @return this assertion
     * @throws AssertionError if the report lacks one of the gradients, or if the mismatching
     *                        gradients differ from the given ones. Its expected value is the list
     *                        of given paths and its actual value the list of mismatching paths.
     * @since 0.1
     */
    public GradientReportAssert hasOnlyMismatchesIn(String... paths) {
        Objects.requireNonNull(paths, "paths");
        if (paths.length == 0) {
            throw new IllegalArgumentException("Cannot check for mismatches in no gradient; give "
                    + "at least one path, or use passes() to require that none mismatches.");
        }
        Set<String> expected = new LinkedHashSet<>();
        Arrays.stream(paths).map(this::tensor).map(TensorReport::path).forEach(expected::add);
        Set<String> failing = new LinkedHashSet<>(failingPaths());
        if (!failing.equals(expected)) {
            String lead = "Expecting mismatches only in " + expected + " of " + actual.layerName()
                    + ", but the mismatching gradients are " + failing + ".\n";
            throw failureWithActualExpected(List.copyOf(failing), List.copyOf(expected), "%s",
                    lead + diagnostic());
        }
        return myself;
    }

    private TensorReport tensor(String path) {
        Objects.requireNonNull(path, "path");
        isNotNull();
        List<String> paths = actual.tensors().stream().map(TensorReport::path).toList();
        return actual.tensor(path).orElseThrow(() -> failure("%s", "Expecting the report of "
                + actual.layerName() + " to contain gradient [" + path + "], but it contains "
                + paths + ".\n" + diagnostic()));
    }

    private List<String> failingPaths() {
        return actual.tensors().stream().filter(tensor -> !tensor.passed()).map(TensorReport::path)
                .toList();
    }

    private AssertionError mismatch(String lead) {
        GradientMismatch mismatch = GradientMismatch.of(actual);
        return failureWithActualExpected(mismatch.actual(), mismatch.expected(), "%s",
                lead + mismatch.create());
    }

    private String diagnostic() {
        return GradientMismatch.of(actual).create();
    }
}
