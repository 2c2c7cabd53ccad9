package io.github.gradcheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gradcheck.check.fixtures.Affine;
import io.github.gradcheck.check.fixtures.BrokenContracts;
import io.github.gradcheck.check.fixtures.CamelCaseGradient;
import io.github.gradcheck.check.fixtures.BrokenContracts.ThrowingForward;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated
class LayerContractTests {

    @Test
    void rejectsClassWithoutForward() {
        assertThatThrownBy(() -> GradientChecker.of(BrokenContracts.NoForward.class))
                .isInstanceOf(LayerDefinitionException.class)
                .hasMessageContaining("[BrokenContracts.NoForward]")
                .hasMessageContaining("has no @Forward method")
                .hasMessageContaining("annotate the method that computes the output with @Forward");
    }

    @Test
    void rejectsClassWithoutBackward() {
        assertThatThrownBy(() -> GradientChecker.of(BrokenContracts.NoBackward.class))
                .isInstanceOf(LayerDefinitionException.class)
                .hasMessageContaining("has no @Backward method");
    }

    @Test
    void rejectsParameterWithoutGradientField() {
        assertThatThrownBy(() -> GradientChecker.of(BrokenContracts.MissingGradientField.class))
                .isInstanceOf(LayerDefinitionException.class)
                .hasMessageContaining("@Param field [v] has no gradient field [dv]")
                .hasMessageContaining("declare `double[] dv;`");
    }

    @Test
    void acceptsCamelCaseGradientField() {
        GradientReport report = GradientChecker.of(CamelCaseGradient.class).check();

        assertThat(report.passed()).isTrue();
        assertThat(report.tensors()).extracting(TensorReport::path).containsExactly("dGamma", "dx");
    }

    @Test
    void rejectsGradientOfWrongShape() {
        var checker = GradientChecker.of(BrokenContracts.WrongGradientShape.class).withDimension("n", 3);

        assertThatThrownBy(checker::check)
                .isInstanceOf(LayerExecutionException.class)
                .hasMessageContaining("gradient field [dw] has shape [4] instead of [3]")
                .hasMessageContaining("give it the shape of parameter [w]");
    }

    @Test
    void rejectsTransposedInputGradient() {
        var checker = GradientChecker.of(new BrokenContracts.TransposedInputGradient(), new double[][] {{1, 2, 3},
                {4, 5, 6}});

        assertThatThrownBy(checker::check)
                .isInstanceOf(LayerExecutionException.class)
                .hasMessageContaining("returned shape [3, 2] as the gradient of input [x] of shape [2, 3]");
    }

    @Test
    void rejectsIntegerKeepProbability() {
        var checker = GradientChecker.of(BrokenContracts.IntegerKeepProbability.class);

        assertThatThrownBy(checker::check)
                .isInstanceOf(LayerDefinitionException.class)
                .hasMessageContaining("@KeepProbability field [keep] is a int; make it a double or float");
    }

    @Test
    void rejectsUnknownDimensionName() {
        assertThatThrownBy(() -> GradientChecker.of(Affine.class).withDimension("nope", 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot fix dimension [nope] of [Affine]: its dimensions are [in, out, batch]; use one of "
                        + "those names.");
    }

    @Test
    void rejectsStepTooSmallToChangeValues() {
        assertThatThrownBy(() -> CheckConfig.defaults().withStep(1e-320))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot use step [1.0E-320]");
    }

    @Test
    void rejectsGradientLeftNull() {
        var checker = GradientChecker.of(BrokenContracts.NullGradient.class);

        assertThatThrownBy(checker::check)
                .isInstanceOf(LayerExecutionException.class)
                .hasMessageContaining("gradient field [dw] is null")
                .hasMessageContaining("assign it in the @Backward method");
    }

    @Test
    void reportsForwardThatThrowsWithItsCause() {
        ThrowingForward.throwAfterCalls = 0;
        var checker = GradientChecker.of(ThrowingForward.class);

        var thrown = catchThrowableOfType(LayerExecutionException.class, checker::check);

        assertThat(thrown).hasMessageContaining("its @Forward method threw").hasMessageContaining("forward failed");
        assertThat(thrown.getCause()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void reportsBackwardThatThrows() {
        var checker = GradientChecker.of(BrokenContracts.ThrowingBackward.class);

        assertThatThrownBy(checker::check)
                .isInstanceOf(LayerExecutionException.class)
                .hasMessageContaining("its @Backward method threw java.lang.ArithmeticException: backward failed")
                .hasCauseInstanceOf(ArithmeticException.class);
    }

    @Test
    void reportsNanInOutput() {
        var checker = GradientChecker.of(BrokenContracts.NanOutput.class);

        assertThatThrownBy(checker::check)
                .isInstanceOf(LayerExecutionException.class)
                .hasMessageContaining("returned [NaN] at output index [0]");
    }

    @Test
    void reportsParameterUpdateInsideBackward() {
        var checker = GradientChecker.of(BrokenContracts.UpdatesInBackward.class);

        assertThatThrownBy(checker::check)
                .isInstanceOf(LayerExecutionException.class)
                .hasMessageContaining("changed parameter [w]")
                .hasMessageContaining("leave parameter updates to the optimizer");
    }

    @Test
    void reportsNondeterministicForward() {
        var checker = GradientChecker.of(BrokenContracts.Nondeterministic.class);

        assertThatThrownBy(checker::check)
                .isInstanceOf(LayerExecutionException.class)
                .hasMessageContaining("two forward passes at the same parameters gave different results");
    }

    @Test
    void flagsGradientCarriedFromEarlierCall() {
        GradientReport report = GradientChecker.of(BrokenContracts.StaleGradient.class).check();

        assertThat(report.passed()).isFalse();
        assertThat(report.tensors()).allMatch(TensorReport::passed);
        assertThat(report.contractFindings()).extracting(ContractFinding::path).contains("dw");
    }

    @Test
    void detectsAccumulatingAndOverwritingBackward() {
        GradientReport accumulating = GradientChecker.of(BrokenContracts.Accumulating.class).check();
        GradientReport overwriting = GradientChecker.of(Affine.class).check();

        assertThat(accumulating.passed()).isTrue();
        assertThat(accumulating.gradientStyles()).containsEntry("dw", GradientStyle.ACCUMULATES);
        assertThat(overwriting.gradientStyles()).containsEntry("dW", GradientStyle.OVERWRITES);
    }
}
