package io.github.gradcheck.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.gradcheck.check.CheckConfig;
import io.github.gradcheck.check.Dropout;
import io.github.gradcheck.check.ElementStatus;
import io.github.gradcheck.check.GradientChecker;
import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.Upstream;
import io.github.gradcheck.demo.layers.BatchNorm;
import io.github.gradcheck.demo.layers.Relu;
import io.github.gradcheck.report.GradientMismatch;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Correct layers on inputs where naive checkers raise false alarms. */
class HardCaseTests {

    private static final double UPSTREAM = 0.7724642;
    private static final CheckConfig COURSE_STEP = CheckConfig.defaults().withStep(0.005);

    @Test
    void reluJustRightOfKinkPassesAsKink() {
        GradientReport report = checkRelu(1e-4);

        assertThat(report.passed()).as(GradientMismatch.of(report).create()).isTrue();
        assertThat(report.tensor("dx").orElseThrow().elements()).extracting(e -> e.status())
                .containsExactly(ElementStatus.KINK);
    }

    @Test
    void reluWithinStepOfKinkPasses() {
        GradientReport report = checkRelu(5e-4);

        assertThat(report.passed()).as(GradientMismatch.of(report).create()).isTrue();
    }

    @Test
    void reluExactlyAtKinkPassesAsKink() {
        GradientReport report = checkRelu(0.0);

        assertThat(report.passed()).as(GradientMismatch.of(report).create()).isTrue();
        assertThat(report.tensor("dx").orElseThrow().kinkCount()).isEqualTo(1);
    }

    private static GradientReport checkRelu(double x) {
        return GradientChecker.of(new Relu(), (Object) new double[][] {{x}}).withConfig(COURSE_STEP)
                .withUpstream(new double[][] {{UPSTREAM}}).check();
    }

    @Test
    void dropoutWithFrozenMaskPasses() {
        var layer = new io.github.gradcheck.demo.layers.Dropout();
        layer.keepProbability = 0.8;
        double[][] x = gaussian(4, 5, 3);
        double[][] ones = new double[4][5];
        Arrays.stream(ones).forEach(row -> Arrays.fill(row, 1.0));

        GradientReport report = GradientChecker.of(layer, (Object) x).withUpstream(ones).check();

        assertThat(report.passed()).as(GradientMismatch.of(report).create()).isTrue();
        double[] dx = report.tensor("dx").orElseThrow().analytic();
        assertThat(Arrays.stream(dx).filter(value -> value != 0.0)).isNotEmpty().allSatisfy(value ->
                assertThat(value).isCloseTo(1.25, within(1e-12)));
        assertThat(Arrays.stream(dx).filter(value -> value == 0.0)).isNotEmpty();
    }

    @Test
    void dropoutKeepingAllUnitsPasses() {
        var layer = new io.github.gradcheck.demo.layers.Dropout();
        double[][] ones = new double[2][3];
        Arrays.stream(ones).forEach(row -> Arrays.fill(row, 1.0));

        GradientReport report = GradientChecker.of(layer, (Object) gaussian(2, 3, 5))
                .withConfig(CheckConfig.defaults().withDropout(Dropout.KEEP_ALL)).withUpstream(ones).check();

        assertThat(report.passed()).isTrue();
        assertThat(report.tensor("dx").orElseThrow().analytic()).containsOnly(1.0);
        assertThat(layer.keepProbability).isEqualTo(0.8);
    }

    @Test
    void batchNormWithAllOnesUpstreamPasses() {
        var layer = new BatchNorm(5);

        GradientReport report = GradientChecker.of(layer, (Object) gaussian(25, 5, 11))
                .withConfig(CheckConfig.defaults().withUpstream(Upstream.ONES)).check();

        assertThat(report.passed()).as(GradientMismatch.of(report).create()).isTrue();
    }

    @Test
    void batchNormWithRandomUpstreamAgreesClosely() {
        var layer = new BatchNorm(5);

        GradientReport report = GradientChecker.of(layer, (Object) gaussian(25, 5, 11)).check();

        assertThat(report.passed()).isTrue();
        assertThat(report.tensor("dx").orElseThrow().relativeDifference()).isLessThan(1e-7);
    }

    @Test
    void batchNormRunningStatisticsSurviveCheck() {
        var layer = new BatchNorm(3);
        layer.forward(gaussian(4, 3, 2));
        double[] mean = layer.runningMean.clone();
        double[] variance = layer.runningVariance.clone();

        GradientChecker.of(layer, (Object) gaussian(5, 3, 3)).check();

        assertThat(layer.runningMean).containsExactly(mean);
        assertThat(layer.runningVariance).containsExactly(variance);
    }

    static double[][] gaussian(int rows, int columns, long seed) {
        var random = new Random(seed);
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return values;
    }
}
