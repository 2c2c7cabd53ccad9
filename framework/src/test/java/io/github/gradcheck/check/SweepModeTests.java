package io.github.gradcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gradcheck.check.fixtures.Affine;
import io.github.gradcheck.check.fixtures.AffineBiasNotSummed;
import io.github.gradcheck.check.fixtures.AffineWeightGradientTooLarge;
import io.github.gradcheck.check.fixtures.AffineWithInjectedError;
import io.github.gradcheck.check.fixtures.FloatScale;
import io.github.gradcheck.check.fixtures.PickyWindow;
import io.github.gradcheck.check.fixtures.SquareOffset;
import io.github.gradcheck.report.GradientMismatch;
import io.github.gradcheck.tensor.ElementType;
import org.junit.jupiter.api.Test;

class SweepModeTests {

    @Test
    void catchesTinyErrorInOneElement() {
        GradientReport report = GradientChecker.of(AffineWithInjectedError.class).withDimension("in", 40)
                .withDimension("out", 25).withDimension("batch", 3).check();

        TensorReport weights = report.tensor("dW").orElseThrow();
        assertThat(weights.size()).isEqualTo(1000);
        assertThat(report.failures()).extracting(TensorReport::path).containsExactly("dW");
        assertThat(weights.worst(2)).singleElement().satisfies(element ->
                assertThat(element.index()).containsExactly(3, 7));
    }

    @Test
    void smoothFaultIsNotMistakenForKink() {
        for (long seed = 0; seed < 20; seed++) {
            GradientReport report = GradientChecker.of(SquareOffset.class).withSeed(seed).check();

            assertThat(report.failures()).as("seed %d", seed).extracting(TensorReport::path).containsExactly("dx");
            assertThat(report.tensor("dx").orElseThrow().kinkCount()).isZero();
        }
    }

    @Test
    void largeOutputOffsetStillRevealsTenPercentError() {
        var layer = new AffineWeightGradientTooLarge(3, 2);
        layer.b = new double[] {1e8, 1e8};

        GradientReport report = GradientChecker.of(layer, new double[][] {{0.5, -1.0, 0.25}}).check();

        assertThat(report.failures()).extracting(TensorReport::path).contains("dW");
    }

    @Test
    void hugeOutputOffsetIsReportedAsUnresolved() {
        var layer = new AffineWeightGradientTooLarge(3, 2);
        layer.b = new double[] {1e9, 1e9};

        GradientReport report = GradientChecker.of(layer, new double[][] {{0.5, -1.0, 0.25}}).check();

        assertThat(report.passed()).isFalse();
        assertThat(report.contractFindings()).extracting(ContractFinding::message)
                .anySatisfy(message -> assertThat(message).contains("The rounding noise of J"));
    }

    @Test
    void redrawsSizesThatConstructorRejects() {
        for (long seed = 0; seed < 50; seed++) {
            GradientReport report = GradientChecker.of(PickyWindow.class).withSeed(seed).check();

            assertThat(report.passed()).isTrue();
            assertThat(report.dimensions().get("window")).isLessThanOrEqualTo(report.dimensions().get("length"));
        }
    }

    @Test
    void directionalModePassesCorrectLayer() {
        CheckConfig directional = CheckConfig.defaults().withMode(Mode.DIRECTIONAL).withSamples(8);

        GradientReport report = GradientChecker.of(Affine.class).withConfig(directional).withDimension("in", 30)
                .withDimension("out", 20).check();

        assertThat(report.passed()).as(GradientMismatch.of(report).create()).isTrue();
        assertThat(report.tensor("dW").orElseThrow().mode()).isEqualTo(Mode.DIRECTIONAL);
        assertThat(report.tensor("dW").orElseThrow().checkedCount()).isEqualTo(8);
    }

    @Test
    void directionalModeEscalatesAndLocalizesFault() {
        CheckConfig directional = CheckConfig.defaults().withMode(Mode.DIRECTIONAL).withSamples(4);

        GradientReport report = GradientChecker.of(AffineBiasNotSummed.class).withConfig(directional)
                .withDimension("batch", 2).check();

        TensorReport bias = report.tensor("db").orElseThrow();
        assertThat(report.failures()).containsExactly(bias);
        assertThat(bias.escalated()).isTrue();
        assertThat(bias.checkedCount()).isEqualTo(bias.size());
        assertThat(report.tensor("dW").orElseThrow().escalated()).isFalse();
    }

    @Test
    void autoModeFollowsTensorSize() {
        CheckConfig automatic = CheckConfig.defaults().withFullSweepLimit(10);

        GradientReport report = GradientChecker.of(Affine.class).withConfig(automatic).withDimension("in", 4)
                .withDimension("out", 4).check();

        assertThat(report.tensor("dW").orElseThrow().mode()).isEqualTo(Mode.DIRECTIONAL);
        assertThat(report.tensor("db").orElseThrow().mode()).isEqualTo(Mode.FULL);
    }

    @Test
    void sampledModeChecksRequestedNumberOfElements() {
        CheckConfig sampled = CheckConfig.defaults().withMode(Mode.SAMPLED).withSamples(5);

        GradientReport report = GradientChecker.of(Affine.class).withConfig(sampled).withDimension("in", 6)
                .withDimension("out", 6).check();

        assertThat(report.tensor("dW").orElseThrow().checkedCount()).isEqualTo(5);
        assertThat(report.tensor("dW").orElseThrow().mode()).isEqualTo(Mode.SAMPLED);
    }

    @Test
    void floatLayerPassesWithFloatTolerance() {
        GradientReport report = GradientChecker.of(new FloatScale(4), (Object) new float[] {0.5f, -1f, 2f, 0.1f})
                .check();

        assertThat(report.passed()).as(GradientMismatch.of(report).create()).isTrue();
        assertThat(report.tensor("dw").orElseThrow().elementType()).isEqualTo(ElementType.FLOAT);
        assertThat(report.tensor("dw").orElseThrow().tolerance().relative())
                .isEqualTo(CheckConfig.DEFAULT_FLOAT_TOLERANCE);
    }

    @Test
    void floatLayerFaultIsFlagged() {
        var layer = new FloatScale(4);
        layer.broken = true;

        GradientReport report = GradientChecker.of(layer, (Object) new float[] {0.5f, -1f, 2f, 0.1f}).check();

        assertThat(report.failures()).extracting(TensorReport::path).containsExactly("dw");
        assertThat(GradientMismatch.of(report).create()).contains("float tensor");
    }
}
