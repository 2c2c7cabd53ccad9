package io.github.gradcheck.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.gradcheck.check.CheckConfig;
import io.github.gradcheck.check.GradientChecker;
import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.TensorReport;
import io.github.gradcheck.check.Upstream;
import io.github.gradcheck.diagnose.fixtures.DistortedGain;
import io.github.gradcheck.diagnose.fixtures.DistortedKernel;
import io.github.gradcheck.diagnose.fixtures.FlatLinear;
import io.github.gradcheck.diagnose.fixtures.FlatLinearTransposed;
import io.github.gradcheck.diagnose.fixtures.ImageGain;
import io.github.gradcheck.diagnose.fixtures.ImageGainAveraged;
import io.github.gradcheck.diagnose.fixtures.LeakyRelu;
import io.github.gradcheck.diagnose.fixtures.LeakyReluWrongSlope;
import io.github.gradcheck.diagnose.fixtures.Linear;
import io.github.gradcheck.diagnose.fixtures.LinearBiasAveraged;
import io.github.gradcheck.diagnose.fixtures.LinearBiasFromFirstSample;
import io.github.gradcheck.diagnose.fixtures.LinearBiasGradientMissing;
import io.github.gradcheck.diagnose.fixtures.LinearBiasSummedOverOutputs;
import io.github.gradcheck.diagnose.fixtures.LinearInputGradientNegated;
import io.github.gradcheck.diagnose.fixtures.LinearLastSampleSkipped;
import io.github.gradcheck.diagnose.fixtures.LinearParameterGradientsAveraged;
import io.github.gradcheck.diagnose.fixtures.LinearStaleWeights;
import io.github.gradcheck.diagnose.fixtures.LogScale;
import io.github.gradcheck.diagnose.fixtures.OverlappingMaxPool;
import io.github.gradcheck.diagnose.fixtures.OverlappingMaxPoolAssigning;
import io.github.gradcheck.diagnose.fixtures.RidgeLoss;
import io.github.gradcheck.diagnose.fixtures.RidgeLossPenaltyHalved;
import io.github.gradcheck.diagnose.fixtures.ScaledSquare;
import io.github.gradcheck.diagnose.fixtures.ScaledSquareMissingTwo;
import io.github.gradcheck.diagnose.fixtures.Softmax;
import io.github.gradcheck.diagnose.fixtures.SoftmaxDiagonalJacobian;
import io.github.gradcheck.diagnose.fixtures.TwoLayerRegression;
import io.github.gradcheck.diagnose.fixtures.TwoLayerRegressionGradientNotAveraged;
import io.github.gradcheck.report.GradientMismatch;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each faulty fixture layer is checked for real and must get the hint that names its fault. */
class DiagnosisTests {

    @Test
    void averagedBiasIsConstantRatioOfBatch() {
        GradientReport report = GradientChecker.of(LinearBiasAveraged.class).withDimension("batch", 3)
                .withDimension("in", 2).withDimension("out", 4).check();

        List<Hint> hints = Diagnosis.of(report);

        assertThat(hints).extracting(Hint::kind).containsExactly(HintKind.CONSTANT_RATIO);
        assertThat(hints.get(0).paths()).containsExactly("db");
        assertThat(hints.get(0).factor()).hasValueCloseTo(1.0 / 3, within(1e-6));
        assertThat(hints.get(0).message()).contains("db is 3 times too small").contains("the size of batch");
    }

    @Test
    void squareWithoutFactorTwoIsHalfRatio() {
        GradientReport report = GradientChecker.of(ScaledSquareMissingTwo.class).withDimension("features", 3)
                .withDimension("batch", 3).check();

        Hint top = Diagnosis.of(report).get(0);

        assertThat(top.kind()).isEqualTo(HintKind.CONSTANT_RATIO);
        assertThat(top.path()).isEqualTo("dx");
        assertThat(top.factor()).hasValueCloseTo(0.5, within(1e-6));
        assertThat(top.message()).contains("the 2 in the derivative of a square");
    }

    @Test
    void imageMeanNamesDimensionProduct() {
        GradientReport report = GradientChecker.of(ImageGainAveraged.class).withDimension("batch", 2)
                .withDimension("height", 3).withDimension("width", 3).check();

        Hint top = Diagnosis.of(report).get(0);

        assertThat(top.kind()).isEqualTo(HintKind.CONSTANT_RATIO);
        assertThat(top.factor()).hasValueCloseTo(1.0 / 18, within(1e-9));
        assertThat(top.message()).contains("18 times too small").contains("the product batch·height·width");
    }

    @Test
    void negatedInputGradientIsSignFlip() {
        GradientReport report = GradientChecker.of(LinearInputGradientNegated.class).withSeed(3).check();

        List<Hint> hints = Diagnosis.of(report);

        assertThat(hints).extracting(Hint::kind).containsExactly(HintKind.SIGN_FLIP);
        assertThat(hints.get(0).path()).isEqualTo("dx");
        assertThat(hints.get(0).factor()).hasValueCloseTo(-1.0, within(1e-6));
    }

    @Test
    void flatWeightsWrittenTransposedAreTransposed() {
        GradientReport report = GradientChecker.of(FlatLinearTransposed.class).withDimension("in", 2)
                .withDimension("out", 3).withDimension("batch", 4).check();

        Hint top = Diagnosis.of(report).get(0);

        assertThat(top.kind()).isEqualTo(HintKind.TRANSPOSED);
        assertThat(top.path()).isEqualTo("dW");
        assertThat(top.message()).contains("laid out as [out, in] = [3, 2]").contains("[in, out] = [2, 3]");
    }

    @Test
    void unfilledBiasGradientIsAllZero() {
        GradientReport report = GradientChecker.of(LinearBiasGradientMissing.class).check();

        List<Hint> hints = Diagnosis.of(report);

        assertThat(hints).extracting(Hint::kind).containsExactly(HintKind.ALL_ZERO);
        assertThat(hints.get(0).path()).isEqualTo("db");
        assertThat(hints.get(0).factor()).isEmpty();
    }

    @Test
    void halvedPenaltyGradientIsRegularizationFault() {
        GradientReport report = GradientChecker.of(RidgeLossPenaltyHalved.class).withDimension("in", 3)
                .withDimension("out", 2).check();

        List<Hint> hints = Diagnosis.of(report);

        assertThat(hints).extracting(Hint::kind).containsExactly(HintKind.PROPORTIONAL_TO_PARAMETER);
        assertThat(hints.get(0).path()).isEqualTo("dW");
        assertThat(hints.get(0).factor()).hasValueCloseTo(-RidgeLossPenaltyHalved.LAMBDA, within(1e-6));
        assertThat(hints.get(0).message()).contains("-5.000000e-01 × W").contains("regularization-gradient fault");
    }

    @Test
    void unaveragedLossGradientIsLossScaling() {
        GradientReport report = GradientChecker.of(TwoLayerRegressionGradientNotAveraged.class)
                .withDimension("batch", 3).withDimension("in", 2).withDimension("hidden", 4)
                .withDimension("out", 5).check();

        List<Hint> hints = Diagnosis.of(report);

        assertThat(hints).extracting(Hint::kind).containsExactly(HintKind.LOSS_SCALING);
        assertThat(hints.get(0).paths()).containsExactlyInAnyOrder("hidden.dW", "hidden.db", "output.dW",
                "output.db", "dx");
        assertThat(hints.get(0).factor()).hasValueCloseTo(3.0, within(1e-6));
        assertThat(hints.get(0).message())
                .contains("loss and the gradients disagree by a constant factor 3 (the size of batch)")
                .contains("no single layer is at fault");
    }

    @Test
    void agreeingInputRulesOutLossScaling() {
        GradientReport report = GradientChecker.of(LinearParameterGradientsAveraged.class)
                .withDimension("batch", 3).withDimension("in", 2).withDimension("out", 4).check();

        List<Hint> hints = Diagnosis.of(report);

        assertThat(report.tensor("dx").map(TensorReport::passed)).hasValue(true);
        assertThat(hints).extracting(Hint::kind).containsExactly(HintKind.CONSTANT_RATIO);
        assertThat(hints.get(0).paths()).containsExactlyInAnyOrder("dW", "db");
        assertThat(hints.get(0).message()).contains("are 3 times too small");
    }

    @Test
    void forwardPassOnStaleCopyIsNumericZero() {
        GradientReport report = GradientChecker.of(LinearStaleWeights.class).check();

        List<Hint> hints = Diagnosis.of(report);

        assertThat(hints).extracting(Hint::kind).containsExactly(HintKind.NUMERIC_ZERO);
        assertThat(hints.get(0).message()).contains("The loss does not change with W");
    }

    @Test
    void skippedLastSampleIsConfinedToRows() {
        GradientReport report = GradientChecker.of(LinearLastSampleSkipped.class).withDimension("batch", 3)
                .withDimension("in", 3).check();

        Hint top = Diagnosis.of(report).get(0);

        assertThat(top.kind()).isEqualTo(HintKind.CONFINED_TO_ROWS);
        assertThat(top.message()).contains("only at index 2 of axis 0 (batch)")
                .contains("the analytic value is 0 at all of them");
    }

    @Test
    void biasSummedOverOutputsIsCollapsedAxis() {
        GradientReport report = GradientChecker.of(LinearBiasSummedOverOutputs.class).withDimension("out", 3)
                .check();

        Hint top = Diagnosis.of(report).get(0);

        assertThat(top.kind()).isEqualTo(HintKind.COLLAPSED_AXIS);
        assertThat(top.path()).isEqualTo("db");
        assertThat(top.message()).contains("equals the sum of the numeric values over the axis");
    }

    @Test
    void softmaxWithDiagonalJacobianBreaksZeroSum() {
        GradientReport report = GradientChecker.of(SoftmaxDiagonalJacobian.class).withDimension("classes", 3)
                .check();

        Hint top = Diagnosis.of(report).get(0);

        assertThat(top.kind()).isEqualTo(HintKind.BROKEN_ZERO_SUM);
        assertThat(top.message()).contains("along axis 1 (classes)").contains("off-diagonal Jacobian terms");
    }

    @Test
    void wrongNegativeSlopeIsConfinedToSign() {
        double[][] x = {{0.5, -1.2, 0.8}, {-0.3, 1.1, -0.9}};

        GradientReport report = GradientChecker.of(new LeakyReluWrongSlope(), (Object) x).check();
        Hint top = Diagnosis.of(report).get(0);

        assertThat(top.kind()).isEqualTo(HintKind.CONFINED_TO_SIGN);
        assertThat(top.message()).contains("3 entries where x is negative");
    }

    @Test
    void assigningPoolIsIntegerRatioUnderOnes() {
        double[][] x = {{1, 3, 2}};
        CheckConfig ones = CheckConfig.defaults().withUpstream(Upstream.ONES);

        GradientReport report = GradientChecker.of(new OverlappingMaxPoolAssigning(), (Object) x).withConfig(ones)
                .check();
        List<Hint> hints = Diagnosis.of(report);

        assertThat(hints.get(0).kind()).isEqualTo(HintKind.INTEGER_RATIO_AT_SOME_ENTRIES);
        assertThat(hints.get(0).factor()).hasValueCloseTo(2.0, within(1e-9));
        assertThat(hints.get(0).message()).contains("numeric = 2 × analytic at 1 of 3 entries of dx ([0, 1])")
                .contains("assigns them (=) where it should add them (+=)");
    }

    @Test
    void assigningPoolIsSomeEntriesUnderGaussian() {
        double[][] x = {{1, 3, 2, 0, -1, 4, 0.5}};

        GradientReport report = GradientChecker.of(new OverlappingMaxPoolAssigning(), (Object) x).check();
        Hint top = Diagnosis.of(report).get(0);

        assertThat(top.kind()).isEqualTo(HintKind.SOME_ENTRIES);
        assertThat(top.message()).contains("Only 2 of 7 entries of dx mismatch ([0, 1] and [0, 5])");
    }

    @Test
    void biasFromFirstSampleHasNoCommonFactor() {
        GradientReport report = GradientChecker.of(LinearBiasFromFirstSample.class).withDimension("batch", 3)
                .withDimension("out", 3).check();

        List<Hint> hints = Diagnosis.of(report);

        assertThat(hints).extracting(Hint::kind).containsExactly(HintKind.NO_COMMON_FACTOR);
        assertThat(hints.get(0).message()).contains("3 of 3 entries of db mismatch with no common factor");
    }

    @Test
    void overflowingLossIsNonFinite() {
        var layer = new LogScale(2);
        layer.scale = new double[] {1e-4, 1.0};
        double[][] x = {{0.4, -0.7}};

        GradientReport report = GradientChecker.of(layer, (Object) x)
                .withConfig(CheckConfig.defaults().withStep(1e-3)).check();
        List<Hint> hints = Diagnosis.of(report);

        assertThat(hints).extracting(Hint::kind).containsExactly(HintKind.NON_FINITE);
        assertThat(hints.get(0).message()).contains("1 of 2 entries of dscale");
    }

    @Test
    void correctLayersGetNoHints() {
        Class<?>[] correct = {Linear.class, FlatLinear.class, RidgeLoss.class, TwoLayerRegression.class,
            OverlappingMaxPool.class, Softmax.class, LeakyRelu.class, ScaledSquare.class, ImageGain.class,
            DistortedGain.class, DistortedKernel.class};

        for (Class<?> type : correct) {
            for (long seed = 0; seed < 10; seed++) {
                GradientReport report = GradientChecker.of(type).withSeed(seed).check();

                assertThat(report.passed()).as(type.getSimpleName() + " seed " + seed).isTrue();
                assertThat(Diagnosis.of(report)).as(type.getSimpleName() + " seed " + seed).isEmpty();
            }
        }
    }

    @Test
    void hintsNameOnlyFailingTensors() {
        GradientReport report = GradientChecker.of(LinearBiasAveraged.class).withDimension("batch", 2).check();

        List<Hint> hints = Diagnosis.of(report);

        List<String> failing = report.failures().stream().map(TensorReport::path).toList();
        assertThat(hints).flatExtracting(Hint::paths).isSubsetOf(failing);
    }

    @Test
    void failureMessageListsEveryHint() {
        GradientReport report = GradientChecker.of(TwoLayerRegressionGradientNotAveraged.class)
                .withDimension("batch", 2).check();

        String message = GradientMismatch.of(report).create();

        for (Hint hint : Diagnosis.of(report)) {
            assertThat(message).contains("  hint      : " + hint.message() + "\n");
        }
    }

    @Test
    void addedHintsFollowRecognisedOnes() {
        GradientReport report = GradientChecker.of(LinearBiasGradientMissing.class).check();
        String recognised = Diagnosis.of(report).get(0).message();

        String message = GradientMismatch.of(report).withHints(List.of("An extra hint.")).create();

        assertThat(message).contains("hint      : " + recognised + "\n  hint      : An extra hint.\n");
    }
}
