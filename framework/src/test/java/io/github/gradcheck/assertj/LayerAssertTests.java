package io.github.gradcheck.assertj;

import static io.github.gradcheck.assertj.GradcheckAssertions.assertThatLayer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.check.CheckConfig;
import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.LayerDefinitionException;
import io.github.gradcheck.check.LayerExecutionException;
import io.github.gradcheck.check.Mode;
import io.github.gradcheck.check.fixtures.Affine;
import io.github.gradcheck.check.fixtures.AffineBiasNotSummed;
import io.github.gradcheck.junit.GradCheckConfiguration;
import io.github.gradcheck.junit.fixtures.BackwardThrows;
import io.github.gradcheck.junit.fixtures.NotALayer;
import io.github.gradcheck.report.GradientMismatch;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class LayerAssertTests {

    private static final double[][] ONE_SAMPLE = {{0.5, -1.0, 2.0}};

    private static final double[][] TWO_SAMPLES = {{0.5, -1.0, 2.0}, {1.0, 0.25, -0.5}};

    @Test
    void acceptsCorrectLayerClass() {
        assertThatLayer(Affine.class).withCases(3).hasCorrectGradients();
    }

    @Test
    void acceptsCorrectLayerInstance() {
        assertThatLayer(new Affine(3, 2), TWO_SAMPLES).hasCorrectGradients();
    }

    @Test
    void acceptsBiasBugWhenBatchHasOneSample() {
        assertThatLayer(new AffineBiasNotSummed(3, 2), ONE_SAMPLE).hasCorrectGradients();
    }

    @Test
    void acceptsInputsPassedAsObjectArray() {
        assertThatLayer(new Affine(3, 2), new Object[] {TWO_SAMPLES}).hasCorrectGradients();
    }

    @Test
    void failsClassWithDiagnosticOfFirstCase() {
        var configuration = GradCheckConfiguration.defaults().withSeed(11);
        GradientReport report = configuration.checker(AffineBiasNotSummed.class, 0).withDimension("batch", 2).check();
        var expected = GradientMismatch.of(report.withReplay(configuration.checkerCode("AffineBiasNotSummed.class", 11,
                Dimensions.empty().with("batch", 2))));

        AssertionFailedError failure = catchThrowableOfType(AssertionFailedError.class,
                () -> assertThatLayer(AffineBiasNotSummed.class).withSeed(11).withDimension("batch", 2)
                        .hasCorrectGradients());

        assertThat(failure).hasMessage(expected.create());
        assertThat(failure.getExpected().getValue()).isEqualTo(expected.expected());
        assertThat(failure.getActual().getValue()).isEqualTo(expected.actual());
    }

    @Test
    void rerunLineNamesSettingsThatDifferFromDefaults() {
        AssertionFailedError failure = catchThrowableOfType(AssertionFailedError.class,
                () -> assertThatLayer(AffineBiasNotSummed.class).withSeed(11).withDimension("batch", 2)
                        .withConfig(CheckConfig.defaults().withMode(Mode.FULL).withStep(1e-6)).hasCorrectGradients());

        assertThat(failure.getMessage()).contains("GradientChecker.of(AffineBiasNotSummed.class).withSeed(11L)"
                + ".withDimension(\"batch\", 2).withConfig(CheckConfig.defaults().withStep(1.0E-6)"
                + ".withMode(Mode.FULL)).check()");
    }

    @Test
    void failsInstanceWithMismatchDiagnostic() {
        AssertionFailedError failure = catchThrowableOfType(AssertionFailedError.class,
                () -> assertThatLayer(new AffineBiasNotSummed(3, 2), TWO_SAMPLES).hasCorrectGradients());

        long seed = GradCheckConfiguration.defaults().caseSeed(0);
        assertThat(failure.getMessage()).startsWith("Gradient check failed: AffineBiasNotSummed [db]")
                .contains("GradientChecker.of(layer, inputs).withSeed(" + seed + "L).check()");
    }

    @Test
    void propagatesLayerException() {
        assertThatThrownBy(() -> assertThatLayer(BackwardThrows.class).hasCorrectGradients())
                .isInstanceOf(LayerExecutionException.class)
                .hasMessageContaining("backward of BackwardThrows is not written yet");
    }

    @Test
    void rejectsClassThatIsNotLayer() {
        assertThatThrownBy(() -> assertThatLayer(NotALayer.class)).isInstanceOf(LayerDefinitionException.class)
                .hasMessageContaining("is not annotated @Differentiable");
    }

    @Test
    void rejectsFixedDimensionForInstance() {
        LayerAssert assertion = assertThatLayer(new Affine(3, 2), TWO_SAMPLES);

        assertThatIllegalStateException().isThrownBy(() -> assertion.withDimension("batch", 2))
                .withMessageStartingWith("Cannot fix dimension [batch] when checking a layer instance");
    }
}
