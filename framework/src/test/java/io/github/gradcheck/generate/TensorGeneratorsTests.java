package io.github.gradcheck.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.gradcheck.numeric.StepPolicy;
import io.github.gradcheck.tensor.ElementType;
import io.github.gradcheck.tensor.Tensor;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TensorGeneratorsTests {

    private static final int[] SHAPE = {40, 50};

    @Test
    void sameSeedGivesSameTensors() {
        for (Distribution distribution : Distribution.values()) {
            Object first = distribution.sample(new SplittableRandom(3), double[][].class, SHAPE, 1.0);

            Object second = distribution.sample(new SplittableRandom(3), double[][].class, SHAPE, 1.0);

            assertThat(values(second)).as(distribution.name()).containsExactly(values(first));
        }
    }

    @Test
    void normalHasRequestedScale() {
        double[] values = values(TensorGenerators.normal(new SplittableRandom(1), double[][].class, SHAPE, 3.0));

        assertThat(mean(values)).isCloseTo(0.0, within(0.3));
        assertThat(Math.sqrt(meanSquare(values))).isCloseTo(3.0, within(0.15));
    }

    @Test
    void kinkAvoidingKeepsMarginFromZero() {
        double margin = TensorGenerators.kinkMargin(ElementType.DOUBLE, 1.0);

        double[] values = values(TensorGenerators.kinkAvoiding(new SplittableRandom(1), double[][].class, SHAPE, 1.0));

        assertThat(margin).isEqualTo(0.01);
        assertThat(Arrays.stream(values).map(Math::abs).min().orElseThrow()).isGreaterThanOrEqualTo(margin);
        assertThat(Arrays.stream(values).filter(value -> value < 0).count()).isBetween(900L, 1100L);
    }

    @Test
    void kinkMarginCoversFourFloatSteps() {
        double margin = TensorGenerators.kinkMargin(ElementType.FLOAT, 1.0);

        float[][] values = (float[][]) TensorGenerators.kinkAvoiding(new SplittableRandom(2), float[][].class, SHAPE,
                1.0);

        assertThat(margin).isEqualTo(4.0 * StepPolicy.FLOAT_STEP);
        assertThat(Arrays.stream(values(values)).map(Math::abs).min().orElseThrow()).isGreaterThanOrEqualTo(margin);
    }

    @Test
    void spacedValuesStayApart() {
        double[] sorted = values(TensorGenerators.spaced(new SplittableRandom(1), double[][].class, SHAPE, 0.1));

        Arrays.sort(sorted);

        for (int i = 1; i < sorted.length; i++) {
            assertThat(sorted[i] - sorted[i - 1]).isGreaterThanOrEqualTo(0.1);
        }
        assertThat(mean(sorted)).isCloseTo(0.0, within(0.1));
    }

    @Test
    void spacedFloatValuesStayApart() {
        double[] sorted = values(TensorGenerators.spaced(new SplittableRandom(4), float[].class, new int[] {64}, 0.05));

        Arrays.sort(sorted);

        for (int i = 1; i < sorted.length; i++) {
            assertThat(sorted[i] - sorted[i - 1]).isGreaterThanOrEqualTo(0.05 - 1e-6);
        }
    }

    @Test
    void roundsToUnit() {
        double[] values = {0.26, -1.74, 2.5};

        Object tenths = TensorGenerators.round(values, 0.1);
        Object integers = TensorGenerators.round(values, 1.0);

        assertThat((double[]) tenths).containsExactly(0.3, -1.7, 2.5);
        assertThat((double[]) integers).containsExactly(0.0, -2.0, 2.0);
    }

    @Test
    void rejectsScaleThatIsNotPositive() {
        assertThatThrownBy(() -> TensorGenerators.normal(new SplittableRandom(1), double[].class, new int[] {2}, 0.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot generate values with scale [0.0]; give a positive finite scale.");
    }

    @Test
    void rejectsSpacingThatIsNotFinite() {
        assertThatThrownBy(() -> TensorGenerators.spaced(new SplittableRandom(1), double[].class, new int[] {2},
                Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot generate values with spacing [Infinity]; give a positive finite spacing.");
    }

    @Test
    void drawsSameAmountOfRandomnessForEveryValue() {
        var first = new SplittableRandom(9);
        var second = new SplittableRandom(9);

        TensorGenerators.kinkAvoiding(first, double[].class, new int[] {10}, 1.0);
        TensorGenerators.kinkAvoiding(second, double[].class, new int[] {10}, 1e-6);

        assertThat(first.nextLong()).isEqualTo(second.nextLong());
    }

    static double[] values(Object array) {
        return Tensor.of(array).toDoubleArray();
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    private static double meanSquare(double[] values) {
        return Arrays.stream(values).map(value -> value * value).average().orElseThrow();
    }
}
