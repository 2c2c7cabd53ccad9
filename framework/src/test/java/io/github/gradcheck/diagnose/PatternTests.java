package io.github.gradcheck.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.gradcheck.check.GradientChecker;
import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.diagnose.fixtures.DistortedGain;
import io.github.gradcheck.diagnose.fixtures.DistortedKernel;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Feeds chosen analytic gradients through real checks. The fixtures compute the correct gradient
 * and pass it through a distortion, so each test controls the analytic values that the diagnosis
 * compares.
 */
class PatternTests {

    @Test
    void nonIntegerRatioIsConstantFactor() {
        GradientReport report = checkGain(3, 3, gradient -> scaled(gradient, 0.37));

        Hint top = Diagnosis.of(report).get(0);

        assertThat(top.kind()).isEqualTo(HintKind.CONSTANT_RATIO);
        assertThat(top.factor()).hasValueCloseTo(0.37, within(1e-6));
        assertThat(top.message()).contains("off by the constant factor +3.700000e-01 at all 9 checked entries");
    }

    @Test
    void doubledNegatedGradientIsSignFlip() {
        GradientReport report = checkGain(2, 3, gradient -> scaled(gradient, -2.0));

        Hint top = Diagnosis.of(report).get(0);

        assertThat(top.kind()).isEqualTo(HintKind.SIGN_FLIP);
        assertThat(top.factor()).hasValueCloseTo(-2.0, within(1e-6));
        assertThat(top.message()).contains("has the wrong sign and is 2 times too large");
    }

    @Test
    void ratioOnSingleEntryIsNoPattern() {
        GradientReport report = checkGain(1, 1, gradient -> scaled(gradient, 0.37));

        List<Hint> hints = Diagnosis.of(report);

        assertThat(hints).extracting(Hint::kind).containsExactly(HintKind.NO_COMMON_FACTOR);
        assertThat(hints.get(0).message()).contains("one entry cannot show whether the factor is common");
    }

    @Test
    void extremeRatioIsNoScalingFault() {
        GradientReport report = checkGain(1, 2, gradient -> scaled(gradient, 40000.0));

        Hint top = Diagnosis.of(report).get(0);

        assertThat(top.kind()).isEqualTo(HintKind.NO_COMMON_FACTOR);
        assertThat(top.message()).contains("usually means the true gradient is nearly zero there");
    }

    @Test
    void squareTransposeIsTransposed() {
        GradientReport report = checkGain(3, 3, gradient -> transposed(gradient, 3));

        Hint top = Diagnosis.of(report).get(0);

        assertThat(top.kind()).isEqualTo(HintKind.TRANSPOSED);
        assertThat(top.message()).contains("analytic[i, j] = numeric[j, i]");
    }

    @Test
    void kernelAxesSwappedIsTransposed() {
        GradientReport report = checkKernel(2, 3, gradient -> {
            double[] result = new double[gradient.length];
            for (int c = 0; c < 2; c++) {
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 3; j++) {
                        result[(c * 3 + i) * 3 + j] = gradient[(c * 3 + j) * 3 + i];
                    }
                }
            }
            return result;
        });

        Hint top = Diagnosis.of(report).get(0);

        assertThat(top.kind()).isEqualTo(HintKind.TRANSPOSED);
        assertThat(top.message()).contains("with axes 1 and 2 swapped");
    }

    @Test
    void kernelReversedIsFlipped() {
        GradientReport report = checkKernel(2, 3, gradient -> {
            double[] result = new double[gradient.length];
            for (int c = 0; c < 2; c++) {
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 3; j++) {
                        result[(c * 3 + i) * 3 + j] = gradient[(c * 3 + 2 - i) * 3 + 2 - j];
                    }
                }
            }
            return result;
        });

        Hint top = Diagnosis.of(report).get(0);

        assertThat(top.kind()).isEqualTo(HintKind.FLIPPED);
        assertThat(top.message()).contains("reversed along axes 1 and 2");
    }

    @Test
    void oneWrongColumnIsConfinedToColumns() {
        GradientReport report = checkGain(4, 3, gradient -> {
            double[] result = gradient.clone();
            for (int i = 0; i < 4; i++) {
                result[i * 3 + 1] *= 3.0;
            }
            return result;
        });

        Hint top = Diagnosis.of(report).get(0);

        assertThat(top.kind()).isEqualTo(HintKind.CONFINED_TO_COLUMNS);
        assertThat(top.message()).contains("only at index 1 of axis 1").contains("4 of 4 entries mismatch");
    }

    @Test
    void oneWrongMiddleIndexIsConfinedToSlices() {
        GradientReport report = checkKernel(3, 2, gradient -> {
            double[] result = gradient.clone();
            for (int c = 0; c < 3; c++) {
                for (int j = 0; j < 2; j++) {
                    result[(c * 2) * 2 + j] = 0.0;
                }
            }
            return result;
        });

        Hint top = Diagnosis.of(report).get(0);

        assertThat(top.kind()).isEqualTo(HintKind.CONFINED_TO_SLICES);
        assertThat(top.message()).contains("index 0 of axis 1");
    }

    @Test
    void rowMeansBroadcastIsCollapsedAxis() {
        GradientReport report = checkGain(2, 3, gradient -> {
            double[] result = new double[gradient.length];
            for (int i = 0; i < 2; i++) {
                double mean = (gradient[i * 3] + gradient[i * 3 + 1] + gradient[i * 3 + 2]) / 3;
                java.util.Arrays.fill(result, i * 3, i * 3 + 3, mean);
            }
            return result;
        });

        Hint top = Diagnosis.of(report).get(0);

        assertThat(top.kind()).isEqualTo(HintKind.COLLAPSED_AXIS);
        assertThat(top.message()).contains("one value per slice in each of its 2 slices along axis 1")
                .contains("equals the mean of the numeric values");
    }

    @Test
    void unrelatedGradientHasNoCommonFactor() {
        Random random = new Random(5);
        GradientReport report = checkGain(3, 3, gradient -> random.doubles(gradient.length).toArray());

        List<Hint> hints = Diagnosis.of(report);

        assertThat(hints).extracting(Hint::kind).containsExactly(HintKind.NO_COMMON_FACTOR);
        assertThat(hints.get(0).message()).contains("9 of 9 entries of dW mismatch with no common factor");
    }

    @Test
    void tinyDeviationFromOneIsNoRatio() {
        GradientReport report = checkGain(3, 3, gradient -> scaled(gradient, 1.0 + 1e-4));

        List<Hint> hints = Diagnosis.of(report);

        assertThat(hints).extracting(Hint::kind).doesNotContain(HintKind.CONSTANT_RATIO);
    }

    private static GradientReport checkGain(int rows, int columns, UnaryOperator<double[]> distortion) {
        var layer = new DistortedGain(rows, columns);
        layer.distortion = distortion;
        return GradientChecker.of(layer, (Object) gaussian(new double[2][rows][columns])).check();
    }

    private static GradientReport checkKernel(int channels, int size, UnaryOperator<double[]> distortion) {
        var layer = new DistortedKernel(channels, size);
        layer.distortion = distortion;
        double[][][][] x = new double[2][channels][][];
        for (int n = 0; n < 2; n++) {
            gaussian(x[n] = new double[channels][size][size]);
        }
        return GradientChecker.of(layer, (Object) x).check();
    }

    private static double[][][] gaussian(double[][][] values) {
        Random random = new Random(23);
        for (double[][] plane : values) {
            for (double[] row : plane) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = random.nextGaussian();
                }
            }
        }
        return values;
    }

    private static double[] scaled(double[] gradient, double factor) {
        double[] result = gradient.clone();
        for (int i = 0; i < result.length; i++) {
            result[i] *= factor;
        }
        return result;
    }

    private static double[] transposed(double[] gradient, int size) {
        double[] result = new double[gradient.length];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                result[i * size + j] = gradient[j * size + i];
            }
        }
        return result;
    }
}
