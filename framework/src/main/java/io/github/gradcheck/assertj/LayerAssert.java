package io.github.gradcheck.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.check.CheckConfig;
import io.github.gradcheck.check.GradientChecker;
import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.LayerDescriptor;
import io.github.gradcheck.junit.GradCheckConfiguration;
import io.github.gradcheck.report.GradientMismatch;
import java.util.Objects;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions that run gradient checks on a layer class or a layer instance; start with
 * {@link GradcheckAssertions#assertThatLayer(Class)} or
 * {@link GradcheckAssertions#assertThatLayer(Object, Object, Object...)}.
 *
 * <p>The {@code with} methods set up the checks and return this assertion, as AssertJ
 * assertions do. The checks run {@link GradCheckConfiguration#cases()} cases with the seeds of
 * {@link GradCheckConfiguration#caseSeed(int)}; for a class, each case generates its dimensions
 * and inputs, and for an instance, each case draws another upstream gradient for the given
 * inputs.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LayerAssert extends AbstractAssert<LayerAssert, Object> {

    private final Class<?> layerType;
    private final Object[] inputs;
    private GradCheckConfiguration configuration = GradCheckConfiguration.defaults();
    private Dimensions fixed = Dimensions.empty();

    LayerAssert(Class<?> layerType, Object layer, Object[] inputs) {
        super(layer != null ? layer : layerType, LayerAssert.class);
        this.layerType = layerType;
        this.inputs = inputs;
    }

    /**
     * Use another base seed for the cases.
     *
     * @param seed the seed of case 0; later cases derive theirs from it
     * @return this assertion
     * @since 0.1
     */
    public LayerAssert withSeed(long seed) {
        configuration = configuration.withSeed(seed);
        return myself;
    }

    /**
     * Run another number of cases.
     *
     * @param cases at least 1
     * @return this assertion
     * @throws IllegalArgumentException if the count is below 1
     * @since 0.1
     */
    public LayerAssert withCases(int cases) {
        configuration = configuration.withCases(cases);
        return myself;
    }

    /**
     * Use a given size for a dimension in every case, instead of drawing one.
     *
     * @param name the dimension name, such as {@code batch}, never null
     * @param size the size, at least 1
     * @return this assertion
     * @throws IllegalStateException if the assertion checks an instance, whose inputs fix every
     *                               dimension
     * @since 0.1
     */
    public LayerAssert withDimension(String name, int size) {
        Objects.requireNonNull(name, "name");
        if (inputs != null) {
            throw new IllegalStateException("Cannot fix dimension [" + name + "] when checking "
                    + "a layer instance: its inputs fix every dimension; remove withDimension, or "
                    + "check the class instead.");
        }
        fixed = fixed.with(name, size);
        return myself;
    }

    /**
     * Use another upper bound for dimensions whose {@code @Dim} gives none.
     *
     * @param maxDimension at least 1
     * @return this assertion
     * @throws IllegalArgumentException if the bound is below 1
     * @since 0.1
     */
    public LayerAssert withMaxDimension(int maxDimension) {
        configuration = configuration.withMaxDimension(maxDimension);
        return myself;
    }

    /**
     * Use other check settings: step, tolerances, mode and samples.
     *
     * @param config the settings, never null
     * @return this assertion
     * @since 0.1
     */
    public LayerAssert withConfig(CheckConfig config) {
        configuration = configuration.withCheckConfig(config);
        return myself;
    }

    /**
     * Use other settings for everything: check settings, cases, seed and maximum dimension.
     *
     * @param configuration the settings, never null
     * @return this assertion
     * @since 0.1
     */
    public LayerAssert withConfiguration(GradCheckConfiguration configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        return myself;
    }

    /**
     * Verify that every gradient of the layer is within tolerance in every case.
     *
     * <pre>{@code
     * // passes: Dense computes every gradient correctly
     * assertThatLayer(Dense.class).withDimension("batch", 3).hasCorrectGradients();
     * // fails with the mismatch text of the first failing case: db is not summed over the batch
     * assertThatLayer(DenseBiasNotSummed.class).withDimension("batch", 3).hasCorrectGradients();
     * }</pre>
     *
     * @return this assertion
     * @throws AssertionError with the {@link GradientMismatch} text of the first failing case,
     *                        whose expected value is the numeric gradient and whose actual value
     *                        is the analytic gradient
     * @throws io.github.gradcheck.check.LayerExecutionException if the layer's code throws
     * @since 0.1
     */
    public LayerAssert hasCorrectGradients() {
        for (int index = 0; index < configuration.cases(); index++) {
            GradientReport report = checker(index).check();
            if (!report.passed()) {
                GradientMismatch mismatch = GradientMismatch.of(withRerun(report, index));
                throw failureWithActualExpected(mismatch.actual(), mismatch.expected(), "%s",
                        mismatch.create());
            }
        }
        return myself;
    }

    /** Return the report with a rerun line that names every setting of this assertion. */
    private GradientReport withRerun(GradientReport report, int index) {
        String subject = inputs != null ? "layer, inputs"
                : LayerDescriptor.of(layerType).displayName() + ".class";
        return report.withReplay(configuration.checkerCode(subject, configuration.caseSeed(index),
                fixed));
    }

    private GradientChecker checker(int index) {
        if (inputs != null) {
            return GradientChecker.of(actual, inputs).withConfig(configuration.checkConfig())
                    .withSeed(configuration.caseSeed(index));
        }
        GradientChecker checker = configuration.checker(layerType, index);
        for (var dimension : fixed.asMap().entrySet()) {
            checker = checker.withDimension(dimension.getKey(), dimension.getValue());
        }
        return checker;
    }
}
