package io.github.gradcheck.generate;

import static io.github.gradcheck.generate.TensorGeneratorsTests.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InitGeneratorsTests {

    private static final int[] SHAPE = {100, 80};

    @Test
    void heDrawsVarianceTwoOverFanIn() {
        double[] weights = values(InitGenerators.he(new SplittableRandom(1), double[][].class, SHAPE, 100));

        assertThat(meanSquare(weights)).isCloseTo(2.0 / 100, withinPercentage(5));
    }

    @Test
    void xavierDrawsVarianceOneOverFanIn() {
        double[] weights = values(InitGenerators.xavier(new SplittableRandom(1), float[][].class, SHAPE, 100));

        assertThat(meanSquare(weights)).isCloseTo(1.0 / 100, withinPercentage(5));
    }

    @Test
    void generatorDrawsSameWeightsAsMethod() {
        Object direct = InitGenerators.of(InitRule.HE, new SplittableRandom(4), double[][].class, SHAPE, 100);

        Object generated = InitGenerators.generator(InitRule.HE, double[][].class, SHAPE, 100)
                .next(new SplittableRandom(4));

        assertThat(values(generated)).containsExactly(values(direct));
    }

    @Test
    void rulesGiveCourseVariances() {
        assertThat(InitRule.XAVIER.variance(4)).isEqualTo(0.25);
        assertThat(InitRule.HE.variance(4)).isEqualTo(0.5);
        assertThat(InitRule.HE.describe()).isEqualTo("He (2 / fan-in)");
    }

    @Test
    void rejectsFanInBelowOne() {
        assertThatThrownBy(() -> InitGenerators.he(new SplittableRandom(1), double[].class, new int[] {3}, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot compute the He variance for fan-in [0]; give the number of inputs each output "
                        + "sums, at least 1.");
    }

    private static double meanSquare(double[] values) {
        return Arrays.stream(values).map(value -> value * value).average().orElseThrow();
    }
}
