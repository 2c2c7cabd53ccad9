package io.github.gradcheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gradcheck.check.fixtures.Affine;
import io.github.gradcheck.check.fixtures.BrokenContracts.ThrowingForward;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated
class RestoreTests {

    @Test
    void leavesParametersAndGradientsBitIdenticalAfterCheck() {
        var layer = new Affine(3, 2);
        layer.dW = new double[][] {{1, 2}, {3, 4}, {5, 6}};
        double[][] weightsBefore = deepCopy(layer.W);
        double[][] gradientBefore = deepCopy(layer.dW);
        double[][] gradientReference = layer.dW;
        double[][] input = {{0.1, -0.2, 0.3}, {1.5, 0.25, -0.75}};
        double[][] inputBefore = deepCopy(input);

        GradientReport report = GradientChecker.of(layer, (Object) input).check();

        assertThat(report.passed()).isTrue();
        assertThat(bits(layer.W)).isEqualTo(bits(weightsBefore));
        assertThat(layer.dW).isSameAs(gradientReference);
        assertThat(bits(layer.dW)).isEqualTo(bits(gradientBefore));
        assertThat(layer.db).isNull();
        assertThat(bits(input)).isEqualTo(bits(inputBefore));
    }

    @Test
    void restoresParametersWhenForwardThrowsDuringNumericPass() {
        for (int calls = 1; calls < 12; calls++) {
            ThrowingForward.throwAfterCalls = calls;
            var layer = new ThrowingForward(3);
            double[] before = layer.w.clone();
            double[] input = {0.3, -1.2, 0.7};

            assertThatThrownBy(() -> GradientChecker.of(layer, (Object) input).check())
                    .isInstanceOf(LayerExecutionException.class);

            assertThat(bits(layer.w)).as("after %d successful calls", calls).isEqualTo(bits(before));
        }
    }

    @Test
    void takesLoneTwoDimensionalArrayAsSingleInput() {
        double[][] input = {{0.1, -0.2, 0.3}};

        GradientReport report = GradientChecker.of(new Affine(3, 2), input).check();

        assertThat(report.passed()).isTrue();
        assertThat(report.dimensions().get("batch")).isEqualTo(1);
    }

    private static double[][] deepCopy(double[][] values) {
        return Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    private static long[][] bits(double[][] values) {
        return Arrays.stream(values).map(RestoreTests::bits).toArray(long[][]::new);
    }
}
