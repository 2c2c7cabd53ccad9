package io.github.gradcheck.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.github.gradcheck.generate.fixtures.HeInitializedDense;
import io.github.gradcheck.generate.fixtures.UnitVarianceDense;
import io.github.gradcheck.generate.fixtures.XavierInitializedDense;
import io.github.gradcheck.report.ValueFormat;
import org.junit.jupiter.api.Test;

class InitializationCheckTests {

    @Test
    void passesLayerThatFollowsItsRule() {
        InitializationReport report = InitializationCheck.of(HeInitializedDense.class, "W").fanIn("in")
                .expect(InitRule.HE).check();

        assertThat(report.passed()).as(report.describe()).isTrue();
        assertThat(report.fanIn()).isEqualTo(InitializationCheck.DEFAULT_SIZE);
        assertThat(report.ratio()).isCloseTo(1.0, within(0.05));
    }

    @Test
    void usesOneInstanceOfFixedSeedInitializer() {
        InitializationReport report = InitializationCheck.of(HeInitializedDense.class, "W").fanIn("in")
                .expect(InitRule.HE).check();

        assertThat(report.instances()).isEqualTo(1);
        assertThat(report.sampleSize()).isEqualTo(64 * 64);
    }

    @Test
    void poolsInstancesOfFreshInitializer() {
        InitializationReport report = InitializationCheck.of(XavierInitializedDense.class, "W").fanIn("in")
                .expect(InitRule.XAVIER).withInstances(3).check();

        assertThat(report.passed()).as(report.describe()).isTrue();
        assertThat(report.instances()).isEqualTo(3);
        assertThat(report.sampleSize()).isEqualTo(3 * 64 * 64);
    }

    @Test
    void failsXavierLayerCheckedForHe() {
        InitializationReport report = InitializationCheck.of(XavierInitializedDense.class, "W").fanIn("in")
                .expect(InitRule.HE).check();

        assertThat(report.passed()).isFalse();
        assertThat(report.ratio()).isCloseTo(0.5, within(0.05));
        assertThat(report.describe()).startsWith("Initialization check failed: XavierInitializedDense [W] does not "
                + "follow " + InitRule.HE.describe() + ": its variance is " + ValueFormat.brief(report.ratio())
                + " times the intended one.\n");
    }

    @Test
    void predictsVanishingActivationsOfDeepStack() {
        InitializationReport report = InitializationCheck.of(XavierInitializedDense.class, "W").fanIn("in")
                .expect(InitRule.HE).withDepth(30).check();

        assertThat(report.activationVarianceFactor(30)).isCloseTo(Math.pow(report.ratio(), 30), withinPercentage(1e-9));
        assertThat(report.describe()).contains("  depth 30  : activation variance x "
                + ValueFormat.format(report.activationVarianceFactor(30)) + " after 30 stacked layers (vanishes; ");
    }

    @Test
    void predictsExplodingActivationsOfUnitVariance() {
        InitializationReport report = InitializationCheck.of(UnitVarianceDense.class, "W").fanIn("in")
                .expect(InitRule.HE).check();

        assertThat(report.ratio()).isCloseTo(32.0, withinPercentage(5));
        assertThat(report.describe()).contains(" after 20 stacked layers (explodes; 10x after about 1 layer)");
    }

    @Test
    void usesGivenDimensionsForFanIn() {
        InitializationReport report = InitializationCheck.of(HeInitializedDense.class, "W").fanIn("in", "out")
                .expect(InitRule.HE).withDimension("in", 8).withDimension("out", 3).check();

        assertThat(report.fanIn()).isEqualTo(24);
        assertThat(report.intendedVariance()).isEqualTo(2.0 / 24);
        assertThat(report.describe()).contains("  fan-in    : 24 = in x out\n");
    }

    @Test
    void widensToleranceForSmallSamples() {
        InitializationReport report = InitializationCheck.of(HeInitializedDense.class, "W").fanIn("in")
                .expect(InitRule.HE).withDimension("in", 2).withDimension("out", 2).check();

        assertThat(report.tolerance()).isEqualTo(5.0 * Math.sqrt(2.0 / 4));
    }

    @Test
    void rejectsUnknownParameter() {
        assertThatThrownBy(() -> InitializationCheck.of(HeInitializedDense.class, "V"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot check the initialization of parameter [V] of HeInitializedDense: the class "
                        + "declares [W]; give one of these names.");
    }

    @Test
    void rejectsCheckWithoutFanIn() {
        InitializationCheck check = InitializationCheck.of(HeInitializedDense.class, "W").expect(InitRule.HE);

        assertThatThrownBy(check::check).isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot check the initialization of HeInitializedDense [W]: no fan-in given; call "
                        + "fanIn(\"in\") with the dimensions each output sums.");
    }

    @Test
    void rejectsUnknownFanInDimension() {
        InitializationCheck check = InitializationCheck.of(HeInitializedDense.class, "W").fanIn("channels")
                .expect(InitRule.HE);

        assertThatThrownBy(check::check).isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot compute the fan-in of HeInitializedDense [W] from dimension [channels]: the "
                        + "layer is built with {in=64, out=64}; name one of these dimensions or fix its size with "
                        + "withDimension(\"channels\", size).");
    }
}
