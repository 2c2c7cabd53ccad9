package io.github.gradcheck.generate;

import static io.github.gradcheck.generate.TensorGeneratorsTests.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gradcheck.api.Dim;
import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.junit.GradientProperty;
import io.github.gradcheck.tensor.ElementType;
import java.util.Arrays;
import java.util.random.RandomGenerator;

@Dim(value = "rows", max = 6)
@Dim(value = "columns", max = 7)
class TensorGeneratorsProperties {

    @GradientProperty(tries = 50, seed = 101)
    void spacedValuesStayApart(@Sample(value = {"rows", "columns"}, distribution = Distribution.SPACED, scale = 2.0)
            double[][] x) {

        double[] sorted = values(x);
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            assertThat(sorted[i] - sorted[i - 1]).isGreaterThanOrEqualTo(Distribution.SPACING * 2.0);
        }
    }

    @GradientProperty(tries = 50, seed = 102)
    void kinkAvoidingValuesStayOffZero(
            @Sample(value = {"rows", "columns"}, distribution = Distribution.KINK_AVOIDING) float[][] x) {

        double margin = TensorGenerators.kinkMargin(ElementType.FLOAT, 1.0);
        assertThat(Arrays.stream(values(x)).map(Math::abs).min().orElseThrow()).isGreaterThanOrEqualTo(margin);
    }

    @GradientProperty(tries = 50, seed = 103)
    void uniformValuesStayWithinScale(@Sample(value = {"rows"}, distribution = Distribution.UNIFORM, scale = 3.0)
            double[] x) {

        assertThat(Arrays.stream(x).min().orElseThrow()).isGreaterThanOrEqualTo(-3.0);
        assertThat(Arrays.stream(x).max().orElseThrow()).isLessThan(3.0);
    }

    @GradientProperty(tries = 50, seed = 104)
    void shapesFollowDimensions(Dimensions dimensions, @Sample({"rows", "columns", "rows"}) double[][][] x) {
        assertThat(x.length).isEqualTo(dimensions.get("rows"));
        assertThat(x[0].length).isEqualTo(dimensions.get("columns"));
        assertThat(x[0][0].length).isEqualTo(dimensions.get("rows"));
    }

    @GradientProperty(tries = 50, seed = 105)
    void simplifiedSpacedValuesKeepTheirOrder(
            @Sample(value = {"columns"}, distribution = Distribution.SPACED) double[] x) {

        double[] simple = values(Distribution.SPACED.simplify(x, Rounding.INTEGERS, 1.0));

        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                assertThat(Double.compare(simple[i], simple[j])).isEqualTo(Double.compare(x[i], x[j]));
            }
        }
    }

    @GradientProperty(tries = 50, seed = 106)
    void dimensionDrawsStayWithinBounds(@Dim(value = "low", max = 5) int low, RandomGenerator random) {
        int size = DimensionGenerators.between(low, low + 3).next(random);

        assertThat(size).isBetween(low, low + 3);
    }

    @GradientProperty(tries = 50, seed = 107)
    void heWeightsHaveFiniteValuesOfRuleScale(@Dim(value = "fanIn", max = 50) int fanIn, RandomGenerator random) {
        double[][] weights = (double[][]) InitGenerators.he(random, double[][].class, new int[] {fanIn, 3}, fanIn);

        double bound = 8.0 * Math.sqrt(InitRule.HE.variance(fanIn));
        assertThat(Arrays.stream(values(weights)).map(Math::abs).max().orElseThrow()).isLessThan(bound);
    }
}
