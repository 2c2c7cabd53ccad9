package io.github.gradcheck.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.LayerDescriptor;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Entry point of the AssertJ assertions on gradient reports and layers.
 *
 * <pre>{@code
 * import static io.github.gradcheck.assertj.GradcheckAssertions.assertThat;
 * import static io.github.gradcheck.assertj.GradcheckAssertions.assertThatLayer;
 *
 * assertThat(GradientChecker.of(Dense.class).check()).passes();
 * assertThatLayer(Dense.class).withDimension("batch", 4).hasCorrectGradients();
 * assertThatLayer(new Dense(3, 2), x).hasCorrectGradients();
 * assertThatLayer(new SoftmaxCrossEntropy(), x, labels).hasCorrectGradients();
 * }</pre>
 *
 * <p>The layer entry points are named {@code assertThatLayer}, not {@code assertThat}, because
 * AssertJ's own {@code assertThat(Class)} and {@code assertThat(Object)} would make a static
 * import of both ambiguous or pick the wrong one.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GradcheckAssertions {

    private GradcheckAssertions() {
    }

    /**
     * Create assertions on a report.
     *
     * <pre>{@code
     * // passes
     * assertThat(GradientChecker.of(Dense.class).check()).passes();
     * // fails with the mismatch text
     * assertThat(GradientChecker.of(DenseBiasNotSummed.class).check()).passes();
     * }</pre>
     *
     * @param report the report, or null, which fails every assertion
     * @return the assertions
     * @since 0.1
     */
    public static GradientReportAssert assertThat(GradientReport report) {
        return new GradientReportAssert(report);
    }

    /**
     * Create assertions that check a layer class on generated cases.
     *
     * <pre>{@code
     * // passes
     * assertThatLayer(Dense.class).hasCorrectGradients();
     * // fails with the mismatch text of the first failing case
     * assertThatLayer(DenseBiasNotSummed.class).withDimension("batch", 2).hasCorrectGradients();
     * }</pre>
     *
     * @param layerType a {@code @Differentiable} class, never null
     * @return the assertions
     * @throws io.github.gradcheck.check.LayerDefinitionException if the class breaks the layer
     *                                                            contract
     * @since 0.1
     */
    public static LayerAssert assertThatLayer(Class<?> layerType) {
        Objects.requireNonNull(layerType, "layerType");
        LayerDescriptor.of(layerType);
        return new LayerAssert(layerType, null, null);
    }

    /**
     * Create assertions that check a layer instance on given forward inputs.
     *
     * <pre>{@code
     * double[][] x = {{0.5, -1.0, 2.0}, {1.0, 0.0, 1.0}};
     * // passes
     * assertThatLayer(new Dense(3, 2), x).hasCorrectGradients();
     * // fails with the mismatch text: db keeps only the first sample of the batch
     * assertThatLayer(new DenseBiasNotSummed(3, 2), x).hasCorrectGradients();
     * // a loss layer with two inputs
     * assertThatLayer(new SoftmaxCrossEntropy(), x, new int[] {2, 0}).hasCorrectGradients();
     * }</pre>
     *
     * <p>The first input is a separate parameter so that a lone {@code double[][]} is never
     * spread into the varargs array. A lone {@code Object[]} is taken as the whole list of
     * inputs.
     *
     * @param layer      a {@code @Differentiable} object, never null
     * @param input      the first forward argument, never null
     * @param moreInputs the further forward arguments, in order, never null
     * @return the assertions
     * @throws io.github.gradcheck.check.LayerDefinitionException if the class breaks the layer
     *                                                            contract
     * @since 0.1
     */
    public static LayerAssert assertThatLayer(Object layer, Object input, Object... moreInputs) {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(moreInputs, "moreInputs");
        LayerDescriptor.of(layer.getClass());
        return new LayerAssert(layer.getClass(), layer, inputs(input, moreInputs));
    }

    private static Object[] inputs(Object input, Object[] moreInputs) {
        if (moreInputs.length == 0 && input.getClass() == Object[].class) {
            return ((Object[]) input).clone();
        }
        Object[] inputs = new Object[moreInputs.length + 1];
        inputs[0] = input;
        System.arraycopy(moreInputs, 0, inputs, 1, moreInputs.length);
        return inputs;
    }
}
