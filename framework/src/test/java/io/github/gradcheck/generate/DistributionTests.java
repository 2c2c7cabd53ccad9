package io.github.gradcheck.generate;

import static io.github.gradcheck.generate.TensorGeneratorsTests.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gradcheck.tensor.ElementType;
import io.github.gradcheck.tensor.Tensor;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DistributionTests {

    private static final int[] SHAPE = {3, 7};

    @Test
    void keepsTypeAndShape() {
        for (Distribution distribution : Distribution.values()) {
            Object sample = distribution.sample(new SplittableRandom(1), float[][].class, SHAPE, 2.0);

            Object simple = distribution.simplify(sample, Rounding.INTEGERS, 2.0);

            assertThat(simple).as(distribution.name()).isInstanceOf(float[][].class);
            assertThat(Tensor.shapeOf(simple)).as(distribution.name()).containsExactly(SHAPE);
        }
    }

    @Test
    void leavesValuesAsGeneratedWithoutRounding() {
        Object sample = Distribution.NORMAL.sample(new SplittableRandom(1), double[][].class, SHAPE, 1.0);

        assertThat(Distribution.NORMAL.simplify(sample, Rounding.NONE, 1.0)).isSameAs(sample);
    }

    @Test
    void roundsNormalValuesRelativeToScale() {
        double[] simple = values(Distribution.NORMAL.simplify(new double[] {0.26, -0.74}, Rounding.INTEGERS, 0.5));

        assertThat(simple).containsExactly(0.5, -0.5);
    }

    @Test
    void keepsUniformValuesWithinScale() {
        double[] simple = values(Distribution.UNIFORM.simplify(new double[] {0.96, -0.97, 0.3}, Rounding.INTEGERS,
                1.0));

        assertThat(simple).containsExactly(1.0, -1.0, 0.0);
    }

    @Test
    void keepsKinkAvoidingValuesOffZero() {
        double[] simple = values(Distribution.KINK_AVOIDING.simplify(new double[] {0.3, -0.2, 1.6}, Rounding.INTEGERS,
                1.0));

        assertThat(simple).containsExactly(1.0, -1.0, 2.0);
        assertThat(Arrays.stream(simple).map(Math::abs).min().orElseThrow())
                .isGreaterThanOrEqualTo(TensorGenerators.kinkMargin(ElementType.DOUBLE, 1.0));
    }

    @Test
    void replacesSpacedValuesByTheirRanks() {
        double[] simple = values(Distribution.SPACED.simplify(new double[] {0.15, 0.62, 0.33}, Rounding.INTEGERS,
                1.0));

        assertThat(simple).containsExactly(-1.0, 1.0, 0.0);
    }

    @Test
    void keepsOrderOfSpacedValues() {
        double[] sample = values(Distribution.SPACED.sample(new SplittableRandom(6), double[].class, new int[] {9},
                1.0));

        double[] simple = values(Distribution.SPACED.simplify(sample, Rounding.TENTHS, 1.0));

        assertThat(order(simple)).containsExactly(order(sample));
        assertThat(Arrays.stream(simple).distinct().count()).isEqualTo(9);
    }

    private static int[] order(double[] values) {
        return IntStream.range(0, values.length).boxed().sorted(Comparator.comparingDouble(index -> values[index]))
                .mapToInt(Integer::intValue).toArray();
    }
}
